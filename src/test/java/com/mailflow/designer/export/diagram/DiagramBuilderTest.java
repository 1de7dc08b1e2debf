package com.mailflow.designer.export.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.edit.BoxSize;
import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Scenario;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DiagramBuilderTest {
    private static final List<Node> NODES = List.of(
            Node.of("app", NodeKind.APP_SERVER, "App"),
            Node.of("exch", NodeKind.MAIL_SERVER, "Exchange"),
            Node.of("gw", NodeKind.GATEWAY, "Gateway"),
            Node.of("exo", NodeKind.CLOUD_SERVICE, "Exchange Online"),
            Node.of("internet", NodeKind.INTERNET, "Internet"));

    private static Scenario scenario(List<Link> links, Map<String, Position> layout) {
        return Scenario.empty("t").withNodes(NODES).withLinks(links).withLayout(layout);
    }

    private static Map<String, NodeBox> boxes(Diagram d) {
        return d.nodes().stream().collect(Collectors.toMap(NodeBox::id, Function.identity()));
    }

    @Test
    void nodesWithoutPositionsAreLaidOutLeftToRightByKind() {
        Map<String, NodeBox> b = boxes(DiagramBuilder.build(scenario(List.of(), Map.of())));
        assertTrue(b.get("internet").x() < b.get("exo").x());
        assertTrue(b.get("exo").x() < b.get("gw").x());
        assertTrue(b.get("gw").x() < b.get("exch").x());
        assertTrue(b.get("exch").x() < b.get("app").x());
    }

    @Test
    void placedNodesKeepTheirPositionsAndTheOthersGoBelowThem() {
        Map<String, Position> layout = Map.of("gw", new Position(500, 40), "exo", new Position(100, 40));
        Map<String, NodeBox> b = boxes(DiagramBuilder.build(scenario(List.of(), layout)));
        assertEquals(400, b.get("gw").x() - b.get("exo").x(), 1e-9);
        assertEquals(b.get("gw").y(), b.get("exo").y(), 1e-9);
        for (String unplaced : List.of("internet", "exch", "app")) {
            assertTrue(b.get(unplaced).y() >= b.get("gw").y() + b.get("gw").h(), unplaced);
        }
    }

    @Test
    void diagramStartsAtTheMarginWhateverTheCoordinates() {
        Map<String, Position> layout = Map.of("internet", new Position(-900, -300));
        Diagram d = DiagramBuilder.build(scenario(List.of(), layout));
        double minX = d.nodes().stream().mapToDouble(NodeBox::x).min().orElseThrow();
        double minY = d.nodes().stream().mapToDouble(NodeBox::y).min().orElseThrow();
        assertEquals(DiagramBuilder.MARGIN, minX, 1e-9);
        assertEquals(DiagramBuilder.MARGIN, minY, 1e-9);
        d.nodes().forEach(n -> assertTrue(n.x() + n.w() <= d.width() && n.y() + n.h() <= d.height()));
    }

    @Test
    void arrowsRunBetweenTheBoxEdgesNotInsideTheBoxes() {
        Diagram d = DiagramBuilder.build(scenario(List.of(Link.of("gw", "exo")), Map.of(
                "exo", new Position(0, 0), "gw", new Position(400, 0))));
        Arrow a = d.arrows().get(0);
        Map<String, NodeBox> b = boxes(d);
        assertFalse(inside(b.get("gw"), a.start()));
        assertFalse(inside(b.get("exo"), a.head().get(0)));
        assertEquals(b.get("gw").x() - 2, a.start().x(), 1e-6, "starts at the left edge of the gateway");
        assertTrue(a.head().get(0).x() > b.get("exo").x() + b.get("exo").w(), "tip ends at exo's right edge");
    }

    @Test
    void oppositeLinksAreDrawnSideBySideWithTheirLabelsApart() {
        Link out = new Link("exo", "gw", List.of("contoso.com"), null, Map.of());
        Diagram d = DiagramBuilder.build(scenario(List.of(out, Link.of("gw", "exo")), Map.of(
                "exo", new Position(0, 0), "gw", new Position(400, 0))));
        Arrow there = d.arrows().get(0);
        Arrow back = d.arrows().get(1);
        assertEquals(DiagramBuilder.PAIR_GAP, Math.abs(there.start().y() - back.end().y()), 1e-6);
        assertEquals("contoso.com", there.label());
        assertEquals(null, back.label());
    }

    @Test
    void longNamesAreWrappedToTwoLinesThatFitTheBox() {
        Node longName = Node.of("app", NodeKind.APP_SERVER,
                "A student information system that sends overdue library book notices to everyone");
        Diagram d = DiagramBuilder.build(Scenario.empty("t").withNodes(List.of(longName)));
        NodeBox box = d.nodes().get(0);
        assertEquals(2, box.titleLines().size());
        assertTrue(box.titleLines().get(1).endsWith("\u2026"));
        double textWidth = box.w() - BoxSize.TEXT_LEFT - BoxSize.TEXT_RIGHT;
        assertTrue(box.w() <= BoxSize.MAX_WIDTH);
        box.titleLines().forEach(l -> assertTrue(TextMeasure.width(l, Diagram.TITLE_SIZE, true) <= textWidth, l));
    }

    @Test
    void boxesGrowToTheirNamesSoCommonNamesAreNeverCut() {
        List<Node> named = List.of(Node.of("a", NodeKind.MAIL_SERVER, "Exchange 2019 Mailbox Server"),
                Node.of("b", NodeKind.GATEWAY, "Edge Transport server"),
                Node.of("c", NodeKind.APP_SERVER, "Application server"));
        Diagram d = DiagramBuilder.build(Scenario.empty("t").withNodes(named));
        for (NodeBox box : d.nodes()) {
            String name = named.stream().filter(n -> n.id().equals(box.id())).findFirst().orElseThrow().name();
            assertEquals(name, String.join(" ", box.titleLines()));
            double room = box.w() - BoxSize.TEXT_LEFT - BoxSize.TEXT_RIGHT;
            box.titleLines().forEach(l -> assertTrue(TextMeasure.width(l, Diagram.TITLE_SIZE, true) <= room, l));
            assertTrue(box.w() >= BoxSize.MIN_WIDTH && box.w() <= BoxSize.MAX_WIDTH);
        }
    }

    @Test
    void labelsAreWholeAndCoverNoBoxAndNoOtherLabel() throws Exception {
        for (String id : com.mailflow.designer.persistence.TemplateCatalog.ids()) {
            Scenario s = com.mailflow.designer.persistence.TemplateCatalog.load(id).orElseThrow();
            Diagram d = DiagramBuilder.build(s.withLayout(Map.of()));
            List<double[]> rects = new java.util.ArrayList<>();
            for (Arrow a : d.arrows()) {
                if (a.label() == null) {
                    continue;
                }
                assertFalse(a.label().endsWith("\u2026"), id + ": " + a.label());
                double[] r = a.labelBox();
                for (NodeBox b : d.nodes()) {
                    assertFalse(r[0] < b.x() + b.w() && b.x() < r[2] && r[1] < b.y() + b.h() && b.y() < r[3],
                            id + ": label " + a.label() + " covers " + b.id());
                }
                for (double[] o : rects) {
                    assertFalse(r[0] < o[2] && o[0] < r[2] && r[1] < o[3] && o[1] < r[3], id + ": " + a.label());
                }
                rects.add(r);
            }
        }
    }

    @Test
    void boxesCarryTheReportsMarksAndTheDiagramALegend() throws Exception {
        Scenario s = com.mailflow.designer.persistence.TemplateCatalog.load("hybrid-third-party-filter").orElseThrow();
        com.mailflow.designer.analysis.Report report = new com.mailflow.designer.analysis.Analyzer().analyze(s);
        Diagram d = DiagramBuilder.build(s, NodeMarks.of(report));
        Map<String, NodeBox> b = boxes(d);
        java.util.Set<Mark> all = new java.util.HashSet<>();
        d.nodes().forEach(n -> n.badges().forEach(badge -> all.add(badge.mark())));
        assertTrue(all.contains(Mark.MX), all.toString());
        report.safelist().stream().filter(e -> e.add()).forEach(e -> assertTrue(b.get(e.node()).badges().stream()
                .anyMatch(x -> x.mark() == Mark.GATEWAY_LIST || x.mark() == Mark.INTERNAL_LIST), e.node()));
        for (NodeBox box : d.nodes()) {
            box.badges().forEach(x -> assertTrue(x.x() + x.width() <= box.x() + box.w(), box.id()));
        }
        assertTrue(d.hasLegend());
        double bottom = d.nodes().stream().mapToDouble(n -> n.y() + n.h()).max().orElseThrow();
        assertTrue(d.legendTop() > bottom);
        assertTrue(d.legendTop() + Legend.entries().size() * Diagram.LEGEND_LINE <= d.height());
    }

    @Test
    void annotationsAreDrawnInsideTheDiagramAndInTheSvg() {
        Scenario s = com.mailflow.designer.edit.AnnotationEdits.add("Customer site A", -300, -200)
                .apply(scenario(List.of(), Map.of("exo", new Position(0, 0))));
        Diagram d = DiagramBuilder.build(s);
        assertEquals(1, d.annotations().size());
        com.mailflow.designer.model.Annotation a = d.annotations().get(0);
        assertTrue(a.x() >= DiagramBuilder.MARGIN - 1e-9 && a.y() >= DiagramBuilder.MARGIN - 1e-9);
        String svg = new String(DiagramExports.svg(s, NodeMarks.NONE), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(svg.contains("Customer site A"));
    }

    @Test
    void linksToMissingNodesAndSelfLoopsAreSkipped() {
        Diagram d = DiagramBuilder.build(scenario(List.of(Link.of("gw", "gw"), Link.of("gw", "nowhere")), Map.of()));
        assertTrue(d.arrows().isEmpty());
    }

    private static boolean inside(NodeBox b, Point p) {
        return p.x() > b.x() && p.x() < b.x() + b.w() && p.y() > b.y() && p.y() < b.y() + b.h();
    }
}
