package com.mailflow.designer.cli;

import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.ScenarioFormatException;
import com.mailflow.designer.persistence.TemplateCatalog;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "templates", mixinStandardHelpOptions = true, description = "List the built-in scenario templates.")
final class TemplatesCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws ScenarioFormatException {
        PrintWriter out = spec.commandLine().getOut();
        int width = TemplateCatalog.ids().stream().mapToInt(String::length).max().orElse(0);
        for (String id : TemplateCatalog.ids()) {
            Scenario template = TemplateCatalog.load(id).orElseThrow();
            out.printf("%-" + width + "s  %s%n", id, template.name());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
