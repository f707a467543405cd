package org.tracelab.core.run;

import java.util.List;
import java.util.Map;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.ChainKey;

/**
 * What a resumed run has already done, as the store knows it.
 *
 * @param finishedChains      every finished chain of the run, with whether its final attempt follows every
 *                            instruction strictly (for the progress pass rates); unfinished chains are absent
 * @param sharedFirstAttempts per rollout group, the stored first attempt of one of its chains (finished or not;
 *                            they are the same attempt), so the runner reuses it instead of asking the model
 *                            again; may be empty, then the first call is repeated with the same seed
 * @param unfinishedChains    every unfinished chain of the run with its recorded attempts in index order (the
 *                            attempts that were made and recorded; faulted calls are not attempts): the runner
 *                            continues such a chain from its last attempt instead of starting it again
 */
public record ResumeState(
        Map<ChainKey, Boolean> finishedChains,
        Map<RolloutGroup, Attempt> sharedFirstAttempts,
        Map<ChainKey, List<Attempt>> unfinishedChains) {

    public ResumeState {
        finishedChains = Map.copyOf(finishedChains);
        sharedFirstAttempts = Map.copyOf(sharedFirstAttempts);
        unfinishedChains = Map.copyOf(unfinishedChains);
        unfinishedChains.values().forEach(attempts -> {
            for (int i = 0; i < attempts.size(); i++) {
                if (attempts.get(i).index() != i) {
                    throw new IllegalArgumentException("an unfinished chain's attempts must be 0, 1, … in order");
                }
            }
        });
    }

    /** Without unfinished chains: every unfinished chain starts over. */
    public ResumeState(Map<ChainKey, Boolean> finishedChains, Map<RolloutGroup, Attempt> sharedFirstAttempts) {
        this(finishedChains, sharedFirstAttempts, Map.of());
    }

    public static ResumeState empty() {
        return new ResumeState(Map.of(), Map.of(), Map.of());
    }

    public boolean isFinished(ChainKey key) {
        return finishedChains.containsKey(key);
    }

    /** The recorded attempts of an unfinished chain; empty when it has none (or is not unfinished). */
    public List<Attempt> recordedAttempts(ChainKey key) {
        return unfinishedChains.getOrDefault(key, List.of());
    }
}
