package com.mailflow.designer.export;

import com.mailflow.designer.analysis.Connector;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.analysis.SafelistEntry;
import com.mailflow.designer.analysis.SafelistList;
import com.mailflow.designer.model.Profile;

/**
 * For the profiles that have no PowerShell to run: FOPE's two IP lists, or the Google Workspace
 * settings, written as comments so the file still opens in the same place as the others.
 */
final class ManualSettingsScript {
    private final ScriptBuilder script;
    private final Report report;

    ManualSettingsScript(ScriptBuilder script, Report report) {
        this.script = script;
        this.report = report;
    }

    void write() {
        script.comment("");
        if (report.profile() == Profile.FOPE) {
            fope();
        } else {
            googleWorkspace();
        }
    }

    private void fope() {
        script.comment("This profile has no commands to run: enter these two lists in the FOPE Admin Center.");
        for (SafelistList list : SafelistList.values()) {
            script.heading(list.displayName() + " list");
            long count = report.safelist().stream().filter(e -> e.add() && e.list() == list)
                    .peek(e -> script.comment(e.address() + "  (" + e.serverType() + ": " + e.purpose() + ")"))
                    .count();
            if (count == 0) {
                script.comment("(none)");
            }
        }
        script.heading("Not added");
        long skipped = report.safelist().stream().filter(e -> !e.add()).peek(this::notAdded).count();
        if (skipped == 0) {
            script.comment("(none)");
        }
    }

    private void notAdded(SafelistEntry e) {
        script.comment(e.address() + ": " + (e.reason() == null ? "" : e.reason()));
    }

    private void googleWorkspace() {
        script.comment("This profile has no commands to run: make these settings by hand in the Google Admin")
                .comment("console (Apps > Google Workspace > Gmail > Spam, phishing and malware / Routing).");
        if (report.connectors().isEmpty()) {
            script.blank().comment("No setting is needed.");
        }
        for (Connector c : report.connectors()) {
            script.heading(c.type().id() + ": " + c.name());
            ConnectorSettings.describe(c).forEach(script::comment);
        }
    }
}
