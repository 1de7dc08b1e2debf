package com.mailflow.designer.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.edit.Scenarios;
import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.DomainPurpose;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Domains tab's logic without a window. */
class DomainsViewModelTest {
    private final DocumentViewModel doc = new DocumentViewModel(Scenarios.hybrid());
    private final DomainsViewModel domains = new DomainsViewModel(doc);

    private List<Domain> list() {
        return doc.scenario().domains();
    }

    @Test
    void suggestsTheTenantsOwnNameThenTheFirstFreeExample() {
        assertEquals("fabrikam.com", domains.suggestedName(), "no tenant, contoso.com taken");
        doc.execute(com.mailflow.designer.edit.ScenarioEdits.tenant("Woodgrove"));
        assertEquals("woodgrove.com", domains.suggestedName());
        assertTrue(domains.add(domains.suggestedName()));
        assertEquals("fabrikam.com", domains.suggestedName(), "the tenant's name is taken now");
    }

    @Test
    void everyExampleTakenLeavesNoSuggestion() {
        DocumentViewModel empty = new DocumentViewModel(Scenario.empty("x"));
        DomainsViewModel model = new DomainsViewModel(empty);
        for (String name : DomainsViewModel.EXAMPLE_NAMES) {
            assertEquals(name, model.suggestedName());
            assertTrue(model.add(name));
        }
        assertEquals("", model.suggestedName());
    }

    @Test
    void addPutsTheMailboxesOnTheFirstHostAndRefusesDuplicatesAndNonsense() {
        assertTrue(domains.add(" fabrikam.com "));
        assertEquals(new Domain("fabrikam.com", null, List.of("exo"), null, java.util.Map.of()).name(),
                list().get(1).name());
        assertEquals(List.of("exo"), list().get(1).mailboxes());
        assertEquals("Add domain fabrikam.com", doc.undoTextProperty().get().replace("Undo ", ""));

        assertFalse(domains.add("FABRIKAM.com"));
        assertTrue(doc.refusalProperty().get().contains("already has the domain"), doc.refusalProperty().get());
        assertFalse(domains.add("not a domain"));
        assertTrue(doc.refusalProperty().get().startsWith("Can't add the domain"), doc.refusalProperty().get());
        assertEquals(2, list().size());
    }

    @Test
    void mailboxHostsAreTheCloudAndMailServersInDrawingOrder() {
        assertEquals(List.of("exo", "exch"), domains.mailboxHosts().stream().map(Node::id).toList());
        domains.setMailboxes(0, List.of("exch", "exo", "gw"));
        assertEquals(List.of("exo", "exch"), list().get(0).mailboxes(), "a gateway holds no mailboxes");
        domains.setMailboxes(0, List.of("exch"));
        assertEquals(List.of("exch"), list().get(0).mailboxes());
        assertFalse(domains.mxTargets().stream().anyMatch(n -> n.id().equals("internet")));
    }

    @Test
    void editsAreUndoableAndBadNamesRefused() {
        domains.setPurpose(0, DomainPurpose.APPS);
        assertEquals(DomainPurpose.APPS, list().get(0).effectivePurpose());
        domains.setMx(0, null);
        assertNull(list().get(0).mx());
        domains.rename(0, "contoso.net");
        assertEquals("contoso.net", list().get(0).name());
        domains.rename(0, "bad name");
        assertEquals("contoso.net", list().get(0).name());
        assertTrue(doc.refusalProperty().get().startsWith("Not renamed"));
        doc.undo();
        assertEquals("contoso.com", list().get(0).name());
        domains.remove(0);
        assertTrue(list().isEmpty());
        domains.remove(5);
    }
}
