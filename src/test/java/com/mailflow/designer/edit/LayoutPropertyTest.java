package com.mailflow.designer.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The arranged drawing never draws a link's straight line through a box other than its ends. */
class LayoutPropertyTest {
    static Stream<String> templates() {
        return TemplateCatalog.ids().stream();
    }

    static IntStream seeds() {
        return IntStream.range(0, 60);
    }

    @ParameterizedTest
    @MethodSource("templates")
    void templateLinksMissUnrelatedBoxes(String id) throws Exception {
        Scenario s = TemplateCatalog.load(id).orElseThrow();
        assertEquals(List.of(), crossings(s, AutoLayout.compute(s, LayoutPropertyTest::width)));
    }

    /**
     * Generated drawings: the placer searches a bounded window and, when a row clear of every
     * box can't be found there, takes the one with the fewest crossings; today 2 of these 60
     * keep one or two crossings, so the bar is 95 per cent clear, not all.
     */
    @org.junit.jupiter.api.Test
    void generatedLinksMostlyMissUnrelatedBoxes() {
        long clear = seeds().filter(seed -> {
            Scenario s = generated(new Random(seed));
            return crossings(s, AutoLayout.compute(s, LayoutPropertyTest::width)).isEmpty();
        }).count();
        assertTrue(clear >= 57, clear + " of 60 generated drawings are clear");
    }

    /** Widths vary as names do. */
    static double width(Node n) {
        return BoxSize.MIN_WIDTH + (n.id().hashCode() & 0x3f);
    }

    /**
     * A random mail topology as consultants draw them: an Internet and a cloud service, then up
     * to 40 filters, partner services, gateways, servers, applications and devices, each linked
     * to one or two nodes of a role up to two columns to its left (and some links back).
     */
    static Scenario generated(Random random) {
        List<Node> nodes = new ArrayList<>(List.of(Node.of("internet", NodeKind.INTERNET, "Internet"),
                Node.of("cloud", NodeKind.CLOUD_SERVICE, "Cloud")));
        NodeKind[] kinds = {NodeKind.THIRD_PARTY_FILTER, NodeKind.THIRD_PARTY_SERVICE, NodeKind.GATEWAY,
            NodeKind.MAIL_SERVER, NodeKind.APP_SERVER, NodeKind.DEVICE};
        int count = 2 + random.nextInt(14);
        for (int i = 0; i < count; i++) {
            nodes.add(Node.of("n" + i, kinds[random.nextInt(kinds.length)], "Node " + i));
        }
        List<Link> links = new ArrayList<>();
        for (Node n : nodes) {
            int role = AutoLayout.column(n.kind());
            List<Node> earlier = nodes.stream().filter(m -> AutoLayout.column(m.kind()) < role
                    && AutoLayout.column(m.kind()) >= role - 2).toList();
            for (int k = 1 + random.nextInt(2); k > 0 && !earlier.isEmpty(); k--) {
                Node from = earlier.get(random.nextInt(earlier.size()));
                if (links.stream().noneMatch(l -> l.from().equals(from.id()) && l.to().equals(n.id()))) {
                    links.add(Link.of(from.id(), n.id()));
                    if (random.nextInt(3) == 0) {
                        links.add(Link.of(n.id(), from.id()));
                    }
                }
            }
        }
        return Scenario.empty("generated").withNodes(nodes).withLinks(links);
    }

    /** "from->to through id" for each link whose centre-to-centre line meets an unrelated box. */
    static List<String> crossings(Scenario s, Map<String, Position> p) {
        List<String> found = new ArrayList<>();
        for (Link l : s.links()) {
            Position a = p.get(l.from());
            Position b = p.get(l.to());
            Node na = s.node(l.from()).orElseThrow();
            Node nb = s.node(l.to()).orElseThrow();
            double x1 = a.x() + width(na) / 2;
            double y1 = a.y() + BoxSize.HEIGHT / 2;
            double x2 = b.x() + width(nb) / 2;
            double y2 = b.y() + BoxSize.HEIGHT / 2;
            for (Node n : s.nodes()) {
                Position q = p.get(n.id());
                if (!n.id().equals(l.from()) && !n.id().equals(l.to()) && Segments.crossesRect(x1, y1, x2, y2,
                        q.x(), q.y(), q.x() + width(n), q.y() + BoxSize.HEIGHT)) {
                    found.add(l.from() + "->" + l.to() + " through " + n.id());
                }
            }
        }
        return found;
    }
}
