package org.tracelab.app.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracelab.core.io.InputProblemException;
import org.tracelab.core.privacy.Urls;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions escaping a command into exit codes: bad input is the user's to fix (exit 2, one
 * {@code FILE:LINE: problem} line per problem), anything else is ours (exit 1, logged with its stack trace).
 */
final class CliErrorHandler implements IExecutionExceptionHandler {

    static final int EXIT_BAD_INPUT = 2;
    private static final Logger LOG = LoggerFactory.getLogger(CliErrorHandler.class);

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        if (ex instanceof InputProblemException problem) {
            problem.problems().forEach(p -> commandLine.getErr().println(p));
            commandLine.getErr().flush();
            return EXIT_BAD_INPUT;
        }
        if (ex instanceof RefusedException refused) {
            commandLine.getErr().println(refused.getMessage());
            commandLine.getErr().flush();
            return EXIT_BAD_INPUT;
        }
        LOG.error("{} failed", commandLine.getCommandName(), ex);
        // A message may quote an endpoint URL: shown, its credentials are masked.
        commandLine.getErr().println("error: " + Urls.maskIn(ex.getMessage()) + " (details in the log)");
        return 1;
    }
}
