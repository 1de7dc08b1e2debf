package com.mailflow.designer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless face: picocli subcommands that call the same services as the designer. */
@Command(name = "mailflow-designer", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Mail topology analysis for Exchange Online migrations.",
        subcommands = {AnalyzeCommand.class, ValidateCommand.class, ExportCommand.class, TemplatesCommand.class,
                NewCommand.class})
public final class MailflowCli {
    private MailflowCli() {
    }

    public static int run(String... args) {
        CommandLine cli = commandLine();
        return cli.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(MailflowCli.class);
        cli.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println("error: " + e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return ExitCodes.INVALID;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean debug = parseResult.expandedArgs().contains("--debug");
            commandLine.getErr().println("error: " + e.getMessage());
            if (debug) {
                e.printStackTrace(commandLine.getErr());
            }
            return ExitCodes.INVALID;
        });
        return cli;
    }

    public static boolean isSubcommand(String word) {
        return commandLine().getSubcommands().containsKey(word);
    }
}
