package org.tracelab.core.run;

import java.util.Map;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.ChainKey;

/**
 * What a resumed run has already done, as the store knows it.
 *
 * @param finishedChains      every finished chain of the run, with whether its final attempt follows every
 *                            instruction strictly (for the progress pass rates); unfinished chains are absent
 * @param sharedFirstAttempts per rollout group, the stored first attempt of one of its finished chains (they
 *                            are the same attempt), so the runner reuses it instead of asking the model again;
 *                            may be empty, then the first call is repeated with the same seed
 */
public record ResumeState(Map<ChainKey, Boolean> finishedChains, Map<RolloutGroup, Attempt> sharedFirstAttempts) {

    public ResumeState {
        finishedChains = Map.copyOf(finishedChains);
        sharedFirstAttempts = Map.copyOf(sharedFirstAttempts);
    }

    public static ResumeState empty() {
        return new ResumeState(Map.of(), Map.of());
    }

    public boolean isFinished(ChainKey key) {
        return finishedChains.containsKey(key);
    }
}
