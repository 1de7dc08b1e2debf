package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Findings;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.model.Node;
import java.util.List;

/** Receivers check that a sender's address maps back to its name [000 tips]. */
public final class ReverseDnsMissingRule extends BaseRule {
    public ReverseDnsMissingRule() {
        super("reverse-dns.missing", Severity.WARNING);
    }

    @Override
    public void check(AnalysisContext ctx, Findings out) {
        for (Node node : ctx.nodes()) {
            if (node.kind().isOrgOwned() && ctx.isInternetEgress(node) && !node.reverseDns().orElse(false)) {
                out.add(List.of(node.id()), null, name(node) + " sends mail to the Internet, but no reverse DNS"
                        + " (PTR) record is confirmed for its address. Many receivers reject or down-rank mail from"
                        + " addresses without one. Ask the address owner (usually the ISP) for a PTR record that"
                        + " names " + node.hostname().orElse("its host name") + ", then tick Reverse DNS.");
            }
        }
    }
}
