package com.mailflow.designer.cli;

import com.mailflow.designer.export.text.TerminalText;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Load and check a scenario file; print each problem with its JSON path.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the scenario file")
    private Path file;

    @Override
    public Integer call() {
        if (ScenarioInput.load(file, spec.commandLine().getErr()).isEmpty()) {
            return ExitCodes.INVALID;
        }
        spec.commandLine().getOut().println(TerminalText.escape(file.toString()) + ": valid");
        return ExitCodes.OK;
    }
}
