package com.mailflow.designer.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ZoneTextTest {
    @Test
    void shortTxtValueIsOneQuotedString() {
        assertEquals("\"v=spf1 -all\"", ZoneText.txtStrings("v=spf1 -all"));
    }

    @Test
    void valueLongerThan255OctetsIsSplitIntoSeveralStringsOfOneRecord() {
        String value = "x".repeat(300);
        assertEquals("\"" + "x".repeat(255) + "\" \"" + "x".repeat(45) + "\"", ZoneText.txtStrings(value));
    }

    @Test
    void quotesAndBackslashesAreEscaped() {
        assertEquals("\"a\\\"b\\\\c\"", ZoneText.txtStrings("a\"b\\c"));
    }

    @Test
    void nonAsciiAndControlBytesAreWrittenAsDecimalEscapes() {
        assertEquals("\"\\195\\169\\010\"", ZoneText.txtStrings("\u00e9\n"));
    }

    @Test
    void onlyPlainHostNamesCountAsNames() {
        assertTrue(ZoneText.isPlainName("selector1._domainkey.contoso.com"));
        assertTrue(ZoneText.isPlainName("."));
        assertFalse(ZoneText.isPlainName("selector1-contoso-com._domainkey.<tenant>.onmicrosoft.com"));
        assertFalse(ZoneText.isPlainName("a.com; evil"));
        assertFalse(ZoneText.isPlainName("$INCLUDE"));
    }
}
