package com.mailflow.designer.export;

/**
 * The phases a generated script runs one at a time (docs/rules.md, The PowerShell script); the steps between them
 * (verify, switch DNS, wait) are written as comments until the cut-over plan computes them.
 */
enum ScriptPhase {
    PREPARE("Prepare", "creates what this design needs: inbound connectors (not yet restricted), the IP Allow"
            + " List, DKIM keys (not yet signing), SMTP AUTH on mailboxes, outbound connectors (disabled). Where mail"
            + " goes does not change."),
    LOCK_DOWN("LockDown", "restricts connectors to their senders, once the MX has pointed at them for longer than"
            + " its TTL and the old path is drained.");

    private final String title;
    private final String description;

    ScriptPhase(String title, String description) {
        this.title = title;
        this.description = description;
    }

    /** The name -Phase takes (case-insensitive in the script). */
    String title() {
        return title;
    }

    String description() {
        return description;
    }
}
