package com.mailflow.designer.routing;

import java.util.List;
import java.util.Optional;

/**
 * Which node receives a domain's Internet mail (docs/rules.md, MX).
 *
 * @param entry the MX entry's node id, or null when no node can receive the domain's mail
 * @param forced the domain named its MX node instead of letting the analyzer choose
 * @param unreachable mailbox nodes that Internet mail for the domain can't reach, in node order
 */
public record MxChoice(String domain, String entry, boolean forced, List<String> unreachable) {
    public MxChoice {
        unreachable = List.copyOf(unreachable);
    }

    public Optional<String> entryNode() {
        return Optional.ofNullable(entry);
    }
}
