package com.mailflow.designer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PositionTableTest {
    @Test
    void eachStringFindsItsFirstPositionAndOthersNone() {
        PositionTable table = new PositionTable(Arrays.asList("b", "a", null, "b", "c"));
        assertEquals(0, table.get("b"));
        assertEquals(1, table.get("a"));
        assertEquals(4, table.get("c"));
        assertEquals(-1, table.get("d"));
        assertEquals(-1, table.get(null));
        assertEquals(-1, new PositionTable(List.of()).get("a"));
    }

    @Test
    void stringsWithTheSameHashAreAllFound() {
        // "Aa" and "BB" hash alike, so every string built of them collides with all the others.
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            StringBuilder s = new StringBuilder();
            for (int bit = 0; bit < 8; bit++) {
                s.append((i >> bit & 1) == 0 ? "Aa" : "BB");
            }
            strings.add(s.toString());
        }
        PositionTable table = new PositionTable(strings);
        for (int i = 0; i < strings.size(); i++) {
            assertEquals(i, table.get(new String(strings.get(i))), strings.get(i));
        }
        assertEquals(-1, table.get("AaAaAaAaAaAaAaAb"));
    }
}
