package com.mailflow.designer.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeAttribute;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Scenario;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandsTest {
    private final Scenario hybrid = Scenarios.hybrid();

    @Test
    void deletingANodeTakesItsLinksLayoutAndDomainReferencesInOneStep() {
        CommandStack stack = new CommandStack(hybrid);
        stack.push(new DeleteSelection(Selection.ofNode("exo")));
        Scenario after = stack.current();
        assertTrue(after.node("exo").isEmpty());
        assertEquals(List.of(Link.of("gw", "exch")), after.links());
        assertFalse(after.layout().containsKey("exo"));
        assertEquals(List.of("exch"), after.domains().get(0).mailboxes());
        assertEquals(null, after.domains().get(0).mx());
        stack.undo();
        assertSame(hybrid, stack.current());
    }

    /** Scenarios share their layout until a move; a move never changes an earlier scenario's positions. */
    @Test
    void aRenameSharesTheLayoutAndAMoveLeavesTheEarlierOneAlone() {
        Scenario renamed = NodeEdits.rename("gw", "Edge gateway").apply(hybrid);
        assertSame(hybrid.layout(), renamed.layout());
        Position before = hybrid.layout().get("gw");
        Scenario moved = MoveNodes.drag(Map.of("gw", new Position(before.x() + 40, before.y()))).apply(renamed);
        assertEquals(new Position(before.x() + 40, before.y()), moved.layout().get("gw"));
        assertEquals(before, renamed.layout().get("gw"));
        assertEquals(before, hybrid.layout().get("gw"));
        assertEquals(java.util.List.copyOf(hybrid.layout().keySet()), java.util.List.copyOf(moved.layout().keySet()),
                "a move keeps the layout's order");
        assertSame(moved, MoveNodes.drag(Map.of("gw", moved.layout().get("gw"))).apply(moved), "no change, no new scenario");
    }

    @Test
    void deletingOnlyALinkKeepsItsNodes() {
        Scenario after = new DeleteSelection(Selection.ofLink(new LinkKey("gw", "exch"))).apply(hybrid);
        assertEquals(3, after.links().size());
        assertEquals(4, after.nodes().size());
    }

    @Test
    void aSecondInternetIsNotAdded() {
        Scenario after = new AddNode(Node.of("internet-2", NodeKind.INTERNET, "Internet"), new Position(0, 0))
                .apply(hybrid);
        assertSame(hybrid, after);
    }

    @Test
    void addNodePlacesIt() {
        Scenario after = new AddNode(Node.of("app", NodeKind.APP_SERVER, "App"), new Position(20, 40)).apply(hybrid);
        assertEquals(new Position(20, 40), after.position("app").orElseThrow());
    }

    @Test
    void refusedAndDuplicateLinksLeaveTheScenarioAlone() {
        assertSame(hybrid, new AddLink(Link.of("gw", "gw")).apply(hybrid));
        assertSame(hybrid, new AddLink(Link.of("gw", "exch")).apply(hybrid));
        assertEquals(5, new AddLink(Link.of("exch", "gw")).apply(hybrid).links().size());
    }

    @Test
    void moveChangesOnlyTheLayout() {
        Scenario after = MoveNodes.drag(Map.of("gw", new Position(400, 200))).apply(hybrid);
        assertSame(hybrid.nodes(), after.nodes());
        assertEquals(new Position(400, 200), after.position("gw").orElseThrow());
        assertSame(hybrid, MoveNodes.drag(Map.of("gw", new Position(400, 0))).apply(hybrid));
    }

    @Test
    void setAttributeAndClearIt() {
        Scenario set = NodeEdits.setAttribute("gw", NodeAttribute.HOSTNAME, "mail.contoso.com").apply(hybrid);
        assertEquals("mail.contoso.com", set.node("gw").orElseThrow().hostname().orElseThrow());
        Scenario cleared = NodeEdits.setAttribute("gw", NodeAttribute.HOSTNAME, null).apply(set);
        assertTrue(cleared.node("gw").orElseThrow().hostname().isEmpty());
    }

    @Test
    void updateLinkSetsDomainsAndLabel() {
        Scenario after = new UpdateLink(new LinkKey("exo", "gw"), List.of("contoso.com"), "hybrid").apply(hybrid);
        Link l = after.links().get(1);
        assertEquals(List.of("contoso.com"), l.domains());
        assertEquals("hybrid", l.label());
    }

    @Test
    void pasteUsesFreshIdsKeepsInnerLinksAndSkipsSingletons() {
        Fragment f = Fragment.copy(hybrid, Set.of("internet", "gw", "exch"));
        Paste paste = new Paste(f, 40, 40);
        Scenario after = paste.apply(hybrid);
        assertEquals(Set.of("gw-2", "exch-2"), paste.pastedIds());
        assertTrue(after.links().contains(Link.of("gw-2", "exch-2")));
        assertEquals(new Position(440, 40), after.position("gw-2").orElseThrow());
        assertEquals(1, after.nodes().stream().filter(n -> n.kind() == NodeKind.INTERNET).count());
    }

    @Test
    void domainEdits() {
        Scenario added = ScenarioEdits.addDomain(com.mailflow.designer.model.Domain.of("fabrikam.com", List.of()))
                .apply(hybrid);
        assertEquals(2, added.domains().size());
        assertSame(added, ScenarioEdits.addDomain(com.mailflow.designer.model.Domain.of("FABRIKAM.com", List.of()))
                .apply(added));
        Scenario removed = ScenarioEdits.removeDomain(0).apply(added);
        assertEquals("fabrikam.com", removed.domains().get(0).name());
    }
}
