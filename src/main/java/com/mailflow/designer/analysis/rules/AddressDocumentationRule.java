package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Findings;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.net.IpAddress;
import java.util.List;

/** Documentation ranges count as public so training scenarios work, but never belong in a real configuration. */
public final class AddressDocumentationRule extends BaseRule {
    public AddressDocumentationRule() {
        super("address.documentation", Severity.INFO);
    }

    @Override
    public void check(AnalysisContext ctx, Findings out) {
        for (Node node : ctx.nodes()) {
            for (IpAddress a : ctx.addressesOf(node)) {
                if (a.isDocumentation()) {
                    out.add(List.of(node.id()), null, name(node) + " uses " + a + ", an address reserved for"
                            + " documentation. That is fine for training; replace it with the real public address"
                            + " before configuring connectors, safelists or SPF.");
                }
            }
        }
    }
}
