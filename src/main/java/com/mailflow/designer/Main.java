package com.mailflow.designer;

import com.mailflow.designer.cli.MailflowCli;
import com.mailflow.designer.ui.app.DesignerLauncher;

/**
 * The launcher. Not an {@code Application}, so the command line never loads JavaFX: a
 * subcommand (or an option) goes to the CLI; nothing, or one scenario file, opens the designer.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (opensDesigner(args)) {
            DesignerLauncher.launch(args);
            return;
        }
        System.exit(MailflowCli.run(args));
    }

    static boolean opensDesigner(String[] args) {
        if (args.length == 0) {
            return true;
        }
        return args.length == 1 && !args[0].startsWith("-") && !MailflowCli.isSubcommand(args[0]);
    }
}
