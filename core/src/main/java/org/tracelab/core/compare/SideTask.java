package org.tracelab.core.compare;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One task on one side: its finished chains counted. The side passes the task when the majority of these chains'
 * final attempts pass (a tie does not), so a side of one chain per task is simply that chain's verdict.
 *
 * @param key the task's dataset key, what the two sides are matched on
 * @param firstChainId the side's chain of this task with the lowest id: the one a diff opens
 * @param chains finished chains, ≥ 1
 * @param strictPasses chains whose final attempt follows every instruction (strict)
 * @param loosePasses the same under the loose check
 * @param instructions instructions over the chains' final attempts
 * @param followedStrict of those, followed (strict)
 * @param followedLoose of those, followed (loose)
 * @param flags every flag on any of the chains' final attempts
 * @param instructionTallies per instruction of the task, in index order
 */
public record SideTask(
        String key,
        long firstChainId,
        int chains,
        int strictPasses,
        int loosePasses,
        int instructions,
        int followedStrict,
        int followedLoose,
        Set<String> flags,
        List<InstructionTally> instructionTallies) {

    public SideTask {
        Objects.requireNonNull(key, "key");
        flags = Set.copyOf(flags);
        instructionTallies = List.copyOf(instructionTallies);
        if (chains < 1 || strictPasses < 0 || strictPasses > chains || loosePasses < 0 || loosePasses > chains) {
            throw new IllegalArgumentException("task " + key + ": impossible counts " + strictPasses + "/" + loosePasses
                    + " of " + chains + " chains");
        }
    }

    /** The prompt-level strict verdict: the majority of the chains pass. */
    public boolean strict() {
        return 2L * strictPasses > chains;
    }

    /** The prompt-level loose verdict: the majority of the chains pass loosely. */
    public boolean loose() {
        return 2L * loosePasses > chains;
    }
}
