package com.mailflow.designer.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressTest {
    @ParameterizedTest
    @CsvSource({"131.107.1.17,131.107.1.17", "2001:DB8:0:0::1,2001:db8::1", "131.107.1.17/24,131.107.1.0/24",
        "131.107.1.17/32,131.107.1.17", "2001:db8::1/48,2001:db8::/48", "::ffff:1.2.3.4,::ffff:102:304"})
    void canonicalFormIsRfc5952WithHostBitsCleared(String text, String canonical) throws Exception {
        assertEquals(canonical, IpAddress.parse(text).canonical());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.2.3", "256.1.1.1", "1.2.3.4/33", "mail.contoso.com", "1.2.3.4-1.2.3.9", "*.1.2.3",
        "fe80::1%eth0", "0x7f.1", "1.2.3.4/255.255.255.0"})
    void textThatIsNotAnAddressIsRefused(String text) {
        assertThrows(InvalidValueException.class, () -> IpAddress.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.1.2.3", "172.16.0.1", "192.168.1.1", "100.64.0.1", "127.0.0.1", "169.254.1.1",
        "224.0.0.1", "fc00::1", "fe80::1", "::1", "2001:0:1::1", "4000::1", "192.0.0.0/8", "10.0.0.0/7"})
    void reservedAndPrivateRangesAreNotPublic(String text) throws Exception {
        assertFalse(IpAddress.parse(text).isPublic(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"131.107.1.17", "192.0.2.10", "203.0.113.0/24", "2001:db8::1", "2a01:111::1", "3fff::1"})
    void publicAndDocumentationAddressesArePublic(String text) throws Exception {
        assertTrue(IpAddress.parse(text).isPublic(), text);
    }

    @Test
    void documentationRangesAreRecognized() throws Exception {
        assertTrue(IpAddress.parse("198.51.100.7").isDocumentation());
        assertTrue(IpAddress.parse("2001:db8:1::/48").isDocumentation());
        assertFalse(IpAddress.parse("131.107.1.17").isDocumentation());
    }

    @Test
    void aRangeSplitsIntoItsBlocksInOrder() throws Exception {
        assertEquals(List.of("198.51.96.0/24", "198.51.97.0/24", "198.51.98.0/24", "198.51.99.0/24"),
                IpAddress.parse("198.51.99.7/22").blocks(24).stream().map(IpAddress::canonical).toList());
        assertEquals(4096, IpAddress.parse("10.0.0.0/12").blocks(24).size());
        assertEquals(List.of("131.107.1.17"),
                IpAddress.parse("131.107.1.17").blocks(24).stream().map(IpAddress::canonical).toList());
    }

    @Test
    void widthAndSpfTerms() throws Exception {
        assertEquals(23, IpAddress.parse("131.107.0.0/23").prefixLength());
        assertEquals(128, IpAddress.parse("2001:db8::1").prefixLength());
        assertEquals("ip4:131.107.1.0/24", IpAddress.parse("131.107.1.9/24").spfTerm());
        assertEquals("ip6:2001:db8::1", IpAddress.parse("2001:DB8::1").spfTerm());
    }
}
