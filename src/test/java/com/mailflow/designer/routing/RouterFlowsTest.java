package com.mailflow.designer.routing;

import static com.mailflow.designer.analysis.ScenarioFixture.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.analysis.ScenarioFixture;
import com.mailflow.designer.model.NodeAttribute;
import com.mailflow.designer.model.ScenarioIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mail paths of analysis.md section 1. */
class RouterFlowsTest {

    static Routing route(ScenarioFixture fixture) {
        return Router.route(ScenarioIndex.of(fixture.build()));
    }

    static List<String> path(Routing routing, FlowKind kind, String domain, String from, String to) {
        return routing.flows().stream()
                .filter(f -> f.kind() == kind && f.domain().equals(domain) && f.from().equals(from)
                        && f.to().equals(to))
                .map(Flow::path).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " flow " + from + "->" + to + ": "
                        + routing.flows()));
    }

    static List<String> outbound(Routing routing, String sender) {
        return path(routing, FlowKind.OUTBOUND, "contoso.com", sender, "internet");
    }

    /** exch leaves either through a or through b, both one hop from the Internet. */
    private static ScenarioFixture twoEqualGateways(boolean aFirst) {
        ScenarioFixture s = scenario().internet("internet").mailServer("exch", "131.107.1.18")
                .gateway("a", "131.107.1.17").gateway("b", "131.107.1.27").domain("contoso.com");
        if (aFirst) {
            s.link("exch", "a").link("exch", "b");
        } else {
            s.link("exch", "b").link("exch", "a");
        }
        return s.link("b", "internet").link("a", "internet");
    }

    @Test
    void outboundTakesTheShortestPathEvenWhenALongerOneComesFirstInTheFile() {
        Routing routing = route(scenario().internet("internet").mailServer("exch", "131.107.1.18")
                .gateway("g1").gateway("g2").gateway("g3").domain("contoso.com")
                .chain("exch", "g1", "g2", "internet").chain("exch", "g3", "internet"));
        assertEquals(List.of("exch", "g3", "internet"), outbound(routing, "exch"));
    }

    @Test
    void equalPathsAreDecidedByTheFirstLinkInFileOrder() {
        assertEquals(List.of("exch", "a", "internet"), outbound(route(twoEqualGateways(true)), "exch"));
        assertEquals(List.of("exch", "b", "internet"), outbound(route(twoEqualGateways(false)), "exch"));
    }

    @Test
    void whenFirstLinksTieTheSecondLinkInFileOrderDecides() {
        Routing routing = route(scenario().internet("internet").mailServer("exch").gateway("hub")
                .gateway("x").gateway("y").domain("contoso.com")
                .link("exch", "hub").link("hub", "y").link("hub", "x").link("x", "internet").link("y", "internet"));
        assertEquals(List.of("exch", "hub", "y", "internet"), outbound(routing, "exch"));
    }

    @Test
    void theInternetIsNeverAMiddleHop() {
        Routing routing = route(scenario().internet("internet").cloud("exo").mailServer("exch", "131.107.1.18")
                .domain("contoso.com", "exo", "exch")
                .link("internet", "exo").link("exo", "internet").link("internet", "exch").link("exch", "internet"));
        for (Flow flow : routing.flows()) {
            List<String> middle = flow.path().subList(1, flow.path().size() - 1);
            if (flow.kind() != FlowKind.INTERNAL) {
                assertFalse(middle.contains("internet"), flow::toString);
            }
        }
        assertTrue(routing.flows(FlowKind.CROSS_PREMISES).isEmpty());
        assertEquals(List.of(new Unreached(FlowKind.CROSS_PREMISES, "contoso.com", "exo", "exch"),
                        new Unreached(FlowKind.CROSS_PREMISES, "contoso.com", "exch", "exo")),
                routing.unreached().stream().filter(u -> u.kind() == FlowKind.CROSS_PREMISES).toList());
    }

    @Test
    void linkScopedToNamedDomainsCarriesNoInternetBoundMail() {
        ScenarioFixture scoped = scenario().internet("internet").mailServer("exch", "131.107.1.18")
                .gateway("gw", "131.107.1.17").domain("contoso.com", "exch")
                .link("internet", "gw").link("gw", "exch").link("exch", "gw", "contoso.com").link("gw", "internet");
        Routing routing = route(scoped);
        assertTrue(routing.flows(FlowKind.OUTBOUND).isEmpty(), routing.flows()::toString);
        assertTrue(routing.unreached().contains(
                new Unreached(FlowKind.OUTBOUND, "contoso.com", "exch", "internet")));
    }

    @Test
    void linkScopedToStarCarriesInternetBoundMail() {
        Routing routing = route(scenario().internet("internet").mailServer("exch", "131.107.1.18")
                .gateway("gw", "131.107.1.17").domain("contoso.com", "exch")
                .link("internet", "gw").link("gw", "exch").link("exch", "gw", "*").link("gw", "internet"));
        assertEquals(List.of("exch", "gw", "internet"), outbound(routing, "exch"));
    }

    @Test
    void unscopedLinkFromTheCloudReplacesItsOwnLinkToTheInternet() {
        Routing routing = route(scenario().internet("internet").cloud("exo").gateway("gw", "131.107.1.17")
                .domain("contoso.com", "exo")
                .link("internet", "exo").link("exo", "internet").link("exo", "gw").link("gw", "internet"));
        assertEquals(List.of("exo", "gw", "internet"), outbound(routing, "exo"));
    }

    @Test
    void scopedLinkFromTheCloudLeavesItsOwnLinkToTheInternetInUse() {
        Routing routing = route(scenario().internet("internet").cloud("exo").gateway("gw", "131.107.1.17")
                .domain("contoso.com", "exo")
                .link("internet", "exo").link("exo", "internet").link("exo", "gw", "contoso.com")
                .link("gw", "internet"));
        assertEquals(List.of("exo", "internet"), outbound(routing, "exo"));
    }

    @Test
    void applicationWithoutAnInternalPathGoesOutThroughTheInternetAndBackInViaTheMx() {
        Routing routing = route(scenario().internet("internet").cloud("exo").gateway("gw", "131.107.1.17")
                .appServer("sql").domain("contoso.com", "exo")
                .link("internet", "exo").link("exo", "internet").chain("sql", "gw", "internet"));
        assertEquals(List.of("sql", "gw", "internet", "exo"),
                path(routing, FlowKind.INTERNAL, "contoso.com", "sql", "exo"));
    }

    @Test
    void applicationWithAnInternalPathTakesItToTheNearestMailbox() {
        Routing routing = route(scenario().internet("internet").cloud("exo").mailServer("exch")
                .gateway("gw", "131.107.1.17").appServer("sql").domain("contoso.com", "exo", "exch")
                .link("internet", "exo").link("exo", "internet").link("exo", "exch", "contoso.com")
                .link("exch", "exo").link("sql", "gw").link("gw", "exo").link("gw", "exch"));
        List<Flow> internal = routing.flows(FlowKind.INTERNAL);
        assertEquals(1, internal.size());
        // exo and exch are both two hops away: node order picks exo.
        assertEquals(List.of("sql", "gw", "exo"), internal.get(0).path());
    }

    @Test
    void crossPremisesFlowsRunBothWaysBetweenTheCloudAndEachOtherMailboxNode() {
        Routing routing = route(scenario().internet("internet").cloud("exo").mailServer("exch")
                .gateway("gw", "131.107.1.17").domain("contoso.com", "exo", "exch")
                .link("internet", "exo").link("exo", "internet").link("exo", "gw", "contoso.com")
                .link("gw", "exch").link("exch", "gw").link("gw", "exo"));
        List<Flow> cross = routing.flows(FlowKind.CROSS_PREMISES);
        assertEquals(2, cross.size());
        assertEquals(List.of("exo", "gw", "exch"), cross.get(0).path());
        assertEquals(List.of("exch", "gw", "exo"), cross.get(1).path());
    }

    @Test
    void withoutACloudMailboxCrossPremisesRunsThroughTheMxEntry() {
        Routing routing = route(scenario().internet("internet").mailServer("hq").mailServer("branch")
                .domain("contoso.com", "branch", "hq").link("internet", "hq").link("hq", "branch")
                .link("branch", "hq"));
        List<Flow> cross = routing.flows(FlowKind.CROSS_PREMISES);
        assertEquals(List.of(List.of("hq", "branch"), List.of("branch", "hq")),
                cross.stream().map(Flow::path).toList());
    }

    @Test
    void sendersAreMailboxNodesMailServersWithoutMailboxesAndApplicationsThatSendTheDomain() {
        Routing routing = route(scenario().internet("internet").cloud("exo").mailServer("relay")
                .mailServer("fab").appServer("quiet").appServer("sql").domain("contoso.com", "exo")
                .domain("fabrikam.com", "fab")
                .with("fab", NodeAttribute.SENDS, List.of("contoso.com")).with("quiet", NodeAttribute.SENDS, List.of())
                .link("internet", "exo").link("exo", "internet").link("relay", "exo").link("fab", "exo")
                .link("quiet", "exo").link("sql", "exo"));
        List<String> senders = routing.flows(FlowKind.OUTBOUND).stream()
                .map(f -> f.domain() + " " + f.from()).toList();
        // relay hosts no mailboxes and sql has no sends: both send the first domain. fab hosts
        // fabrikam.com mailboxes, so its sends does not matter; quiet sends nothing.
        assertEquals(List.of("contoso.com exo", "contoso.com relay", "contoso.com sql", "fabrikam.com fab"), senders);
        assertEquals(List.of("sql"), routing.flows(FlowKind.INTERNAL).stream().map(Flow::from).distinct().toList());
    }

    @Test
    void inboundFlowsFollowNodeOrderNotTheOrderMailboxesAreListedIn() {
        Routing routing = route(scenario().internet("internet").cloud("exo").mailServer("exch")
                .domain("contoso.com", "exch", "exo").link("internet", "exo").link("exo", "exch", "contoso.com"));
        assertEquals(List.of("exo", "exch"), routing.flows(FlowKind.INBOUND).stream().map(Flow::to).toList());
    }

    @Test
    void flowsAreOrderedByKindThenDomainThenSourceAndTarget() {
        Routing routing = route(scenario().internet("internet").cloud("exo").mailServer("exch", "131.107.1.18")
                .appServer("sql", "131.107.1.19").domain("fabrikam.com", "exo").domain("contoso.com", "exo", "exch")
                .link("internet", "exo").link("exo", "internet").link("exo", "exch", "contoso.com")
                .link("exch", "exo")
                .link("sql", "exo"));
        List<String> actual = routing.flows().stream()
                .map(f -> f.kind().id() + " " + f.domain() + " " + f.from() + ">" + f.to()).toList();
        assertEquals(List.of(
                "inbound fabrikam.com internet>exo",
                "inbound contoso.com internet>exo",
                "inbound contoso.com internet>exch",
                "outbound fabrikam.com exo>internet",
                "outbound fabrikam.com sql>internet",
                "outbound contoso.com exo>internet",
                "outbound contoso.com exch>internet",
                "cross-premises contoso.com exo>exch",
                "cross-premises contoso.com exch>exo",
                "internal fabrikam.com sql>exo",
                "internal contoso.com sql>exo"), actual);
    }

    @Test
    void egressesOfADomainAreItsSendersLastHopsInSenderOrderEachOnce() {
        Routing routing = route(scenario().internet("internet").mailServer("exch", "131.107.1.18")
                .appServer("sql").appServer("fab").gateway("g1").gateway("g2").domain("contoso.com", "exch")
                .link("exch", "g2").link("sql", "g1").link("fab", "g2").link("g1", "internet").link("g2", "internet"));
        assertEquals(List.of("exch", "sql", "fab"), routing.sendersOf("contoso.com"));
        assertEquals(List.of("g2", "g1"), routing.egressesOf("contoso.com"));
        assertEquals(List.of("g2", "g1", "g2"), routing.sendersOf("contoso.com").stream()
                .map(sender -> routing.egressOf(sender).orElseThrow()).toList());
        assertEquals(List.of(), routing.egressesOf("fabrikam.com"));
    }

    @Test
    void flowsOfAKindAreThatKindsRunOfAllFlows() {
        Routing routing = route(scenario().internet("internet").cloud("exo").mailServer("exch", "131.107.1.18")
                .appServer("sql").domain("contoso.com", "exo", "exch")
                .link("internet", "exo").link("exo", "internet").link("exo", "exch", "contoso.com")
                .link("exch", "exo").link("sql", "exo"));
        for (FlowKind kind : FlowKind.values()) {
            assertEquals(routing.flows().stream().filter(f -> f.kind() == kind).toList(), routing.flows(kind), kind.id());
            assertFalse(routing.flows(kind).isEmpty(), kind.id());
        }
    }
}
