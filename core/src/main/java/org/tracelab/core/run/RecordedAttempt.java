package org.tracelab.core.run;

import java.util.Objects;
import org.tracelab.core.flags.FlagNames;
import org.tracelab.core.model.SamplingParams;
import org.tracelab.core.trace.Attempt;

/**
 * An attempt as the runner hands it to a {@link TraceSink}, with what {@link Attempt} has no field for.
 *
 * @param attempt        the attempt to store; its {@code output} is the raw model text, reasoning included
 * @param verifiedOutput the text that was verified (reasoning blocks removed by the {@code ReasoningFilter})
 * @param sampling       the sampling sent with the call, its derived seed included; null for a {@code rule_fix}
 *                       (no call)
 * @param shared         the first attempt of a rollout group, made once and recorded in every mode's chain;
 *                       also carried as the flag {@link #SHARED_FLAG} so the store keeps it
 */
public record RecordedAttempt(Attempt attempt, String verifiedOutput, SamplingParams sampling, boolean shared) {

    /** Marks, on the stored attempt, a first attempt shared by the chains of every mode. */
    public static final String SHARED_FLAG = FlagNames.SHARED_FIRST_ATTEMPT;

    public RecordedAttempt {
        Objects.requireNonNull(attempt, "attempt");
        Objects.requireNonNull(verifiedOutput, "verifiedOutput");
    }
}
