package com.mailflow.designer.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.edit.LinkKey;
import com.mailflow.designer.edit.Scenarios;
import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.NodeAttribute;
import com.mailflow.designer.model.Profile;
import com.mailflow.designer.model.SpfAll;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Properties tab's edits without a window. */
class PropertiesViewModelTest {
    private final DocumentViewModel doc = new DocumentViewModel(Scenarios.hybrid());
    private final PropertiesViewModel model = new PropertiesViewModel(doc);
    private final LinkKey exoToGw = new LinkKey("exo", "gw");

    private Link link() {
        return doc.scenario().links().stream().filter(exoToGw::matches).findFirst().orElseThrow();
    }

    @Test
    void anAttributeIsSetAndClearedOneUndoStepEachWordedWithTheNodesName() {
        model.setAttribute("gw", NodeAttribute.HOSTNAME, "mail.contoso.com");
        assertEquals("mail.contoso.com", doc.scenario().node("gw").orElseThrow().hostname().orElseThrow());
        assertEquals("Set " + NodeAttribute.HOSTNAME.label() + " of 'Gateway'", doc.statusProperty().get());
        model.setAttribute("gw", NodeAttribute.HOSTNAME, null);
        assertTrue(doc.scenario().node("gw").orElseThrow().hostname().isEmpty());
        doc.undo();
        assertEquals("mail.contoso.com", doc.scenario().node("gw").orElseThrow().hostname().orElseThrow());
    }

    @Test
    void aLinksDomainsAndLabelChangeWithoutLosingEachOther() {
        model.setLinkLabel(exoToGw, "outbound");
        model.setLinkDomains(exoToGw, List.of("contoso.com"));
        assertEquals("outbound", link().label());
        assertEquals(List.of("contoso.com"), link().domains());
        assertTrue(model.scopeMeaning(link()).contains("only mail for recipients in these domains"));
        model.setLinkDomains(exoToGw, null);
        assertNull(link().domains());
        assertEquals("outbound", link().label());
        assertEquals("Edit link 'Exchange Online' \u2192 'Gateway'", doc.statusProperty().get());
        model.setLinkLabel(new LinkKey("exo", "nowhere"), "x");
        assertEquals(4, doc.scenario().links().size());
    }

    @Test
    void scenarioFieldsAreEdited() {
        model.renameScenario("Contoso 2026");
        model.describeScenario("Cutover");
        model.setTenant("contoso");
        model.setProfile(Profile.values()[Profile.values().length - 1]);
        model.setSpfAll(SpfAll.FAIL);
        assertEquals("Contoso 2026", doc.scenario().name());
        assertEquals("Cutover", doc.scenario().description());
        assertEquals("contoso", doc.scenario().tenant());
        assertEquals(SpfAll.FAIL, doc.scenario().effectiveSpfAll());
        assertEquals("Exchange Online", model.nodeName("exo"));
        assertEquals("gone", model.nodeName("gone"));
    }
}
