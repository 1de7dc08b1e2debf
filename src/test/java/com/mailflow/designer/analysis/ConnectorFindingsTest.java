package com.mailflow.designer.analysis;

import static com.mailflow.designer.analysis.Reports.assertFinding;
import static com.mailflow.designer.analysis.Reports.assertNoFinding;
import static com.mailflow.designer.analysis.Reports.only;
import static com.mailflow.designer.analysis.ScenarioFixture.scenario;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.model.NodeAttribute;
import com.mailflow.designer.model.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** connector.certificate-domain-not-accepted, connector.no-identity and device.submission. */
class ConnectorFindingsTest {

    private static ScenarioFixture intoCloud(String kindOfSender, String id, String... addresses) {
        ScenarioFixture s = scenario().internet("internet").cloud("exo").domain("contoso.com", "exo")
                .link("internet", "exo").link("exo", "internet");
        switch (kindOfSender) {
            case "gateway" -> s.gateway(id, addresses);
            case "device" -> s.device(id, addresses);
            case "filter" -> s.filter(id, addresses);
            default -> throw new IllegalArgumentException(kindOfSender);
        }
        return s.link(id, "exo");
    }

    @Test
    void certificateOutsideTheAcceptedDomainsIsReported() {
        Report report = intoCloud("gateway", "gw").with("gw", NodeAttribute.CERTIFICATE, "mail.fabrikam.net")
                .analyze();
        assertFinding(only(report, "connector.certificate-domain-not-accepted"), Severity.WARNING, List.of("gw"),
                null, "mail.fabrikam.net");
    }

    @Test
    void certificateBelowAnAcceptedDomainIsAccepted() {
        for (String certificate : List.of("mail.contoso.com", "smtp.eu.contoso.com", "contoso.com",
                "*.contoso.com", "MAIL.CONTOSO.COM")) {
            Report report = intoCloud("gateway", "gw").with("gw", NodeAttribute.CERTIFICATE, certificate).analyze();
            assertNoFinding(report, "connector.certificate-domain-not-accepted");
        }
    }

    @Test
    void certificateThatOnlyEndsLikeAnAcceptedDomainIsNotAccepted() {
        Report report = intoCloud("gateway", "gw").with("gw", NodeAttribute.CERTIFICATE, "mail.notcontoso.com")
                .analyze();
        assertFinding(only(report, "connector.certificate-domain-not-accepted"), Severity.WARNING, List.of("gw"),
                null);
    }

    @Test
    void partnerCertificateIsNotCheckedAgainstAcceptedDomains() {
        Report report = intoCloud("filter", "eop").with("eop", NodeAttribute.CERTIFICATE, "mx.filter.example")
                .analyze();
        assertNoFinding(report, "connector.certificate-domain-not-accepted");
    }

    @Test
    void ipIdentifiedConnectorWithoutUsableAddressHasNoIdentity() {
        Report report = intoCloud("gateway", "gw", "10.0.0.5", "2001:4860::1", "131.104.0.0/15").analyze();
        assertFinding(only(report, "connector.no-identity"), Severity.ERROR, List.of("gw"), null);
        assertNoFinding(intoCloud("gateway", "gw", "10.0.0.5", "131.107.1.17").analyze(), "connector.no-identity");
    }

    @Test
    void sharedAddressesLeaveAnOnPremisesConnectorWithoutIdentity() {
        Report report = intoCloud("gateway", "gw", "131.107.1.17").with("gw", NodeAttribute.SHARED_ADDRESSES, true)
                .analyze();
        assertFinding(only(report, "connector.no-identity"), Severity.ERROR, List.of("gw"), null);
    }

    @Test
    void partnerIdentifiedByItsSharedIpv4AddressHasAnIdentity() {
        assertNoFinding(intoCloud("filter", "eop", "40.92.1.1").analyze(), "connector.no-identity");
        assertFinding(only(intoCloud("filter", "eop").analyze(), "connector.no-identity"), Severity.ERROR,
                List.of("eop"), null);
    }

    @Test
    void connectorChecksApplyOnlyUnderExchangeOnline() {
        for (Profile profile : List.of(Profile.FOPE, Profile.GOOGLE_WORKSPACE)) {
            Report report = intoCloud("gateway", "gw", "10.0.0.5").profile(profile).analyze();
            assertNoFinding(report, "connector.no-identity");
            Report cert = intoCloud("gateway", "gw").with("gw", NodeAttribute.CERTIFICATE, "mail.fabrikam.net")
                    .profile(profile).analyze();
            assertNoFinding(cert, "connector.certificate-domain-not-accepted");
        }
    }

    @Test
    void deviceWithOAuthAndTls12IsToldToUseSmtpAuth() {
        Report report = intoCloud("device", "mfp", "131.107.1.30").with("mfp", NodeAttribute.CAN_AUTHENTICATE, true)
                .analyze();
        Finding f = only(report, "device.submission");
        assertFinding(f, Severity.INFO, List.of("mfp"), null, "smtp-auth");
        assertFalse(f.message().contains("smtp-relay"), f.message());
    }

    @Test
    void deviceWithoutOAuthIsToldToUseSmtpRelay() {
        Finding f = only(intoCloud("device", "mfp", "131.107.1.30").analyze(), "device.submission");
        assertFinding(f, Severity.INFO, List.of("mfp"), null, "smtp-relay");
        assertFalse(f.message().contains("smtp-auth"), f.message());
    }

    @Test
    void deviceWithOAuthButWithoutTls12IsToldToUseSmtpRelay() {
        Report report = intoCloud("device", "mfp", "131.107.1.30").with("mfp", NodeAttribute.CAN_AUTHENTICATE, true)
                .with("mfp", NodeAttribute.TLS12, false).analyze();
        Finding f = only(report, "device.submission");
        assertTrue(f.message().contains("smtp-relay"), f.message());
        assertTrue(f.message().contains("TLS 1.2"), f.message());
    }

    @Test
    void deviceThatDoesNotLinkIntoTheCloudGetsNoSubmissionAdvice() {
        Report report = scenario().internet("internet").cloud("exo").gateway("gw", "131.107.1.17")
                .device("mfp", "10.0.0.30").domain("contoso.com", "exo").link("internet", "exo")
                .link("exo", "internet").link("mfp", "gw").link("gw", "exo").analyze();
        assertNoFinding(report, "device.submission");
    }

    @Test
    void submissionAdviceIsOnlyGivenUnderExchangeOnline() {
        for (Profile profile : List.of(Profile.FOPE, Profile.GOOGLE_WORKSPACE)) {
            assertNoFinding(intoCloud("device", "mfp", "131.107.1.30").profile(profile).analyze(),
                    "device.submission");
        }
    }
}
