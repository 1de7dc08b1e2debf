package com.mailflow.designer.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeAttribute;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Profile;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.model.ScenarioIndex;
import com.mailflow.designer.testing.RandomScenarios;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The dominator-tree answer (Resilience) against brute force: fail each node and each link of the
 * drawing alone, search again, and see which flows no longer get through. The two must agree on
 * every inbound, outbound and cross-premises flow of dense random drawings (cycles, one-way links,
 * scoped links, a cloud with an outbound connector for all recipients).
 */
class SinglePointsCrossCheckTest {
    private static final NodeKind[] KINDS = {NodeKind.GATEWAY, NodeKind.MAIL_SERVER, NodeKind.THIRD_PARTY_FILTER,
        NodeKind.APP_SERVER, NodeKind.MAIL_SERVER, NodeKind.DEVICE, NodeKind.GATEWAY};

    static LongStream seeds() {
        return LongStream.range(0, 150);
    }

    static Scenario dense(long seed) {
        Random random = new Random(seed);
        List<Node> nodes = new ArrayList<>();
        nodes.add(Node.of("internet", NodeKind.INTERNET, "Internet"));
        nodes.add(Node.of("exo", NodeKind.CLOUD_SERVICE, "Exchange Online"));
        int count = 6 + random.nextInt(8);
        for (int i = 0; i < count; i++) {
            NodeKind kind = KINDS[random.nextInt(KINDS.length)];
            nodes.add(Node.of("n" + i, kind, "n" + i).with(NodeAttribute.ADDRESSES, List.of("20.30.0." + (10 + i))));
        }
        List<Link> links = new ArrayList<>();
        for (int k = 0; k < nodes.size() * 2 + random.nextInt(nodes.size()); k++) {
            String from = nodes.get(random.nextInt(nodes.size())).id();
            String to = nodes.get(random.nextInt(nodes.size())).id();
            if (!from.equals(to)) {
                links.add(random.nextInt(5) == 0 ? Link.scoped(from, to, List.of("contoso.com")) : Link.of(from, to));
            }
        }
        List<String> hosts = nodes.stream().filter(n -> n.kind().canHostMailboxes()).map(Node::id).toList();
        List<Domain> domains = new ArrayList<>();
        for (String name : List.of("contoso.com", "fabrikam.com")) {
            List<String> mailboxes = hosts.stream().filter(h -> random.nextInt(3) == 0).toList();
            domains.add(new Domain(name, null, mailboxes, null, Map.of()));
        }
        return new Scenario("dense " + seed, null, Profile.EXCHANGE_ONLINE, "contoso", null, domains, nodes, links,
                Map.of(), Map.of());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void denseDrawingsAgreeWithFailingEachElement(long seed) {
        crossCheck(dense(seed));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void smallDrawingsAgreeWithFailingEachElement(long seed) {
        crossCheck(RandomScenarios.of(new Random(seed)));
    }

    @ParameterizedTest
    @MethodSource("generatedSeeds")
    void generatedTopologiesAgreeWithFailingEachElement(long seed) {
        crossCheck(com.mailflow.designer.fixtures.TopologyGenerator.generate(120, seed));
    }

    static LongStream generatedSeeds() {
        return LongStream.range(0, 4);
    }

    private static void crossCheck(Scenario scenario) {
        ScenarioIndex index = ScenarioIndex.of(scenario);
        Routing routing = Router.route(index);
        List<SinglePoints> all = Resilience.of(index, routing);
        for (Node node : scenario.nodes()) {
            List<Flow> broken = Failures.broken(index, routing, Set.of(node.id()), Set.of());
            for (SinglePoints sp : all) {
                Flow f = sp.flow();
                if (f.from().equals(node.id()) || f.to().equals(node.id())) {
                    assertTrue(broken.contains(f), "failing an end breaks " + f);
                    continue;
                }
                assertEquals(broken.contains(f), sp.nodes().contains(node.id()),
                        scenario.name() + ": node " + node.id() + " on " + f.path() + " single points " + sp.nodes());
            }
        }
        for (Link link : scenario.links()) {
            LinkEnds ends = new LinkEnds(link.from(), link.to());
            List<Flow> broken = Failures.broken(index, routing, Set.of(), Set.of(ends));
            for (SinglePoints sp : all) {
                assertEquals(broken.contains(sp.flow()), sp.links().contains(ends),
                        scenario.name() + ": link " + ends + " on " + sp.flow().path() + " single links " + sp.links());
            }
        }
    }

    /** The comparison means something only if the drawings have single points and redundant paths both. */
    @Test
    void theDenseDrawingsHoldBothSinglePointsAndRedundancy() {
        int withNodes = 0;
        int withoutNodes = 0;
        int longPaths = 0;
        for (long seed = 0; seed < 150; seed++) {
            ScenarioIndex index = ScenarioIndex.of(dense(seed));
            for (SinglePoints sp : Resilience.of(index, Router.route(index))) {
                if (sp.flow().path().size() > 3) {
                    longPaths++;
                    if (sp.nodes().isEmpty()) {
                        withoutNodes++;
                    } else {
                        withNodes++;
                    }
                }
            }
        }
        assertTrue(withNodes > 20 && withoutNodes > 10, withNodes + " with, " + withoutNodes + " without, of " + longPaths);
    }

    @Test
    void aGatewayInFrontOfEveryDeviceIsTheirSinglePointOut() {
        List<Node> nodes = List.of(Node.of("internet", NodeKind.INTERNET, "Internet"),
                Node.of("gw", NodeKind.GATEWAY, "Gateway"), Node.of("app", NodeKind.APP_SERVER, "App"),
                Node.of("gw2", NodeKind.GATEWAY, "Second gateway"));
        List<Link> links = List.of(Link.of("app", "gw"), Link.of("gw", "internet"), Link.of("gw2", "internet"));
        Scenario s = new Scenario("one way out", null, null, null, null,
                List.of(new Domain("contoso.com", null, List.of(), null, Map.of())), nodes, links, Map.of(), Map.of());
        ScenarioIndex index = ScenarioIndex.of(s);
        List<SinglePoints> sp = Resilience.of(index, Router.route(index));
        SinglePoints app = sp.stream().filter(p -> p.flow().from().equals("app")).findFirst().orElseThrow();
        assertEquals(List.of("gw"), app.nodes());
        assertEquals(List.of(new LinkEnds("app", "gw"), new LinkEnds("gw", "internet")), app.links());

        Scenario redundant = new Scenario("two ways out", null, null, null, null, s.domains(), nodes,
                List.of(Link.of("app", "gw"), Link.of("gw", "internet"), Link.of("app", "gw2"), Link.of("gw2", "internet")),
                Map.of(), Map.of());
        ScenarioIndex index2 = ScenarioIndex.of(redundant);
        SinglePoints app2 = Resilience.of(index2, Router.route(index2)).stream()
                .filter(p -> p.flow().from().equals("app")).findFirst().orElseThrow();
        assertEquals(List.of(), app2.nodes());
        assertEquals(List.of(), app2.links());
    }
}
