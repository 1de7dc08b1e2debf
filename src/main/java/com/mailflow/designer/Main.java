package com.mailflow.designer;

import com.mailflow.designer.cli.MailflowCli;
import com.mailflow.designer.ui.app.DesignerLauncher;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The launcher. Not an {@code Application}, so the command line never loads JavaFX: a
 * subcommand (or an option) goes to the CLI; nothing, or one scenario file, opens the designer.
 */
public final class Main {
    /**
     * Set by the installer while it trains the class archive on one start of the designer
     * (installer/build.sh): that start runs the command line once first, so the archive holds the
     * command line's classes too and {@code mailflow-designer analyze} starts as quickly.
     */
    static final String TRAINING = "MAILFLOW_ARCHIVE_TRAINING";

    private Main() {
    }

    public static void main(String[] args) {
        if (opensDesigner(args)) {
            if (System.getenv(TRAINING) != null && !trainCommandLine()) {
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

    /**
     * What a consultant's first commands do: write a template, analyse it, export its script.
     * Returns whether every command succeeded (the archive is still usable when one did not).
     */
    static boolean trainCommandLine() {
        PrintStream out = System.out;
        try {
            Path dir = Files.createTempDirectory("mailflow-training");
            Path file = dir.resolve("training.mailflow.json");
            Path script = dir.resolve("training.ps1");
            System.setOut(new PrintStream(OutputStream.nullOutputStream()));
            int failed = MailflowCli.run("--version")
                    + MailflowCli.run("new", "hybrid-third-party-filter", "--out", file.toString())
                    + MailflowCli.run("analyze", file.toString(), "--format", "text")
                    + MailflowCli.run("export", file.toString(), "--format", "ps1", "--out", script.toString());
            Files.deleteIfExists(script);
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
            return failed == 0;
        } catch (IOException e) {
            System.err.println("archive training: the command line was not trained: " + e.getMessage());
            return false;
        } finally {
            System.setOut(out);
        }
    }
}
