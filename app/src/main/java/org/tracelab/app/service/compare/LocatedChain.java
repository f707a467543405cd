package org.tracelab.app.service.compare;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.storage.StoredAttempt;
import org.tracelab.storage.query.ChainSummary;

/**
 * A chain with everything a diff across chains shows of it: where it comes from (run, mode, seed, fork), its task
 * as its run saw it, and its attempts in index order.
 *
 * @param runName the name of the chain's run
 */
public record LocatedChain(ChainSummary chain, String runName, TaskRecord task, List<StoredAttempt> attempts) {

    public LocatedChain {
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(runName, "runName");
        Objects.requireNonNull(task, "task");
        attempts = List.copyOf(attempts);
    }

    /** "run #3 · full_pcl · seed 42 · fork 0 · chain 117". */
    public String label() {
        return "run #" + chain.runId() + " · " + chain.mode() + " · "
                + (chain.seed() == null ? "no seed" : "seed " + chain.seed()) + " · fork " + chain.fork() + " · chain "
                + chain.chainId();
    }

    /** The attempt that decided the chain's verdict; empty while the chain is open or has no attempt. */
    public Optional<StoredAttempt> finalAttempt() {
        Integer index = chain.finalAttemptIndex();
        return index == null
                ? Optional.empty()
                : attempts.stream().filter(a -> a.attempt().index() == index).findFirst();
    }
}
