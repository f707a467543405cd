package org.tracelab.core.run;

import java.util.List;
import java.util.Objects;
import org.tracelab.core.trace.Strategy;
import org.tracelab.core.verify.InstructionVerdict;

/**
 * An attempt of a chain as the modes see it when deciding what to do next.
 *
 * @param answer     the verified text (after the reasoning filter); empty when the call failed
 * @param verdicts   one per instruction; empty when the call failed
 * @param failedCall the model call failed (after the client's own retries)
 */
public record ChainAttempt(
        int index,
        Integer parentIndex,
        Strategy strategy,
        String answer,
        List<InstructionVerdict> verdicts,
        boolean failedCall) {

    public ChainAttempt {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(answer, "answer");
        verdicts = List.copyOf(verdicts);
    }

    public AttemptScore score() {
        return AttemptScore.of(verdicts);
    }

    /** The instructions this attempt broke under the strict check, in instruction order. */
    public List<InstructionVerdict> strictFailures() {
        return verdicts.stream().filter(v -> !v.strict()).toList();
    }
}
