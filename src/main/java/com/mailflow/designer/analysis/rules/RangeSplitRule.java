package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Findings;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.analysis.InboundConnector;
import com.mailflow.designer.analysis.SafelistEntry;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Profile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A range from /16 to /23 goes on a connector or safelist as its /24 blocks: say how many. */
public final class RangeSplitRule extends BaseRule {
    public RangeSplitRule() {
        super("address.range-split", Severity.INFO, Profile.EXCHANGE_ONLINE);
    }

    @Override
    public void check(AnalysisContext ctx, Findings out) {
        // A range on both a connector and the safelist is reported once, with the node's first mention.
        Map<String, Integer> blocks = new LinkedHashMap<>();
        for (SafelistEntry e : ctx.safelist()) {
            if (e.add() && e.entries().size() > 1) {
                blocks.putIfAbsent(e.node() + " " + e.address(), e.entries().size());
            }
        }
        for (var c : ctx.connectors()) {
            if (c instanceof InboundConnector in && !in.senderIpAddresses().isEmpty()) {
                Node node = ctx.node(in.nodes().get(0));
                for (var a : ctx.addressesOf(node)) {
                    boolean split = a.isIpv4() && a.prefixLength() < 24 && !in.leftOutAddresses().contains(a.canonical());
                    int n = split ? 1 << (24 - a.prefixLength()) : 1;
                    if (n > 1) {
                        blocks.putIfAbsent(node.id() + " " + a.canonical(), n);
                    }
                }
            }
        }
        blocks.forEach((key, n) -> {
            String id = key.substring(0, key.indexOf(' '));
            String range = key.substring(key.indexOf(' ') + 1);
            out.add(List.of(id), null, name(ctx.node(id)) + " has the range " + range + ". Exchange Online takes"
                    + " /24 to /32 on connectors and the IP Allow List, so the range is entered as its " + n
                    + " /24 blocks; the script and handout list them all.");
        });
    }
}
