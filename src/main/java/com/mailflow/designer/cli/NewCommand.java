package com.mailflow.designer.cli;

import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.ScenarioFormatException;
import com.mailflow.designer.persistence.ScenarioWriter;
import com.mailflow.designer.persistence.TemplateCatalog;
import com.mailflow.designer.export.text.TerminalText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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

    @Option(names = "--force", description = "replace OUT if it exists")
    private boolean force;

    @Override
    public Integer call() throws ScenarioFormatException {
        Optional<Scenario> scenario = TemplateCatalog.load(template);
        if (scenario.isEmpty()) {
            ErrorLine.print(spec.commandLine().getErr(), template, "no such template; 'templates' lists them");
            return ExitCodes.INVALID;
        }
        if (!force && Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            ErrorLine.print(spec.commandLine().getErr(), out, "exists already; add --force to replace it");
            return ExitCodes.INVALID;
        }
        try {
            ScenarioWriter.save(scenario.get(), out);
        } catch (IOException e) {
            ErrorLine.cantWrite(spec.commandLine().getErr(), out, e);
            return ExitCodes.INVALID;
        }
        spec.commandLine().getOut().println("wrote " + TerminalText.escape(out.toString()));
        return ExitCodes.OK;
    }
}
