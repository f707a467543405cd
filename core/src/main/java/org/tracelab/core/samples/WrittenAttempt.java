package org.tracelab.core.samples;

import java.util.Objects;
import org.tracelab.core.trace.Strategy;

/**
 * One attempt as a person wrote it in the source file: what it claims to be and the text a model might have
 * answered. The builder checks the claim against the mode; verdicts and flags are never written, only computed.
 *
 * @param parent the attempt it reacts to; null for the first
 */
public record WrittenAttempt(Strategy strategy, Integer parent, String output) {

    public WrittenAttempt {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(output, "output");
    }
}
