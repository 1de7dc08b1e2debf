package com.mailflow.designer.cli;

import com.mailflow.designer.export.ExportOptions;
import com.mailflow.designer.export.pdf.PdfSimulationHandout;
import com.mailflow.designer.persistence.AtomicFiles;
import java.io.IOException;
import com.mailflow.designer.analysis.Analyzer;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.export.SimulationHandout;
import com.mailflow.designer.export.SimulationJson;
import com.mailflow.designer.export.SimulationText;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.simulation.Simulation;
import com.mailflow.designer.simulation.Simulator;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Send one message through the design hop by hop and say what each system decides.")
final class SimulateCommand implements Callable<Integer> {
    enum Format { text, json, html, md, pdf }

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the scenario file")
    private Path file;

    @Option(names = "--from", required = true, paramLabel = "NODE", description = "the sending node's id ('internet' for an outside sender)")
    private String from;

    @Option(names = "--to", required = true, paramLabel = "DOMAIN|outside", description = "a domain of the scenario, or outside")
    private String to;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text (default), json, or a step-by-step handout for trainees: html or pdf (a diagram per hop), md (the narrative only); pdf needs --out")
    private Format format;

    @Option(names = "--out", paramLabel = "OUT", description = "write here instead of standard output")
    private Path out;

    @Option(names = "--as", paramLabel = "DOMAIN", description = "the sender domain (default: the domain the node sends as)")
    private String as;

    @Option(names = "--stage", paramLabel = "STAGE", description = "the stage to simulate (default: the last)")
    private String stage;

    @Override
    public Integer call() {
        Optional<Scenario> loaded = ScenarioInput.loadStage(file, out, stage, spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return ExitCodes.INVALID;
        }
        if (format == Format.pdf && out == null) {
            ErrorLine.print(spec.commandLine().getErr(), "--format pdf", "a PDF is not written to the terminal; give --out FILE");
            return ExitCodes.INVALID;
        }
        Scenario single = loaded.get();
        Report report = new Analyzer().analyze(single);
        Simulation simulation;
        try {
            simulation = Simulator.simulate(single, report, from, to, as);
        } catch (IllegalArgumentException e) {
            ErrorLine.print(spec.commandLine().getErr(), file, e.getMessage());
            return ExitCodes.INVALID;
        }
        if (!write(single, simulation)) {
            return ExitCodes.INVALID;
        }
        return simulation.delivered() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private boolean write(Scenario single, Simulation simulation) {
        if (format == Format.pdf) {
            try {
                AtomicFiles.write(out, PdfSimulationHandout.render(single, simulation, ExportOptions.defaults()));
                return true;
            } catch (IOException e) {
                ErrorLine.cantWrite(spec.commandLine().getErr(), out, e);
                return false;
            }
        }
        return ScenarioInput.emit(spec, out, switch (format) {
            case json -> SimulationJson.write(simulation);
            case html -> SimulationHandout.html(single, simulation);
            case md -> SimulationHandout.markdown(single, simulation);
            default -> SimulationText.write(simulation);
        });
    }
}
