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
    void aLongSpfRecordBreaksAfterASpaceNeverInsideATerm() {
        StringBuilder value = new StringBuilder("v=spf1");
        for (int i = 0; value.length() < 330; i++) {
            value.append(" ip4:131.107.").append(i).append(".0/24");
        }
        value.append(" include:spf.protection.outlook.com -all");
        String zone = ZoneText.txtStrings(value.toString());
        String[] strings = zone.substring(1, zone.length() - 1).split("\" \"");
        assertTrue(strings.length > 1, zone);
        for (int i = 0; i < strings.length; i++) {
            assertTrue(strings[i].length() <= 255, strings[i]);
            assertTrue(i == strings.length - 1 || strings[i].endsWith(" "), "breaks after a space: " + strings[i]);
        }
        assertEquals(value.toString(), String.join("", strings), "the strings join back into the record");
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
