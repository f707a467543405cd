package org.tracelab.core.run;

import java.util.Optional;
import org.tracelab.core.trace.RunStatus;

/**
 * How a job ended.
 *
 * @param chainsFinished chains finished in this session
 * @param chainsSkipped  chains already finished before a resume
 * @param attempts       attempts made in this session
 * @param failure        why the job failed, when {@code status} is {@code failed}
 */
public record JobOutcome(long runId, RunStatus status, int chainsFinished, int chainsSkipped, int attempts,
        Optional<String> failure) {
}
