package org.tracelab.app.cli;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The top-level command: with no subcommand it opens the desktop app. The desktop is handed in by the entry point,
 * so nothing here refers to JavaFX and a subcommand never loads it.
 */
@Command(
        name = "tracelab",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Compliance benchmarks for local models; every attempt kept as training data.",
        subcommands = {
            VerifyCommand.class,
            BenchCommand.class,
            ComposeCommand.class,
            ImportCommand.class,
            ReportCommand.class,
            ReverifyCommand.class,
            ExportCommand.class,
            SamplesCommand.class,
            CommandLine.HelpCommand.class
        })
public final class TracelabCommand implements Callable<Integer> {

    private final Consumer<Path> openDesktop;

    @Option(names = "--db", paramLabel = "FILE", description = "Trace store to open (created if missing).")
    Path db;

    private TracelabCommand(Consumer<Path> openDesktop) {
        this.openDesktop = Objects.requireNonNull(openDesktop, "openDesktop");
    }

    /**
     * The command line.
     *
     * @param openDesktop starts the desktop app on a store (null: the default store) and returns when it closes
     */
    public static CommandLine commandLine(Consumer<Path> openDesktop) {
        CommandLine commandLine = new CommandLine(new TracelabCommand(openDesktop));
        commandLine.setExecutionExceptionHandler(new CliErrorHandler());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        return commandLine;
    }

    @Override
    public Integer call() {
        openDesktop.accept(db);
        return 0;
    }
}
