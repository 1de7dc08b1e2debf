package com.mailflow.designer.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DomainNameTest {
    @Test
    void unicodeNamesBecomeALabels() throws Exception {
        assertEquals("xn--bcher-kva.example", DomainName.toAscii("bücher.example"));
        assertEquals("contoso.com", DomainName.toAscii("Contoso.COM"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "contoso", "contoso.com.", "-x.com", "a..com", "contoso .com", "1.2.3.4",
        "under_score.com"})
    void malformedNamesAreRefused(String name) {
        assertThrows(InvalidValueException.class, () -> DomainName.toAscii(name));
    }

    @Test
    void dnsNamesMayHoldUnderscoresButHostNamesMayNot() throws Exception {
        assertEquals("_spf.google.com", DomainName.dnsNameToAscii("_spf.google.com"));
        assertFalse(DomainName.isValid("_spf.google.com"));
    }

    @Test
    void certificatesMayBeWildcards() throws Exception {
        assertEquals("*.contoso.com", DomainName.certificateToAscii("*.contoso.com"));
        assertTrue(DomainName.isSameOrBelow("*.contoso.com", "contoso.com"));
        assertTrue(DomainName.isSameOrBelow("mail.Contoso.com", "contoso.com"));
        assertFalse(DomainName.isSameOrBelow("mail.notcontoso.com", "contoso.com"));
    }
}
