package org.tracelab.core.trace;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.tracelab.core.verify.InstructionVerdict;

/**
 * One model call (or rule rewrite) within a chain, with the verifier's verdicts and the flags on it.
 *
 * @param index            0-based position in the chain
 * @param parentIndex      the attempt this one reacts to (null for the first)
 * @param request          the exact messages sent
 * @param output           the text received; empty when the call failed
 * @param finishReason     as the server reported it ({@code stop}, {@code length}…), null when unknown
 * @param promptTokens     as reported by the server, null when unknown: never estimated
 * @param completionTokens as reported by the server, null when unknown: never estimated
 * @param latencyMs        wall time of the call, null when unknown (imports)
 * @param error            set when the call failed
 * @param createdAt        kept to the millisecond
 * @param verdicts         one per instruction of the task, in instruction order; empty when not verified
 * @param flags            well-formed flags, see {@link Flags}
 * @param endpoint         the server that answered the call, as a key-free base URL (or {@code gguf:FILE} for an
 *                         in-process model); null when unknown (imports, rule fixes, stores before version 5)
 */
public record Attempt(
        int index,
        Integer parentIndex,
        Strategy strategy,
        List<Message> request,
        String output,
        String finishReason,
        Integer promptTokens,
        Integer completionTokens,
        Long latencyMs,
        AttemptError error,
        Instant createdAt,
        List<InstructionVerdict> verdicts,
        List<String> flags,
        String endpoint) {

    public Attempt {
        if (index < 0) {
            throw new IllegalArgumentException("negative attempt index");
        }
        if (parentIndex != null && (parentIndex < 0 || parentIndex >= index)) {
            throw new IllegalArgumentException(
                    "attempt " + index + ": parent " + parentIndex + " is not an earlier attempt");
        }
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(output, "output");
        request = List.copyOf(request);
        createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.MILLIS);
        verdicts = List.copyOf(verdicts);
        flags = flags.stream().map(Flags::requireWellFormed).distinct().sorted().toList();
    }

    /** An attempt whose serving endpoint is not known. */
    public Attempt(
            int index,
            Integer parentIndex,
            Strategy strategy,
            List<Message> request,
            String output,
            String finishReason,
            Integer promptTokens,
            Integer completionTokens,
            Long latencyMs,
            AttemptError error,
            Instant createdAt,
            List<InstructionVerdict> verdicts,
            List<String> flags) {
        this(
                index,
                parentIndex,
                strategy,
                request,
                output,
                finishReason,
                promptTokens,
                completionTokens,
                latencyMs,
                error,
                createdAt,
                verdicts,
                flags,
                null);
    }

    /** Every hard instruction followed strictly (soft ones do not decide); false when unverified. */
    public boolean followsAllStrict(int instructionCount) {
        return verdicts.size() == instructionCount && verdicts.stream().allMatch(v -> v.strict() || !v.hard());
    }

    /** Every hard instruction followed loosely; false when unverified. */
    public boolean followsAllLoose(int instructionCount) {
        return verdicts.size() == instructionCount && verdicts.stream().allMatch(v -> v.loose() || !v.hard());
    }
}
