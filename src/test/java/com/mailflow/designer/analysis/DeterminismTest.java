package com.mailflow.designer.analysis;

import static com.mailflow.designer.analysis.ScenarioFixture.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.mailflow.designer.analysis.rules.RuleBook;
import com.mailflow.designer.model.NodeAttribute;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Scenario;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Same scenario, same report; positions never matter; findings in table order, then node order. */
class DeterminismTest {

    /** The scenario-format example plus a few things that produce findings of many kinds. */
    private static ScenarioFixture busy() {
        return scenario().tenant("contoso").internet("internet").cloud("exo").gateway("gw", "131.107.1.17")
                .with("gw", NodeAttribute.HOSTNAME, "mail.contoso.com")
                .with("gw", NodeAttribute.CERTIFICATE, "mail.contoso.com")
                .mailServer("exch", "131.107.1.18").appServer("sql", "131.107.1.19")
                .device("mfp", "192.0.2.30", "2001:db8::30").gateway("lonely")
                .filter("flt", "40.92.1.1").domain("contoso.com", "exo", "exch").appsDomain("notify.contoso.com")
                .domain("parked.example")
                .with("mfp", NodeAttribute.SENDS, List.of("notify.contoso.com", "unknown.example"))
                .link("internet", "exo").link("exo", "internet").link("exo", "gw", "contoso.com")
                .link("gw", "exo").link("gw", "exch").link("exch", "gw").link("sql", "gw").link("mfp", "exo")
                .link("flt", "exo").link("gw", "internet");
    }

    @Test
    void analyzingTheSameScenarioTwiceGivesEqualReports() {
        Scenario scenario = busy().build();
        assertEquals(new Analyzer().analyze(scenario), new Analyzer().analyze(scenario));
        assertEquals(new Analyzer().analyze(scenario), busy().analyze());
    }

    /**
     * The designer keeps one analyzer and its parsed addresses across edits: a reused analyzer
     * must report exactly what a fresh one does, whatever it analysed before (here the same
     * address text on another node, an address changed to text that does not parse, and back).
     */
    @Test
    void aReusedAnalyzerReportsWhatAFreshOneDoes() {
        Scenario first = busy().build();
        Scenario broken = busy().with("sql", NodeAttribute.ADDRESSES, List.of("131.107.1.17", "not an address")).build();
        Scenario other = scenario().internet("internet").cloud("exo").gateway("gw", "131.107.1.19")
                .domain("contoso.com", "exo").link("internet", "exo").link("exo", "internet").link("gw", "exo").build();
        Analyzer reused = new Analyzer();
        for (Scenario s : List.of(first, broken, other, first, broken, first)) {
            assertEquals(new Analyzer().analyze(s), reused.analyze(s));
        }
    }

    @Test
    void movingEveryNodeChangesNothing() {
        Scenario placed = busy().build();
        Map<String, Position> moved = new LinkedHashMap<>();
        for (int i = 0; i < placed.nodes().size(); i++) {
            moved.put(placed.nodes().get(i).id(), new Position(1000 - 37.5 * i, 13 * i * i));
        }
        Scenario relaid = placed.withLayout(moved);
        assertNotEquals(placed, relaid);
        assertEquals(new Analyzer().analyze(placed), new Analyzer().analyze(relaid));
    }

    @Test
    void findingsFollowTheTableOrderThenNodeOrder() {
        Report report = busy().analyze();
        List<String> table = RuleBook.standard().stream().map(Rule::code).toList();
        List<String> nodes = busy().build().nodes().stream().map(n -> n.id()).toList();
        assertFalse(report.findings().isEmpty());
        for (int i = 0; i + 1 < report.findings().size(); i++) {
            Finding a = report.findings().get(i);
            Finding b = report.findings().get(i + 1);
            int byCode = Integer.compare(table.indexOf(a.code()), table.indexOf(b.code()));
            int byNode = a.nodes().isEmpty() || b.nodes().isEmpty() ? 0
                    : Integer.compare(nodes.indexOf(a.nodes().get(0)), nodes.indexOf(b.nodes().get(0)));
            assertFalse(byCode > 0 || (byCode == 0 && byNode > 0), () -> a + " listed before " + b);
        }
    }

    @Test
    void ruleBookListsEveryCodeOfTheFindingTableInOrder() {
        assertEquals(List.of("address.not-public", "address.documentation", "address.shared",
                "address.ipv6-unsupported", "address.range-too-broad", "address.range-split", "address.dynamic",
                "address.missing", "reverse-dns.missing", "relay.open-risk", "mailbox.unreachable", "mx.not-cloud",
                "mx.no-hostname", "outbound.centralized-dead-end", "outbound.unreachable", "cross-premises.unreachable",
                "internal.unreachable", "spf.lookups-exceeded", "spf.too-long", "spf.softfail", "spf.no-egress",
                "dkim.not-signed", "connector.certificate-domain-not-accepted", "connector.no-identity",
                "connector.partial-identity", "hybrid.use-hcw", "mx.direct-delivery-open", "app.shares-user-gateway",
                "app.uses-user-domain", "domain.unknown-sender", "domain.no-reply-path", "device.submission",
                "hybrid.modifying-hop", "node.disconnected", "scenario.no-internet", "resilience.single-point"),
                RuleBook.standard().stream().map(Rule::code).toList());
    }

    @Test
    void findingsOfOneRuleAreSortedByNodeOrderNotByDomainOrder() {
        // Domain d1 lives on b and d2 on a; neither can be reached. The rule visits d1 first, but a
        // comes first in the file, so its finding is listed first.
        Report report = scenario().internet("internet").mailServer("a").mailServer("b")
                .domain("d1.example", "b").domain("d2.example", "a").link("a", "internet").link("b", "internet")
                .analyze();
        List<String> unreachable = Reports.findings(report, "mailbox.unreachable").stream()
                .map(f -> f.nodes().get(0) + " " + f.domain()).toList();
        assertEquals(List.of("a d2.example", "b d1.example"), unreachable);
    }

    @Test
    void findingsOfDifferentRulesFollowTheTableEvenAgainstNodeOrder() {
        Report report = scenario().internet("internet").cloud("exo").gateway("lonely").gateway("gw", "10.0.0.2")
                .domain("contoso.com", "exo").link("internet", "exo").link("exo", "internet").link("gw", "exo")
                .analyze();
        assertEquals(List.of("address.not-public gw", "connector.no-identity gw", "node.disconnected lonely"),
                report.findings().stream().map(f -> f.code() + " " + f.nodes().get(0)).toList());
    }
}
