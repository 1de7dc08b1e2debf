package com.mailflow.designer.export.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.TemplateCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class LabelPlacerTest {
    static Stream<String> templates() {
        return TemplateCatalog.ids().stream();
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    private static double[] rect(Point c, double w, double h) {
        return new double[] {c.x() - w / 2, c.y() - h / 2, c.x() + w / 2, c.y() + h / 2};
    }

    /** No label rectangle intersects a box or another label. */
    private static void assertClear(String what, Diagram d) {
        List<double[]> labels = new ArrayList<>();
        for (Arrow a : d.arrows()) {
            if (a.label() == null) {
                continue;
            }
            double[] r = a.labelBox();
            for (NodeBox b : d.nodes()) {
                assertFalse(overlap(r, new double[] {b.x(), b.y(), b.x() + b.w(), b.y() + b.h()}),
                        what + ": label '" + a.label() + "' covers " + b.id());
            }
            for (double[] o : labels) {
                assertFalse(overlap(r, o), what + ": label '" + a.label() + "' covers another label");
            }
            labels.add(r);
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyTemplatesLabelsAreClearWithItsOwnLayoutAndWithAutoLayout(String id) throws Exception {
        Scenario s = TemplateCatalog.load(id).orElseThrow();
        assertClear(id, DiagramBuilder.build(s));
        assertClear(id + " (arranged)", DiagramBuilder.build(s.withLayout(Map.of())));
    }

    @Test
    void labelsOfCloseParallelLinksAreStackedApartAndStayNearTheirLine() {
        // Twelve senders stacked close, each with a long-labelled link to the receiver on the right.
        List<Node> nodes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        Map<String, Position> layout = new java.util.HashMap<>();
        nodes.add(Node.of("gw", NodeKind.GATEWAY, "Gateway"));
        layout.put("gw", new Position(420, 400));
        for (int i = 0; i < 12; i++) {
            nodes.add(Node.of("app" + i, NodeKind.APP_SERVER, "App " + i));
            layout.put("app" + i, new Position(0, i * 76));
            links.add(Link.scoped("app" + i, "gw", List.of("notifications" + i + ".contoso.com", "alerts.contoso.com",
                    "billing.contoso.com")));
        }
        Diagram d = DiagramBuilder.build(Scenario.empty("t").withNodes(nodes).withLinks(links).withLayout(layout));
        assertClear("parallel", d);
        assertEquals(12, d.arrows().stream().filter(a -> a.label() != null).count());
        for (Arrow a : d.arrows()) {
            assertTrue(distanceToLine(a) < 120, a.label() + " strayed " + distanceToLine(a) + " from its line");
        }
    }

    @Test
    void aLabelOfALinkBetweenBoxesSideBySideMovesOffTheBoxes() {
        // Boxes 20 apart in a row: no place along the short line has room for a label.
        List<Node> nodes = List.of(Node.of("a", NodeKind.APP_SERVER, "App"), Node.of("b", NodeKind.GATEWAY, "Gateway"),
                Node.of("c", NodeKind.MAIL_SERVER, "Mail"));
        Map<String, Position> layout = Map.of("a", new Position(0, 0), "b", new Position(170, 0),
                "c", new Position(340, 0));
        List<Link> links = List.of(Link.scoped("a", "b", List.of("apps.contoso.com")),
                Link.scoped("b", "c", List.of("contoso.com")), Link.scoped("c", "b", List.of("fabrikam.com")));
        assertClear("side by side",
                DiagramBuilder.build(Scenario.empty("t").withNodes(nodes).withLinks(links).withLayout(layout)));
    }

    private static double distanceToLine(Arrow a) {
        double dx = a.end().x() - a.start().x();
        double dy = a.end().y() - a.start().y();
        double len = Math.hypot(dx, dy);
        return Math.abs((a.labelCenter().x() - a.start().x()) * dy - (a.labelCenter().y() - a.start().y()) * dx) / len;
    }

    @Test
    void aCrowdOfLabelsOnOnePointAroundABoxNeverOverlaps() {
        LabelPlacer placer = new LabelPlacer();
        double[] box = {0, 0, 150, 72};
        placer.block(box[0], box[1], box[2], box[3]);
        List<double[]> placed = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            double w = 20 + random.nextInt(120);
            double h = 12 + random.nextInt(2) * 10;
            double angle = random.nextDouble() * Math.PI * 2;
            double side = random.nextBoolean() ? 0 : 8;
            Point c = placer.place(75, 36, 75 + Math.cos(angle) * 200, 36 + Math.sin(angle) * 200, w, h, side);
            double[] r = rect(c, w, h);
            assertFalse(overlap(r, box), "label " + i + " covers the box");
            for (double[] o : placed) {
                assertFalse(overlap(r, o), "label " + i + " covers another");
            }
            placed.add(r);
        }
    }

    @Test
    void aLabelWithRoomStaysInTheMiddleOfItsLine() {
        LabelPlacer placer = new LabelPlacer();
        Point c = placer.place(0, 0, 200, 0, 40, 10, 0);
        assertEquals(100, c.x(), 1e-9);
        assertEquals(0, c.y(), 1e-9);
        Point beside = new LabelPlacer().place(0, 0, 200, 0, 40, 10, 9);
        assertEquals(9, beside.y(), 1e-9, "the preferred side: right of the direction (y grows downwards)");
    }
}
