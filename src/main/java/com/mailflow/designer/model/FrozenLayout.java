package com.mailflow.designer.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A scenario's layout: unmodifiable, in insertion order, and passed as is from one scenario to
 * the next. Every edit makes a new scenario and the undo history keeps them all, so a rename
 * keeps the same layout and a move records only the positions it changes over a shared base
 * (folded into a new base every {@value #MAX_CHANGES} changes): copying 1,000 positions per
 * move cost more than the rest of the edit and filled the heap.
 */
final class FrozenLayout extends AbstractMap<String, Position> {
    private static final int MAX_CHANGES = 64;
    /** Never modified. */
    private final Map<String, Position> base;
    /** Positions set since {@code base}, in the order first set; never modified. */
    private final Map<String, Position> changes;
    private final int size;
    private final Set<Entry<String, Position>> entries = new Entries();

    private FrozenLayout(Map<String, Position> base, Map<String, Position> changes) {
        this.base = base;
        this.changes = changes;
        int added = 0;
        for (String key : changes.keySet()) {
            if (!base.containsKey(key)) {
                added++;
            }
        }
        this.size = base.size() + added;
    }

    static Map<String, Position> of(Map<String, Position> layout) {
        return layout instanceof FrozenLayout frozen ? frozen : new FrozenLayout(new LinkedHashMap<>(layout), Map.of());
    }

    /** {@code layout} with {@code moved} put into it. */
    static Map<String, Position> moved(Map<String, Position> layout, Map<String, Position> moved) {
        if (layout instanceof FrozenLayout frozen && frozen.changes.size() + moved.size() <= MAX_CHANGES) {
            Map<String, Position> changes = new LinkedHashMap<>(frozen.changes);
            changes.putAll(moved);
            return new FrozenLayout(frozen.base, changes);
        }
        Map<String, Position> next = new LinkedHashMap<>(layout);
        next.putAll(moved);
        return new FrozenLayout(next, Map.of());
    }

    @Override
    public Set<Entry<String, Position>> entrySet() {
        return entries;
    }

    @Override
    public Position get(Object key) {
        Position changed = changes.get(key);
        return changed != null ? changed : base.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return changes.containsKey(key) || base.containsKey(key);
    }

    @Override
    public int size() {
        return size;
    }

    /** The base's keys in order with their current positions, then the keys the changes added. */
    private final class Entries extends AbstractSet<Entry<String, Position>> {
        @Override
        public int size() {
            return size;
        }

        @Override
        public Iterator<Entry<String, Position>> iterator() {
            Iterator<String> baseKeys = base.keySet().iterator();
            Iterator<String> addedKeys = changes.keySet().stream().filter(k -> !base.containsKey(k)).iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return baseKeys.hasNext() || addedKeys.hasNext();
                }

                @Override
                public Entry<String, Position> next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    String key = baseKeys.hasNext() ? baseKeys.next() : addedKeys.next();
                    return Map.entry(key, get(key));
                }
            };
        }
    }
}
