package com.mailflow.designer.ui.viewmodel;

import com.mailflow.designer.edit.Selection;
import com.mailflow.designer.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Edit > Find (Ctrl+F): the nodes of the selected stage whose name, address or host name contains the text typed,
 * whole matches first. Each search of the same text selects the next match.
 */
public final class NodeSearch {
    private final DocumentViewModel document;
    private String lastQuery = "";
    private int lastIndex = -1;

    public NodeSearch(DocumentViewModel document) {
        this.document = document;
    }

    /** Every node matching {@code query}, whole matches of a name, address or host first. */
    public List<Node> matches(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        List<Node> whole = new ArrayList<>();
        List<Node> partial = new ArrayList<>();
        for (Node n : document.shown().nodes()) {
            List<String> texts = texts(n).map(t -> t.toLowerCase(Locale.ROOT)).toList();
            if (texts.contains(q)) {
                whole.add(n);
            } else if (texts.stream().anyMatch(t -> t.contains(q))) {
                partial.add(n);
            }
        }
        whole.addAll(partial);
        return whole;
    }

    /**
     * Selects the next node matching {@code query} and returns it; says so, near the pointer,
     * when nothing matches.
     */
    public Optional<Node> findNext(String query) {
        List<Node> found = matches(query);
        if (found.isEmpty()) {
            lastIndex = -1;
            document.refuse("No node is named, addressed or hosted as \u201c" + query.strip() + "\u201d.");
            return Optional.empty();
        }
        lastIndex = query.equals(lastQuery) ? (lastIndex + 1) % found.size() : 0;
        lastQuery = query;
        Node n = found.get(lastIndex);
        document.select(Selection.ofNode(n.id()));
        document.setStatus("Found " + n.name() + (found.size() > 1 ? " (" + (lastIndex + 1) + " of " + found.size()
                + "; Enter finds the next)" : ""));
        return Optional.of(n);
    }

    private static Stream<String> texts(Node n) {
        return Stream.concat(Stream.of(n.name()), Stream.concat(n.addresses().stream(),
                Stream.of(n.hostname(), n.outboundHost(), n.certificate()).flatMap(Optional::stream)));
    }
}
