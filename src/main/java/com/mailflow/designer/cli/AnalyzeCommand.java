package com.mailflow.designer.cli;

import com.mailflow.designer.analysis.Analyzer;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.analysis.Severity;
import com.mailflow.designer.export.ReportJson;
import com.mailflow.designer.export.TextReport;
import com.mailflow.designer.model.Scenario;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Derive flows, safelist, connectors, DNS records and findings from a scenario file.")
final class AnalyzeCommand implements Callable<Integer> {
    enum Format { json, text }

    enum FailOn { error, warning }

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the scenario file")
    private Path file;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "json or text (default)")
    private Format format;

    @Option(names = "--out", paramLabel = "OUT", description = "write here instead of standard output")
    private Path out;

    @Option(names = "--timing", description = "print analysis-ms: N (analysis only) to standard error")
    private boolean timing;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "exit 1 when a finding of this severity or worse exists: error or warning")
    private FailOn failOn;

    @Option(names = "--stage", paramLabel = "STAGE", description = "the stage to analyse (default: the last)")
    private String stage;

    @Option(names = "--debug", description = "show stack traces of internal errors")
    private boolean debug;

    @Override
    public Integer call() {
        Optional<Scenario> loaded = ScenarioInput.loadStage(file, out, stage, spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return ExitCodes.INVALID;
        }
        Scenario single = loaded.get();
        long start = System.nanoTime();
        Report report = new Analyzer().analyze(single);
        long nanos = System.nanoTime() - start;
        if (timing) {
            // Whole milliseconds, as cli.md writes it (N); rounded so that a fast analysis reads 0 or 1.
            spec.commandLine().getErr().printf("analysis-ms: %d%n", Math.round(nanos / 1e6));
            spec.commandLine().getErr().flush();
        }
        // The text summary escapes control characters itself (TextReport); JSON escapes them as JSON does.
        String text = format == Format.json ? ReportJson.write(report) : TextReport.write(report);
        if (!ScenarioInput.emit(spec, out, text)) {
            return ExitCodes.INVALID;
        }
        if (failOn != null && report.hasFindingAtLeast(failOn == FailOn.error ? Severity.ERROR : Severity.WARNING)) {
            return ExitCodes.FINDINGS;
        }
        return ExitCodes.OK;
    }
}
