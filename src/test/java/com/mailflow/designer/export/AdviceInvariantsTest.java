package com.mailflow.designer.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.analysis.Analyzer;
import com.mailflow.designer.analysis.Connector;
import com.mailflow.designer.analysis.DnsRecord;
import com.mailflow.designer.analysis.IdentifyBy;
import com.mailflow.designer.analysis.InboundConnector;
import com.mailflow.designer.analysis.RealizedBy;
import com.mailflow.designer.analysis.RecordPurpose;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.analysis.SafelistEntry;
import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeAttribute;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Profile;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.net.IpAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties no advice may break, checked on random drawings (any kinds, links, domains, wide
 * ranges, IPv6, long names) rather than only on the templates: a consultant's customer is never a
 * template. Each would have caught one of the expert review's harmful defects.
 */
class AdviceInvariantsTest {
    private static final NodeKind[] KINDS = {NodeKind.GATEWAY, NodeKind.MAIL_SERVER, NodeKind.APP_SERVER,
        NodeKind.DEVICE, NodeKind.THIRD_PARTY_FILTER, NodeKind.THIRD_PARTY_SERVICE};
    private static final String[] ADDRESSES = {"131.107.1.17", "198.51.96.0/19", "203.0.112.0/22", "10.0.0.5",
        "2001:db8:5::/48", "131.0.0.0/12", "192.0.2.44", "2001:4860::1", "131.107.7.0/24"};

    /** How often the random drawings reached each situation: a property nobody exercised proves nothing. */
    private static final int[] SEEN = new int[4];

    @AfterAll
    static void everyPropertyWasExercised() {
        assertTrue(SEEN[0] > 10, "restricted connectors: " + SEEN[0]);
        assertTrue(SEEN[1] > 10, "connectors with an address left out: " + SEEN[1]);
        assertTrue(SEEN[2] > 10, "allow-listed addresses: " + SEEN[2]);
        assertTrue(SEEN[3] > 10, "wide ranges split into blocks: " + SEEN[3]);
    }

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    static Scenario random(long seed) {
        Random r = new Random(seed);
        List<Node> nodes = new ArrayList<>(List.of(Node.of("internet", NodeKind.INTERNET, "Internet"),
                Node.of("exo", NodeKind.CLOUD_SERVICE, "Exchange Online")));
        int n = 2 + r.nextInt(6);
        for (int i = 0; i < n; i++) {
            NodeKind kind = KINDS[r.nextInt(KINDS.length)];
            Node node = Node.of("n" + i, kind, i % 3 == 0 ? "A long name for the customer's on-premises server " + i
                    + " in the Zürich data centre" : "Node " + i);
            List<String> addresses = new ArrayList<>();
            for (int k = 1 + r.nextInt(3); k > 0; k--) {
                addresses.add(ADDRESSES[r.nextInt(ADDRESSES.length)]);
            }
            node = node.with(NodeAttribute.ADDRESSES, List.copyOf(new HashSet<>(addresses)).stream().sorted().toList());
            if (r.nextBoolean()) {
                node = node.with(NodeAttribute.CERTIFICATE, "mail" + i + ".contoso.com");
            }
            if (kind != NodeKind.APP_SERVER && kind != NodeKind.DEVICE && r.nextBoolean()) {
                node = node.with(NodeAttribute.HOSTNAME, "host" + i + ".contoso.com");
            }
            nodes.add(node);
        }
        List<Link> links = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < n * 3; k++) {
            String from = nodes.get(r.nextInt(nodes.size())).id();
            String to = nodes.get(r.nextInt(nodes.size())).id();
            if (!from.equals(to) && seen.add(from + ">" + to)) {
                links.add(r.nextInt(4) == 0 ? Link.scoped(from, to, List.of("contoso.com")) : Link.of(from, to));
            }
        }
        List<String> mailboxHosts = new ArrayList<>(List.of("exo"));
        nodes.stream().filter(x -> x.kind() == NodeKind.MAIL_SERVER && r.nextBoolean()).forEach(x -> mailboxHosts.add(x.id()));
        List<Domain> domains = List.of(Domain.of("contoso.com", mailboxHosts), Domain.of("notify.contoso.com", List.of()));
        Profile profile = Profile.values()[(int) (seed % Profile.values().length)];
        return Scenario.empty("Random " + seed).withProfile(profile).withTenant("contoso").withNodes(nodes)
                .withLinks(links).withDomains(domains);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void noAdviceBreaksMail(long seed) throws Exception {
        Scenario scenario = random(seed);
        Report report = new Analyzer().analyze(scenario);

        Set<String> names = new HashSet<>();
        for (Connector c : report.connectors()) {
            assertTrue(c.name().length() <= 64, c.name());
            assertTrue(names.add(c.name().toLowerCase(Locale.ROOT)), "two connectors named " + c.name());
            if (c instanceof InboundConnector in) {
                SEEN[0] += in.restrictToSender() ? 1 : 0;
                SEEN[1] += in.leftOutAddresses().isEmpty() ? 0 : 1;
                SEEN[3] += in.senderIpAddresses().size() > 4 ? 1 : 0;
            }
            if (c instanceof InboundConnector in && in.restrictToSender()) {
                assertTrue(in.leftOutAddresses().isEmpty(), "restricted with an address left out: " + in);
            }
            if (c instanceof InboundConnector in && in.identifyBy() == IdentifyBy.IP) {
                for (String a : in.senderIpAddresses()) {
                    IpAddress ip = IpAddress.parse(a);
                    assertTrue(report.profile() != Profile.EXCHANGE_ONLINE || ip.isIpv4() && ip.prefixLength() >= 24,
                            "SenderIPAddresses takes IPv4 /24 to /32: " + a);
                }
            }
        }
        for (SafelistEntry e : report.safelist()) {
            if (e.allowList()) {
                SEEN[2]++;
                assertEquals(RealizedBy.IP_ALLOW_LIST, e.realizedBy());
                assertTrue(report.flows().stream().noneMatch(f -> f.kind().id().equals("inbound")
                        && f.path().contains(e.node())), "an allow-listed node carries Internet mail: " + e);
            }
        }
        for (DnsRecord d : report.dns()) {
            if (d.purpose() == RecordPurpose.SPF && "v=spf1 -all".equals(d.value())) {
                assertTrue(report.flows().stream().noneMatch(f -> f.kind().id().equals("outbound")
                        && f.domain().equals(d.domain())), "a domain that sends got v=spf1 -all: " + d);
            }
        }

        String script = PowerShellLexer.code(ExportText.render(ExportFormat.POWERSHELL, scenario, report));
        String lockDown = script.contains("function Invoke-LockDown") ? script.substring(
                script.indexOf("function Invoke-LockDown"), script.indexOf("\n}\n", script.indexOf("function Invoke-LockDown")))
                : "";
        assertFalse(script.replace(lockDown, "").contains("RestrictDomainsTo"), "a restriction outside LockDown");
        ExportText.render(ExportFormat.ZONE, scenario, report);
        ExportText.render(ExportFormat.HTML, scenario, report);
    }
}
