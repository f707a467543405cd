package org.tracelab.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the real command line in-process, capturing what it prints. */
public final class CliRunner {

    /** What a command returned and printed. */
    public record Result(int exitCode, String out, String err) {}

    private CliRunner() {}

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = TracelabCommand.commandLine(store -> {
            throw new AssertionError("the desktop app must not open in a command-line test");
        });
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
