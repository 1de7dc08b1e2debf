package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Findings;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.analysis.Connector;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Profile;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Hybrid connector pairs are the Hybrid Configuration Wizard's to create [Connectors; HCW]. */
public final class HybridUseHcwRule extends BaseRule {
    public HybridUseHcwRule() {
        super("hybrid.use-hcw", Severity.INFO, Profile.EXCHANGE_ONLINE);
    }

    @Override
    public void check(AnalysisContext ctx, Findings out) {
        Set<String> ends = new LinkedHashSet<>();
        for (Connector c : ctx.connectors()) {
            if (c.hybrid()) {
                ends.add(c.nodes().get(0));
            }
        }
        Node cloud = ctx.cloud().orElse(null);
        for (String id : ends) {
            Node node = ctx.node(id);
            out.add(List.of(id), null, "The connectors between " + name(cloud) + " and " + name(node) + " carry"
                    + " hybrid mail between mailboxes of the same domains on both sides. Let Microsoft's Hybrid"
                    + " Configuration Wizard (HCW) create them: it sets CloudServicesMailEnabled, without which the"
                    + " headers that keep this mail internal are stripped, and configures the on-premises Send and"
                    + " Receive connectors to match. The script creates them only while the tenant has no HCW"
                    + " connector, so it never duplicates the wizard's.");
        }
    }
}
