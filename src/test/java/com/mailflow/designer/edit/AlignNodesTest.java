package com.mailflow.designer.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Scenario;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class AlignNodesTest {
    private static final ToDoubleFunction<String> WIDTH = id -> id.equals("gw") ? 200 : 160;
    private static final Set<String> THREE = new LinkedHashSet<>(List.of("exo", "gw", "exch"));

    private static Scenario scenario() {
        return Scenarios.hybrid().withLayout(Map.of("internet", new Position(0, 0), "exo", new Position(100, 40),
                "gw", new Position(300, 200), "exch", new Position(900, 120)));
    }

    @Test
    void alignLeftRightAndCentreUseEachBoxsWidth() {
        Scenario left = AlignNodes.align(THREE, AlignNodes.Edge.LEFT, WIDTH).apply(scenario());
        THREE.forEach(id -> assertEquals(100, left.position(id).orElseThrow().x()));
        Scenario right = AlignNodes.align(THREE, AlignNodes.Edge.RIGHT, WIDTH).apply(scenario());
        THREE.forEach(id -> assertEquals(1060, right.position(id).orElseThrow().x() + WIDTH.applyAsDouble(id)));
        Scenario centre = AlignNodes.align(THREE, AlignNodes.Edge.CENTER, WIDTH).apply(scenario());
        THREE.forEach(id -> assertEquals(580, centre.position(id).orElseThrow().x() + WIDTH.applyAsDouble(id) / 2));
        assertEquals(new Position(0, 0), left.position("internet").orElseThrow(), "unselected boxes stay");
    }

    @Test
    void alignTopAndBottomKeepX() {
        Scenario top = AlignNodes.align(THREE, AlignNodes.Edge.TOP, WIDTH).apply(scenario());
        THREE.forEach(id -> assertEquals(40, top.position(id).orElseThrow().y()));
        assertEquals(300, top.position("gw").orElseThrow().x());
        Scenario bottom = AlignNodes.align(THREE, AlignNodes.Edge.BOTTOM, WIDTH).apply(scenario());
        THREE.forEach(id -> assertEquals(200, bottom.position(id).orElseThrow().y()));
    }

    @Test
    void distributeLeavesEqualGapsAndKeepsTheOutermost() {
        Scenario d = AlignNodes.distribute(THREE, true, WIDTH).apply(scenario());
        double exo = d.position("exo").orElseThrow().x();
        double gw = d.position("gw").orElseThrow().x();
        double exch = d.position("exch").orElseThrow().x();
        assertEquals(100, exo);
        assertEquals(900, exch);
        assertEquals(gw - (exo + 160), exch - (gw + 200), 1e-9);
        Scenario v = AlignNodes.distribute(THREE, false, WIDTH).apply(scenario());
        assertEquals(v.position("exch").orElseThrow().y() - v.position("exo").orElseThrow().y(),
                v.position("gw").orElseThrow().y() - v.position("exch").orElseThrow().y(), 1e-9);
    }

    @Test
    void tooFewBoxesChangeNothing() {
        Scenario s = scenario();
        assertSame(s, AlignNodes.align(Set.of("gw"), AlignNodes.Edge.LEFT, WIDTH).apply(s));
        assertSame(s, AlignNodes.distribute(Set.of("gw", "exo"), true, WIDTH).apply(s));
    }
}
