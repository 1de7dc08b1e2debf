package com.mailflow.designer.analysis;

import static com.mailflow.designer.analysis.Reports.safelistOf;
import static com.mailflow.designer.analysis.ScenarioFixture.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.model.NodeAttribute;
import com.mailflow.designer.model.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The IP safelist of analysis.md section 2 and the three scenarios of seed 000. */
class SafelistTest {

    /** The seed's table: IP address, type of server, add to IP safelist, and the list. */
    private static List<String> table(Report report) {
        return report.safelist().stream().map(e -> e.address() + " | " + e.serverType() + " | "
                + (e.add() ? "Yes " + e.list().id() : "No")).toList();
    }

    private static final List<String> SEED_TABLE = List.of(
            "131.107.1.17 | Gateway | Yes internal-servers",
            "131.107.1.18 | E-mail server | No",
            "131.107.1.19 | Application server | No");

    /** The three on-premises servers of every seed scenario, in the seed's order. */
    private static ScenarioFixture seedServers() {
        return scenario().internet("internet").cloud("exo").gateway("gw", "131.107.1.17")
                .mailServer("exch", "131.107.1.18").appServer("sql", "131.107.1.19");
    }

    @Test
    void standAloneDomainRoutedDirectlyToTheCloudSafelistsOnlyTheGateway() {
        Report report = seedServers().domain("contoso.com", "exo")
                .link("internet", "exo").link("exo", "internet").link("exch", "gw").link("sql", "gw")
                .link("gw", "exo").analyze();
        assertEquals(SEED_TABLE, table(report));
    }

    @Test
    void internetMailRelayedAfterOnPremisesSpamFilteringPutsTheGatewayOnTheInternalList() {
        Report report = seedServers().with("gw", NodeAttribute.FILTERS_SPAM, true)
                .with("gw", NodeAttribute.HOSTNAME, "mail.contoso.com").domain("contoso.com", "exo")
                .link("internet", "gw").link("gw", "exo").link("exo", "internet").link("exch", "gw")
                .link("sql", "gw").analyze();
        assertEquals(SEED_TABLE, table(report));
    }

    @Test
    void sharedAddressSpaceWithCloudRelaySafelistsOnlyTheGateway() {
        Report report = seedServers().tenant("contoso").domain("contoso.com", "exo", "exch")
                .with("gw", NodeAttribute.HOSTNAME, "mail.contoso.com")
                .with("gw", NodeAttribute.CERTIFICATE, "mail.contoso.com")
                .link("internet", "exo").link("exo", "internet").link("exo", "gw", "contoso.com")
                .link("gw", "exo").link("gw", "exch").link("exch", "gw").link("sql", "gw").analyze();
        assertEquals(SEED_TABLE, table(report));
        assertNotNull(safelistOf(report, "exch").get(0).reason());
    }

    @Test
    void gatewayThatRelaysUnfilteredInternetMailGoesOnGatewayList() {
        Report report = seedServers().with("gw", NodeAttribute.HOSTNAME, "mail.contoso.com")
                .domain("contoso.com", "exo").link("internet", "gw").link("gw", "exo").analyze();
        SafelistEntry gw = safelistOf(report, "gw").get(0);
        assertTrue(gw.add());
        assertEquals(SafelistList.GATEWAY_SERVERS, gw.list());
        assertTrue(gw.reason().contains("IP Allow List"), gw.reason());
    }

    @Test
    void gatewayBehindASpamFilteringThirdPartyGoesOnInternalList() {
        Report report = seedServers().filter("flt", "40.92.1.1").with("gw", NodeAttribute.HOSTNAME, "mail.contoso.com")
                .domain("contoso.com", "exo").chain("internet", "flt", "gw", "exo").analyze();
        assertEquals(SafelistList.INTERNAL_SERVERS, safelistOf(report, "gw").get(0).list());
    }

    @Test
    void gatewayThatFiltersSpamItselfGoesOnInternalList() {
        Report report = seedServers().with("gw", NodeAttribute.FILTERS_SPAM, true)
                .domain("contoso.com", "exo").link("internet", "gw").link("gw", "exo").analyze();
        assertEquals(SafelistList.INTERNAL_SERVERS, safelistOf(report, "gw").get(0).list());
    }

    @Test
    void thirdPartyAddressesAreNeverAdded() {
        Report report = scenario().internet("internet").cloud("exo").filter("flt", "40.92.1.1")
                .with("flt", NodeAttribute.SHARED_ADDRESSES, false).domain("contoso.com", "exo")
                .chain("internet", "flt", "exo").analyze();
        SafelistEntry row = safelistOf(report, "flt").get(0);
        assertFalse(row.add());
        assertNull(row.list());
        assertNotNull(row.reason());
    }

    private static ScenarioFixture gatewayWithMixedAddresses(Profile profile) {
        return scenario().profile(profile).internet("internet").cloud("exo")
                .gateway("gw", "131.107.1.17", "2001:4860:0:0::17", "131.108.1.9/23")
                .domain("contoso.com", "exo").link("internet", "exo").link("exo", "internet").link("gw", "exo");
    }

    private static List<String> added(Report report) {
        return report.safelist().stream().map(e -> e.address() + (e.add() ? " yes" : " no")).toList();
    }

    @Test
    void ipv6AndRangesWiderThan24AreNotAddedUnderExchangeOnlineOrFope() {
        // r2: Exchange Online takes a /23 as its two /24 blocks; FOPE takes /24 and narrower only.
        assertEquals(List.of("131.107.1.17 yes", "2001:4860::17 no", "131.108.0.0/23 yes"),
                added(gatewayWithMixedAddresses(Profile.EXCHANGE_ONLINE).analyze()));
        assertEquals(List.of("131.107.1.17 yes", "2001:4860::17 no", "131.108.0.0/23 no"),
                added(gatewayWithMixedAddresses(Profile.FOPE).analyze()));
        SafelistEntry split = gatewayWithMixedAddresses(Profile.EXCHANGE_ONLINE).analyze().safelist().get(2);
        assertEquals(List.of("131.108.0.0/24", "131.108.1.0/24"), split.entries());
    }

    @Test
    void ipv6IsAddedUnderGoogleWorkspace() {
        assertEquals(List.of("131.107.1.17 yes", "2001:4860::17 yes", "131.108.0.0/23 yes"),
                added(gatewayWithMixedAddresses(Profile.GOOGLE_WORKSPACE).analyze()));
    }

    @Test
    void privateAndSharedAddressesAreNotAdded() {
        Report report = scenario().internet("internet").cloud("exo").gateway("gw", "10.0.0.17")
                .gateway("shared", "131.107.1.50").with("shared", NodeAttribute.SHARED_ADDRESSES, true)
                .domain("contoso.com", "exo").link("internet", "exo").link("gw", "exo").link("shared", "exo")
                .analyze();
        for (SafelistEntry row : report.safelist()) {
            assertFalse(row.add(), row::toString);
            assertNull(row.list());
            assertNotNull(row.reason());
        }
        assertEquals(2, report.safelist().size());
    }
}
