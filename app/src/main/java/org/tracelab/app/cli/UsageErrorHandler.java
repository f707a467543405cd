package org.tracelab.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * A bad option or argument is one line naming it and exit 2, as bad input in files is; the options are one
 * {@code --help} away instead of printed in full under the error (picocli's default).
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        String message = ex.getMessage() == null
                ? "invalid arguments"
                : ex.getMessage().strip().replace('\n', ' ');
        command.getErr()
                .println(message + " (" + command.getCommandSpec().qualifiedName() + " --help lists the options)");
        command.getErr().flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }
}
