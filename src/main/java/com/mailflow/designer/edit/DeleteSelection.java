package com.mailflow.designer.edit;

import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Scenario;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deletes the selected nodes and links as one undo step. A node takes its links, its layout
 * entry and the domains' references to it along, so the result still loads.
 */
public record DeleteSelection(Selection selection) implements Command {
    @Override
    public String description() {
        int n = selection.nodes().size() + selection.links().size();
        return n == 1 ? "Delete " + (selection.nodes().isEmpty() ? "link" : "node") : "Delete " + n + " items";
    }

    @Override
    public Scenario apply(Scenario before) {
        Set<String> gone = selection.nodes();
        List<Node> nodes = before.nodes().stream().filter(n -> !gone.contains(n.id())).toList();
        List<Link> links = before.links().stream()
                .filter(l -> !gone.contains(l.from()) && !gone.contains(l.to()))
                .filter(l -> !selection.links().contains(LinkKey.of(l)))
                .toList();
        if (nodes.size() == before.nodes().size() && links.size() == before.links().size()) {
            return before;
        }
        Map<String, Position> layout = new LinkedHashMap<>(before.layout());
        layout.keySet().removeAll(gone);
        List<Domain> domains = before.domains().stream().map(d -> withoutNodes(d, gone)).toList();
        return before.withNodes(nodes).withLinks(links).withLayout(layout).withDomains(domains);
    }

    static Domain withoutNodes(Domain d, Set<String> gone) {
        Domain out = d;
        if (d.mailboxes().stream().anyMatch(gone::contains)) {
            out = out.withMailboxes(d.mailboxes().stream().filter(id -> !gone.contains(id)).toList());
        }
        if (d.mx() != null && gone.contains(d.mx())) {
            out = out.withMx(null);
        }
        return out;
    }
}
