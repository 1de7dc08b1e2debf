package com.mailflow.designer.cli;

import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.ScenarioFormatException;
import com.mailflow.designer.persistence.ScenarioWriter;
import com.mailflow.designer.persistence.TemplateCatalog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "new", mixinStandardHelpOptions = true, description = "Write a built-in template as a scenario file.")
final class NewCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "TEMPLATE", description = "a template id (see 'templates')")
    private String template;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "the scenario file to write")
    private Path out;

    @Override
    public Integer call() throws ScenarioFormatException {
        Optional<Scenario> scenario = TemplateCatalog.load(template);
        if (scenario.isEmpty()) {
            spec.commandLine().getErr().println("error: " + template + ": no such template; 'templates' lists them");
            return ExitCodes.INVALID;
        }
        try {
            ScenarioWriter.save(scenario.get(), out);
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: " + out + ": can't be written (" + e.getMessage() + ")");
            return ExitCodes.INVALID;
        }
        spec.commandLine().getOut().println("wrote " + out);
        return ExitCodes.OK;
    }
}
