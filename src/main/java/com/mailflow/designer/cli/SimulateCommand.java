package com.mailflow.designer.cli;

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
    enum Format { text, json, html }

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the scenario file")
    private Path file;

    @Option(names = "--from", required = true, paramLabel = "NODE", description = "the sending node's id ('internet' for an outside sender)")
    private String from;

    @Option(names = "--to", required = true, paramLabel = "DOMAIN|outside", description = "a domain of the scenario, or outside")
    private String to;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text (default), json, or html (a step-by-step handout, one diagram per hop)")
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
        Scenario single = loaded.get();
        Report report = new Analyzer().analyze(single);
        Simulation simulation;
        try {
            simulation = Simulator.simulate(single, report, from, to, as);
        } catch (IllegalArgumentException e) {
            ErrorLine.print(spec.commandLine().getErr(), file, e.getMessage());
            return ExitCodes.INVALID;
        }
        String text = switch (format) {
            case json -> SimulationJson.write(simulation);
            case html -> SimulationHandout.html(single, simulation);
            case text -> SimulationText.write(simulation);
        };
        if (!ScenarioInput.emit(spec, out, text)) {
            return ExitCodes.INVALID;
        }
        return simulation.delivered() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
