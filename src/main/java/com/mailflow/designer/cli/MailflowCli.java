package com.mailflow.designer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless face: picocli subcommands that call the same services as the designer. */
@Command(name = "mailflow-designer", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Mail topology analysis for Exchange Online migrations.",
        subcommands = {AnalyzeCommand.class, ValidateCommand.class, ExportCommand.class, TemplatesCommand.class,
                NewCommand.class, PlanCommand.class, SimulateCommand.class,
                CheckCommand.class})
public final class MailflowCli {
    private MailflowCli() {
    }

    /** Said before anything else can fail: after an OutOfMemoryError even building a string may not work. */
    static final String OUT_OF_MEMORY = "error: out of memory: the scenario needs more memory than Java was given;"
            + " give it more, e.g. java -Xmx4g -jar mailflow-designer.jar ... (or JAVA_TOOL_OPTIONS=-Xmx4g)";

    public static int run(String... args) {
        CommandLine cli = commandLine();
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            return outOfMemory(cli);
        }
    }

    /** One line and exit 2, like any other error; the heap the command filled is garbage by now. */
    static int outOfMemory(CommandLine cli) {
        cli.getErr().println(OUT_OF_MEMORY);
        cli.getErr().flush();
        return ExitCodes.INVALID;
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(MailflowCli.class);
        cli.setParameterExceptionHandler((e, args) -> {
            ErrorLine.plain(e.getCommandLine().getErr(), e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return ExitCodes.INVALID;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean debug = parseResult.expandedArgs().contains("--debug");
            // A bug, not bad input: its message would be Java's words, so say what to do instead.
            ErrorLine.plain(commandLine.getErr(), "an internal error stopped the command; run it again with --debug"
                    + " to see where, and please report it");
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
