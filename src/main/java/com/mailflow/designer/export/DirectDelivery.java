package com.mailflow.designer.export;

import com.mailflow.designer.analysis.Finding;
import com.mailflow.designer.analysis.Report;

/**
 * The lock-down step the script can't take by itself: closing direct delivery to the service's own
 * MX host when the MX points on premises (mx.direct-delivery-open). Which of Microsoft's ways fits
 * (a restricted connector or a mail flow rule) depends on who else delivers directly, so the
 * script says what to do and warns, in the finding's own words.
 */
final class DirectDelivery {
    static final String CODE = "mx.direct-delivery-open";

    private DirectDelivery() {
    }

    static void write(ScriptBuilder script, Report report) {
        for (Finding f : report.findings()) {
            if (!CODE.equals(f.code())) {
                continue;
            }
            script.paragraph(ExchangeOnlineScript.INDENT, "By hand (" + CODE + "): " + f.message());
            script.line(ExchangeOnlineScript.INDENT + "Write-Warning ('Direct delivery to Exchange Online is still"
                    + " open for {0}: close it by hand, as the comment above this line in the script says.' -f "
                    + PowerShellText.quote(f.domain() == null ? "" : f.domain()) + ")");
        }
    }
}
