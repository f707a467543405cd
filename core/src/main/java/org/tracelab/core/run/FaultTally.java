package org.tracelab.core.run;

import java.util.Optional;
import org.tracelab.core.trace.CallFault;

/**
 * Counts transport faults across a job's workers: how many, how many in a row without a successful call in
 * between, and the last one. A run of {@code limit} faults in a row means the server is gone, not flaky: the
 * job stops instead of spending every remaining task on it. Thread-safe.
 */
final class FaultTally {

    private final int limit;
    private int total;
    private int inARow;
    private CallFault last;

    FaultTally(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the fault limit must be at least 1, was " + limit);
        }
        this.limit = limit;
    }

    /** Records a fault; true when it makes {@code limit} in a row, so the job should stop. */
    synchronized boolean faulted(CallFault fault) {
        total++;
        inARow++;
        last = fault;
        return inARow >= limit;
    }

    /** A call came back with an answer: the server is there. */
    synchronized void answered() {
        inARow = 0;
    }

    synchronized int total() {
        return total;
    }

    synchronized Optional<CallFault> last() {
        return Optional.ofNullable(last);
    }
}
