package org.tracelab.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tracelab.app.TracelabApp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level command: with no subcommand it opens the desktop app. */
@Command(
        name = "tracelab",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Compliance benchmarks for local models; every attempt kept as training data.",
        subcommands = {VerifyCommand.class, BenchCommand.class, ComposeCommand.class, ImportCommand.class, ReportCommand.class, ReverifyCommand.class,
            ExportCommand.class, SamplesCommand.class,
            CommandLine.HelpCommand.class})
public final class TracelabCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE", description = "Trace store to open (created if missing).")
    Path db;

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new TracelabCommand());
        commandLine.setExecutionExceptionHandler(new CliErrorHandler());
        return commandLine;
    }

    @Override
    public Integer call() {
        TracelabApp.launchDesktop(db);
        return 0;
    }
}
