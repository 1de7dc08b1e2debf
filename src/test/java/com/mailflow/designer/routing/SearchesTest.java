package com.mailflow.designer.routing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.model.ScenarioIndex;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Domains whose links carry them alike share searches; others get their own. */
class SearchesTest {
    private static final MailGraph GRAPH = new MailGraph(ScenarioIndex.of(new Scenario("graph", null, null, null,
            null, List.of(), List.of(Node.of("a", NodeKind.GATEWAY, "a"), Node.of("b", NodeKind.GATEWAY, "b"),
                    Node.of("c", NodeKind.GATEWAY, "c")),
            List.of(Link.of("a", "b"), Link.of("b", "c"), Link.of("a", "c")), Map.of(), Map.of())));

    @Test
    void equalLinkSetsShareTheirSearchesAndPaths() {
        Searches.ByLinks byLinks = new Searches.ByLinks(GRAPH);
        Searches all = byLinks.over(new boolean[] {true, true, true});
        assertSame(all, byLinks.over(new boolean[] {true, true, true}));
        assertSame(all.from(0), all.from(0));
        assertSame(all.towards(2), all.towards(2));
        assertSame(all.towards(2).ids(0), all.towards(2).ids(0));
        assertArrayEquals(new int[] {0, 2}, all.towards(2).path(0));
    }

    @Test
    void anotherLinkSetSearchesOverItsOwnLinks() {
        Searches.ByLinks byLinks = new Searches.ByLinks(GRAPH);
        Searches all = byLinks.over(new boolean[] {true, true, true});
        Searches withoutShortcut = byLinks.over(new boolean[] {true, true, false});
        assertNotSame(all, withoutShortcut);
        assertArrayEquals(new int[] {0, 1, 2}, withoutShortcut.towards(2).path(0));
        assertArrayEquals(new int[] {0, 1, 2}, withoutShortcut.from(0).path(2));
    }
}
