package org.tracelab.core.run;

import java.util.List;
import java.util.Optional;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.model.ChatMessage;
import org.tracelab.core.trace.Strategy;

/**
 * How a chain continues after its first attempt, which every mode shares. A mode only decides; the runner
 * makes the calls, verifies and records.
 */
public sealed interface Mode permits Mode.Direct, Mode.PromptRetry, Mode.FullPcl {

    /** The name stored in {@code ChainKey#mode} and accepted by {@code --modes}. */
    String wireName();

    /** The next step, or empty when the chain is done. */
    Optional<NextStep> next(ChainProgress chain);

    /** {@code direct}, {@code prompt_retry} or {@code full_pcl} with their default budgets. */
    static Mode parse(String wireName) {
        return switch (wireName.strip()) {
            case Direct.NAME -> new Direct();
            case PromptRetry.NAME -> new PromptRetry(PromptRetry.DEFAULT_RETRIES);
            case FullPcl.NAME -> new FullPcl(FullPcl.DEFAULT_MAX_ATTEMPTS, new RepairPlanner(false));
            default ->
                throw new IllegalArgumentException(
                        "unknown mode '" + wireName + "' (expected direct, prompt_retry or full_pcl)");
        };
    }

    /** One attempt. */
    record Direct() implements Mode {

        public static final String NAME = "direct";

        @Override
        public String wireName() {
            return NAME;
        }

        @Override
        public Optional<NextStep> next(ChainProgress chain) {
            return Optional.empty();
        }
    }

    /**
     * While the latest attempt fails strictly, retry with the original prompt followed by a fixed plain
     * restatement of every instruction ({@link InstructionRestater}); no feedback about the failure.
     */
    record PromptRetry(int maxRetries) implements Mode {

        public static final String NAME = "prompt_retry";
        public static final int DEFAULT_RETRIES = 1;

        public PromptRetry {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("negative retry budget");
            }
        }

        @Override
        public String wireName() {
            return NAME;
        }

        @Override
        public Optional<NextStep> next(ChainProgress chain) {
            ChainAttempt latest = chain.latest();
            if (latest.failedCall() || latest.score().allStrict() || chain.size() > maxRetries) {
                return Optional.empty();
            }
            return Optional.of(new NextStep.ModelCall(
                    Strategy.RETRY,
                    latest.index(),
                    List.of(ChatMessage.user(InstructionRestater.rephrasedPrompt(chain.task())))));
        }
    }

    /**
     * Run, verify, repair, re-verify until every instruction passes, {@code maxAttempts} (the first included)
     * are spent, or two repairs in a row did not raise the best score. Each repair starts from the best attempt
     * so far: a repair that made things worse is kept in the trace but not built upon. A task whose file sets
     * {@code repair.max_rounds} gets that many repairs instead ({@link #attemptsFor}). Once every hard instruction
     * holds, the remaining budget goes to the soft ones.
     */
    record FullPcl(int maxAttempts, RepairPlanner planner) implements Mode {

        public static final String NAME = "full_pcl";
        public static final int DEFAULT_MAX_ATTEMPTS = 4;
        public static final int MAX_REPAIRS_WITHOUT_GAIN = 2;

        public FullPcl {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("full_pcl needs at least one attempt");
            }
            java.util.Objects.requireNonNull(planner, "planner");
        }

        @Override
        public String wireName() {
            return NAME;
        }

        /** The attempts this task may use: its own repair budget plus the first attempt, else the mode's. */
        public int attemptsFor(IfevalTask task) {
            return task.maxRepairRounds().isPresent() ? task.maxRepairRounds().getAsInt() + 1 : maxAttempts;
        }

        @Override
        public Optional<NextStep> next(ChainProgress chain) {
            ChainAttempt best = chain.best();
            if (chain.latest().failedCall()
                    || best.failedCall()
                    || best.strictFailures().isEmpty()
                    || chain.size() >= attemptsFor(chain.task())
                    || chain.attemptsWithoutGain() >= MAX_REPAIRS_WITHOUT_GAIN) {
                return Optional.empty();
            }
            boolean ruleFixTried = chain.attempts().stream()
                    .anyMatch(a -> a.strategy() == Strategy.RULE_FIX
                            && a.parentIndex() != null
                            && a.parentIndex() == best.index());
            return planner.plan(
                    chain.task(), best, ruleFixTried, RepairPlanner.exhausted(chain.task(), chain.attempts()));
        }
    }
}
