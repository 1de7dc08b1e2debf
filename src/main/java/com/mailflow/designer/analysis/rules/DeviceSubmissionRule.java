package com.mailflow.designer.analysis.rules;

import com.mailflow.designer.analysis.AnalysisContext;
import com.mailflow.designer.analysis.Findings;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.analysis.Submission;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.Profile;
import java.util.List;

/** How a printer or application should hand its mail to Exchange Online. */
public final class DeviceSubmissionRule extends BaseRule {
    public DeviceSubmissionRule() {
        super("device.submission", Severity.INFO, Profile.EXCHANGE_ONLINE);
    }

    @Override
    public void check(AnalysisContext ctx, Findings out) {
        for (Submission s : ctx.submissions()) {
            Node node = ctx.node(s.node());
            out.add(List.of(node.id()), null, s.method() == Submission.Method.SMTP_AUTH ? smtpAuth(node)
                    : smtpRelay(node));
        }
    }

    private static String smtpAuth(Node node) {
        return "Recommended for " + name(node) + ": smtp-auth. It supports OAuth 2.0 and TLS 1.2, so it can submit"
                + " to smtp.office365.com port 587 as a licensed mailbox; no connector is needed. SMTP AUTH is off by"
                + " default: allow it on that mailbox (the script's -SmtpAuthMailboxes), and note that Security"
                + " Defaults block it.";
    }

    private static String smtpRelay(Node node) {
        return "Recommended for " + name(node) + ": smtp-relay. It can't use SMTP AUTH with OAuth 2.0"
                + (node.tls12() ? "" : " over TLS 1.2") + " (Basic authentication is being retired), so it sends to the"
                + " tenant's MX endpoint through an inbound connector that identifies it by static public IP or"
                + " certificate.";
    }
}
