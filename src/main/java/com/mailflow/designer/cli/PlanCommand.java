package com.mailflow.designer.cli;

import com.mailflow.designer.export.PlanJson;
import com.mailflow.designer.export.PlanMarkdown;
import com.mailflow.designer.export.PlanText;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.plan.Plan;
import com.mailflow.designer.plan.Planner;
import com.mailflow.designer.plan.Transition;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "The cut-over plan: the ordered, reversible steps from each stage to the next (and the set-up"
                + " of the first).")
final class PlanCommand implements Callable<Integer> {
    enum Format { text, json, md }

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the scenario file")
    private Path file;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (a numbered runbook, default), json or md")
    private Format format;

    @Option(names = "--from", paramLabel = "STAGE", description = "with --to: only the transition from this stage")
    private String from;

    @Option(names = "--to", paramLabel = "STAGE",
            description = "only the transition into this stage (the first stage: its set-up)")
    private String to;

    @Option(names = "--out", paramLabel = "OUT", description = "write here instead of standard output")
    private Path out;

    @Option(names = "--debug", description = "show stack traces of internal errors")
    private boolean debug;

    @Override
    public Integer call() {
        Optional<Scenario> scenario = ScenarioInput.loadForOutput(file, out, spec.commandLine().getErr());
        if (scenario.isEmpty()) {
            return ExitCodes.INVALID;
        }
        Plan plan = new Planner().plan(scenario.get());
        Optional<List<Transition>> chosen = chosen(scenario.get(), plan);
        if (chosen.isEmpty()) {
            return ExitCodes.INVALID;
        }
        String text = switch (format) {
            case json -> PlanJson.write(plan, chosen.get());
            case md -> PlanMarkdown.write(scenario.get(), plan, chosen.get());
            case text -> PlanText.write(scenario.get(), plan, chosen.get());
        };
        return ScenarioInput.emit(spec, out, text) ? ExitCodes.OK : ExitCodes.INVALID;
    }

    /** Every transition, or the one --from/--to name (the stages must follow each other). */
    private Optional<List<Transition>> chosen(Scenario scenario, Plan plan) {
        if (from == null && to == null) {
            return Optional.of(plan.transitions());
        }
        var err = spec.commandLine().getErr();
        Optional<String> target = to == null ? Optional.empty() : ScenarioInput.stage(scenario, to, "--to", err);
        Optional<String> source = from == null ? Optional.empty() : ScenarioInput.stage(scenario, from, "--from", err);
        if (to != null && target.isEmpty() || from != null && source.isEmpty()) {
            return Optional.empty();
        }
        List<String> ids = scenario.stageIds();
        String into = target.orElseGet(() -> {
            int next = ids.indexOf(source.get()) + 1;
            return next < ids.size() ? ids.get(next) : null;
        });
        if (into == null) {
            ErrorLine.print(err, "--from " + from, "is the last stage: no transition leaves it");
            return Optional.empty();
        }
        Transition t = plan.into(into).orElseThrow();
        if (from != null && !from.equals(t.from())) {
            ErrorLine.print(err, "--from " + from, "the transition into '" + into + "' starts from "
                    + (t.from() == null ? "nothing (it sets the first stage up)" : "'" + t.from() + "'")
                    + ": plans go from one stage to the next");
            return Optional.empty();
        }
        return Optional.of(List.of(t));
    }
}
