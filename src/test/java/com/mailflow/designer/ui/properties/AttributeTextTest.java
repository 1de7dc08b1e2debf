package com.mailflow.designer.ui.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.model.NodeAttribute;
import com.mailflow.designer.ui.control.Parsed;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributeTextTest {
    @Test
    void addressesAreCheckedOneByOne() {
        assertEquals(List.of("131.107.1.17", "2001:db8::1"),
                AttributeText.parse(NodeAttribute.ADDRESSES, "131.107.1.17, 2001:db8::1").value());
        Parsed bad = AttributeText.parse(NodeAttribute.ADDRESSES, "131.107.1.17, 300.1.1.1");
        assertFalse(bad.isValid());
        assertTrue(bad.error().contains("300.1.1.1"), bad.error());
    }

    @Test
    void emptyTextMeansAbsent() {
        Parsed p = AttributeText.parse(NodeAttribute.HOSTNAME, "  ");
        assertTrue(p.isValid());
        assertNull(p.value());
    }

    @Test
    void sendsNoneIsAnEmptyList() {
        assertEquals(List.of(), AttributeText.parse(NodeAttribute.SENDS, "none").value());
        assertEquals("none", AttributeText.format(NodeAttribute.SENDS, List.of()));
    }

    @Test
    void hostnamesAndLookupsAreValidated() {
        assertFalse(AttributeText.parse(NodeAttribute.HOSTNAME, "mail").isValid());
        assertTrue(AttributeText.parse(NodeAttribute.CERTIFICATE, "*.contoso.com").isValid());
        assertTrue(AttributeText.parse(NodeAttribute.SPF_INCLUDE, "_spf.google.com").isValid());
        assertEquals(3, AttributeText.parse(NodeAttribute.SPF_LOOKUPS, "3").value());
        assertFalse(AttributeText.parse(NodeAttribute.SPF_LOOKUPS, "three").isValid());
    }

    @Test
    void linkDomainsAllowStarAndEmpty() {
        assertNull(AttributeText.parseLinkDomains("").value());
        assertEquals(List.of("*"), AttributeText.parseLinkDomains("*").value());
        assertFalse(AttributeText.parseLinkDomains("contoso").isValid());
    }

    @Test
    void notesAreFreeText() {
        assertEquals("anything, really", AttributeText.parse(NodeAttribute.NOTES, "anything, really").value());
    }
}
