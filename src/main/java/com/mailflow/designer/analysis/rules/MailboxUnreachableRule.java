package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Findings;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.model.Domain;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.routing.MxChoice;
import java.util.List;
import java.util.Optional;

/** Internet mail for a domain can't reach one of its mailbox nodes. */
public final class MailboxUnreachableRule extends BaseRule {
    public MailboxUnreachableRule() {
        super("mailbox.unreachable", Severity.ERROR);
    }

    @Override
    public void check(AnalysisContext ctx, Findings out) {
        if (ctx.index().internet().isEmpty()) {
            return; // scenario.no-internet says why
        }
        for (Domain d : ctx.domains()) {
            Optional<MxChoice> mx = ctx.routing().mxOf(d.name());
            if (mx.isEmpty()) {
                continue;
            }
            for (String id : mx.get().unreachable()) {
                out.add(List.of(id), d.name(), message(ctx, d, mx.get(), ctx.node(id)));
            }
        }
    }

    private static String message(AnalysisContext ctx, Domain d, MxChoice mx, Node mailbox) {
        if (mx.entry() == null) {
            return "No node receives Internet mail for " + d.name() + " (no link from the Internet carries it), so"
                    + " the mailboxes on " + name(mailbox) + " get no mail from outside. Draw a link from the"
                    + " Internet to the node the MX record should point to.";
        }
        Node entry = ctx.node(mx.entry());
        if (mx.forced() && !ctx.receivesFromInternet(entry)) {
            return "The MX of " + d.name() + " is set to " + name(entry) + ", but no link from the Internet carrying "
                    + d.name() + " reaches it, so the mailboxes on " + name(mailbox) + " get no mail from outside."
                    + " Draw that link, or let the analyzer choose the MX.";
        }
        return "Internet mail for " + d.name() + " arrives at " + name(entry) + " but can't reach the mailboxes on "
                + name(mailbox) + ": no chain of links carrying " + d.name() + " leads there. Add the missing link"
                + " (a connector scoped to other domains does not carry this one).";
    }
}
