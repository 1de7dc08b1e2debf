package com.mailflow.designer.analysis;

import static com.mailflow.designer.analysis.ScenarioFixture.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which addresses count as public (analysis.md section 0) and how the report writes them. */
class AddressClassificationTest {

    /** gw relays into the cloud by IP, so every address it has is checked and listed. */
    private static Report gatewayWith(String address) {
        return scenario().internet("internet").cloud("exo").gateway("gw", address).domain("contoso.com", "exo")
                .link("internet", "exo").link("gw", "exo").analyze();
    }

    @ParameterizedTest(name = "{0} public={1}")
    @CsvSource({
            "10.1.2.3, false", "100.64.0.1, false", "100.128.0.1, true", "127.0.0.1, false",
            "169.254.1.1, false", "172.16.0.1, false", "172.31.255.255, false", "172.32.0.1, true",
            "192.0.0.9, false", "192.168.1.1, false", "198.18.0.1, false", "198.19.255.1, false",
            "198.20.0.1, true", "224.0.0.5, false", "240.0.0.1, false", "0.1.2.3, false",
            "131.107.1.17, true", "192.0.2.10, true", "198.51.100.10, true", "203.0.113.10, true",
            "10.0.0.0/7, false", "131.107.0.0/16, true",
            "::1, false", "::ffff:131.107.1.1, false", "100::1, false", "2001:0:1::1, false", "2001:1ff::1, false",
            "2001:4860::1, true", "2001:db8::1, true", "3fff::1, true", "fd00::1, false", "fe80::1, false",
            "ff02::1, false", "4000::1, false", "2a00:1450::1, true"})
    void addressIsPublicExactlyWhenOutsideTheReservedRanges(String address, boolean expectedPublic) {
        boolean reported = !Reports.findings(gatewayWith(address), "address.not-public").isEmpty();
        assertEquals(!expectedPublic, reported);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "131.107.1.77/24, 131.107.1.0/24", "131.107.1.17/32, 131.107.1.17",
            "2001:4860:0:0:0:0:0:17, 2001:4860::17", "2001:4860::ABCD, 2001:4860::abcd",
            "2001:4860:0:0:1::/64, 2001:4860::/64"})
    void addressesAreReportedInCanonicalForm(String entered, String canonical) {
        List<String> listed = gatewayWith(entered).safelist().stream().map(SafelistEntry::address).toList();
        assertEquals(List.of(canonical), listed);
    }
}
