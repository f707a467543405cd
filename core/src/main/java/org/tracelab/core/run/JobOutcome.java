package org.tracelab.core.run;

import java.util.Optional;
import org.tracelab.core.trace.CallFault;
import org.tracelab.core.trace.RunStatus;

/**
 * How a job ended.
 *
 * @param chainsFinished   chains finished in this session
 * @param chainsSkipped    chains already finished before a resume
 * @param attempts         attempts made in this session (calls lost to transport faults are not attempts)
 * @param failure          why the job failed, when {@code status} is {@code failed}
 * @param chainsUnfinished chains of the plan not finished when the job ended (in no rate; a resume does them)
 * @param faults           calls lost to transport faults in this session
 * @param lastFault        the last of them, naming the endpoint and what happened
 */
public record JobOutcome(
        long runId,
        RunStatus status,
        int chainsFinished,
        int chainsSkipped,
        int attempts,
        Optional<String> failure,
        int chainsUnfinished,
        int faults,
        Optional<CallFault> lastFault) {

    public JobOutcome {
        failure = failure == null ? Optional.empty() : failure;
        lastFault = lastFault == null ? Optional.empty() : lastFault;
    }

    /** An outcome without faults or unfinished chains. */
    public JobOutcome(
            long runId,
            RunStatus status,
            int chainsFinished,
            int chainsSkipped,
            int attempts,
            Optional<String> failure) {
        this(runId, status, chainsFinished, chainsSkipped, attempts, failure, 0, 0, Optional.empty());
    }
}
