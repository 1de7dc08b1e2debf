package com.mailflow.designer.model;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A scenario's layout: unmodifiable, in insertion order, and passed as is from one scenario to
 * the next. Every edit makes a new scenario; copying a 1,000-entry layout for a rename (which
 * keeps it) cost more than the rest of the edit. Only a move builds a new one.
 */
final class FrozenLayout extends AbstractMap<String, Position> {
    private final Map<String, Position> positions;

    private FrozenLayout(Map<String, Position> positions) {
        this.positions = Collections.unmodifiableMap(positions);
    }

    static Map<String, Position> of(Map<String, Position> layout) {
        return layout instanceof FrozenLayout frozen ? frozen : new FrozenLayout(new LinkedHashMap<>(layout));
    }

    /** {@code layout} with {@code moved} put into it: one copy. */
    static Map<String, Position> moved(Map<String, Position> layout, Map<String, Position> moved) {
        Map<String, Position> next = new LinkedHashMap<>(layout);
        next.putAll(moved);
        return new FrozenLayout(next);
    }

    @Override
    public Set<Entry<String, Position>> entrySet() {
        return positions.entrySet();
    }

    @Override
    public Position get(Object key) {
        return positions.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return positions.containsKey(key);
    }

    @Override
    public int size() {
        return positions.size();
    }
}
