package com.mailflow.designer.cli;

import com.mailflow.designer.export.ExportFormat;
import com.mailflow.designer.export.ExportOptions;
import com.mailflow.designer.export.StagedExport;
import com.mailflow.designer.plan.Phase;
import com.mailflow.designer.export.Exports;
import com.mailflow.designer.export.text.TerminalText;
import com.mailflow.designer.model.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a handout or ready-to-run configuration: pdf, html, md, csv (zip of one CSV per table), "
                + "png, svg, ps1 (Exchange Online PowerShell), zone (BIND zone file lines).")
final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the scenario file")
    private Path file;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "pdf, html, md, csv, png, svg, ps1 or zone")
    private String format;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "the file to write")
    private Path out;

    @Option(names = "--scale", paramLabel = "SCALE", defaultValue = "2.0",
            description = "png only: pixels per diagram unit, above 0 and at most 10 (default: ${DEFAULT-VALUE})")
    private double scale;

    @Option(names = "--stage", paramLabel = "STAGE", description = "the stage to export (default: the last); the"
            + " script and the zone hold the transition into it")
    private String stage;

    @Option(names = "--phase", paramLabel = "PHASE", description = "ps1 only: the one phase of the plan the script"
            + " holds (prepare, verify, cutover, wait, lockdown, cleanup, tighten; any case)")
    private String phase;

    @Option(names = "--debug", description = "show stack traces of internal errors")
    private boolean debug;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        // The command line draws PNGs with Java2D and must never look for a display.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        Optional<ExportFormat> chosen = ExportFormat.fromCliName(format);
        if (chosen.isEmpty()) {
            ErrorLine.print(err, format, "unknown format; use one of " + Arrays.stream(ExportFormat.values())
                    .map(ExportFormat::cliName).collect(Collectors.joining(", ")));
            return ExitCodes.INVALID;
        }
        if (!(scale > 0 && scale <= 10)) {
            ErrorLine.print(err, scale, "the scale must be above 0 and at most 10");
            return ExitCodes.INVALID;
        }
        if (Files.isDirectory(out)) {
            ErrorLine.print(err, out, "is a folder; give the file to write");
            return ExitCodes.INVALID;
        }
        Optional<Scenario> scenario = ScenarioInput.loadForOutput(file, out, err);
        if (scenario.isEmpty()) {
            return ExitCodes.INVALID;
        }
        Optional<Phase> onePhase = phase == null ? Optional.empty() : Phase.named(phase);
        if (phase != null && (onePhase.isEmpty() || chosen.get() != ExportFormat.POWERSHELL)) {
            ErrorLine.print(err, "--phase " + phase, onePhase.isEmpty() ? "unknown phase; use one of "
                    + Arrays.stream(Phase.values()).map(Phase::id).collect(Collectors.joining(", "))
                    : "only the ps1 script is exported by phase");
            return ExitCodes.INVALID;
        }
        Optional<String> exported = ScenarioInput.stage(scenario.get(), stage, "--stage", err);
        if (exported.isEmpty()) {
            return ExitCodes.INVALID;
        }
        StagedExport staged = StagedExport.of(scenario.get(), exported.get(), onePhase.orElse(null));
        try {
            Exports.write(chosen.get(), scenario.get().inStage(exported.get()), staged.report(), out,
                    ExportOptions.defaults().withPngScale(scale).withStaged(staged));
        } catch (IOException e) {
            ErrorLine.cantWrite(err, out, e);
            if (debug) {
                e.printStackTrace(err);
            }
            return ExitCodes.INVALID;
        }
        spec.commandLine().getOut().println("wrote " + TerminalText.escape(out.toString()));
        return ExitCodes.OK;
    }
}
