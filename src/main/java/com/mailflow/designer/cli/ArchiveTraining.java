package com.mailflow.designer.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The command line's part of the installer's archive training (installer/build.sh trains the
 * class archive on one start of the designer; Main runs this first, so the archive holds the
 * command line's classes too and {@code mailflow-designer analyze} starts as quickly).
 */
public final class ArchiveTraining {
    private ArchiveTraining() {
    }

    /**
     * What a consultant's first commands do: write a template, analyse it, export its script,
     * with standard output discarded. Returns whether every command succeeded (the archive is
     * still usable when one did not).
     */
    public static boolean run() {
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
