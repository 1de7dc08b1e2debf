package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Findings;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.model.Domain;
import java.util.List;

/** A sending domain with no MX: replies and bounces fail, and receivers that verify senders reject it [002]. */
public final class DomainNoReplyPathRule extends BaseRule {
    public DomainNoReplyPathRule() {
        super("domain.no-reply-path", Severity.WARNING);
    }

    @Override
    public void check(AnalysisContext ctx, Findings out) {
        for (Domain d : ctx.domains()) {
            if (ctx.sends(d) && !d.hasMailboxes() && d.mx() == null) {
                out.add(List.of(), d.name(), d.name() + " sends mail but receives it nowhere: it has no mailboxes"
                        + " and no MX, so replies and bounces to its sender addresses fail, and receivers that check"
                        + " that a sender domain can receive mail reject its messages. Use a sender address that can"
                        + " receive mail: give " + d.name() + " a mailbox (a shared mailbox for replies, say) or"
                        + " point its MX at a server that takes its mail. A null MX would say it accepts no mail"
                        + " at all, so none is proposed.");
            }
        }
    }
}
