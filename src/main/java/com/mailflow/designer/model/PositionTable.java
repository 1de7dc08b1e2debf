package com.mailflow.designer.model;

import java.util.List;

/**
 * Strings to their first position in a list, by open addressing over two flat arrays. On large
 * drawings the analysis looks ids up hundreds of thousands of times; a {@code HashMap} pays a node
 * and a boxed position per entry and one more cache miss per lookup.
 */
final class PositionTable {
    private final String[] keys;
    private final int[] positions;
    private final int mask;

    PositionTable(List<String> strings) {
        int capacity = Integer.highestOneBit(Math.max(4, strings.size() * 2 - 1)) << 1;
        keys = new String[capacity];
        positions = new int[capacity];
        mask = capacity - 1;
        for (int i = 0; i < strings.size(); i++) {
            String key = strings.get(i);
            if (key == null) {
                continue;
            }
            int slot = slot(key);
            if (keys[slot] == null) {
                keys[slot] = key;
                positions[slot] = i;
            }
        }
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private int slot(Object key) {
        int h = key.hashCode();
        int slot = (h ^ (h >>> 16)) & mask;
        while (keys[slot] != null && !keys[slot].equals(key)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** The first position of {@code key}, or -1 (also for null). */
    int get(Object key) {
        if (key == null) {
            return -1;
        }
        int slot = slot(key);
        return keys[slot] == null ? -1 : positions[slot];
    }
}
