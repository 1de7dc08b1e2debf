package com.mailflow.designer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A layout built by many moves behaves exactly like a map that was copied and changed each time. */
class FrozenLayoutTest {

    @Test
    void movesOverASharedBaseLookLikeCopiedMaps() {
        Random random = new Random(7);
        Map<String, Position> expected = new LinkedHashMap<>();
        for (int i = 0; i < 50; i++) {
            expected.put("n" + i, new Position(i, i));
        }
        Map<String, Position> layout = FrozenLayout.of(expected);
        List<Map<String, Position>> history = new ArrayList<>();
        List<Map<String, Position>> expectedHistory = new ArrayList<>();
        // Enough moves to fold the changes into a new base several times; some add new keys.
        for (int step = 0; step < 400; step++) {
            Map<String, Position> moved = new LinkedHashMap<>();
            for (int k = 0, n = 1 + random.nextInt(3); k < n; k++) {
                moved.put("n" + random.nextInt(60), new Position(random.nextInt(900), step));
            }
            layout = FrozenLayout.moved(layout, moved);
            expected = new LinkedHashMap<>(expected);
            expected.putAll(moved);
            history.add(layout);
            expectedHistory.add(expected);
        }
        for (int i = 0; i < history.size(); i++) {
            Map<String, Position> got = history.get(i);
            Map<String, Position> want = expectedHistory.get(i);
            assertEquals(want, got);
            assertEquals(want.hashCode(), got.hashCode());
            assertEquals(List.copyOf(want.keySet()), List.copyOf(got.keySet()), "insertion order, step " + i);
            assertEquals(want.size(), got.size());
            for (String key : want.keySet()) {
                assertEquals(want.get(key), got.get(key));
            }
        }
        Map<String, Position> last = layout;
        assertThrows(UnsupportedOperationException.class, () -> last.put("x", new Position(0, 0)));
        assertThrows(UnsupportedOperationException.class, () -> last.keySet().remove("n1"));
    }
}
