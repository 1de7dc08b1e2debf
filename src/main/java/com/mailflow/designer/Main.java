package com.mailflow.designer;

import com.mailflow.designer.cli.ArchiveTraining;
import com.mailflow.designer.cli.MailflowCli;
import com.mailflow.designer.ui.app.DesignerLauncher;

/**
 * The launcher. Not an {@code Application}, so the command line never loads JavaFX: a
 * subcommand (or an option) goes to the CLI; nothing, or one scenario file, opens the designer.
 */
public final class Main {
    /**
     * Set by the installer while it trains the class archive on one start of the designer
     * (installer/build.sh): that start runs the command line once first ({@link ArchiveTraining}).
     */
    static final String TRAINING = "MAILFLOW_ARCHIVE_TRAINING";

    private Main() {
    }

    public static void main(String[] args) {
        if (opensDesigner(args)) {
            if (System.getenv(TRAINING) != null && !ArchiveTraining.run()) {
                System.err.println("archive training: a command failed; the command line will start more slowly");
            }
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
