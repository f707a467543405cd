package org.tracelab.app.cli;

import java.nio.file.Path;
import org.tracelab.core.verify.Verifier;
import org.tracelab.core.verify.Verifiers;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The {@code --nltk-data} option and the verifier it selects. */
final class VerifierOptions {

    @Option(
            names = "--nltk-data",
            paramLabel = "DIR",
            description = "NLTK data folder with tokenizers/punkt_tab/english (default: $NLTK_DATA, then ~/nltk_data).")
    Path nltkData;

    Verifier verifier(CommandSpec spec) {
        try {
            return Verifiers.create(nltkData);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--nltk-data: " + e.getMessage());
        }
    }
}
