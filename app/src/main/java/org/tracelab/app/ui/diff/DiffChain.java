package org.tracelab.app.ui.diff;

import java.util.List;
import java.util.Objects;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.storage.StoredAttempt;

/**
 * A chain whose attempts a diff can show: its attempts, its task as its run saw it, and how the diff names it when
 * attempts of several chains are offered (e.g. "A · #3 full_pcl · seed 42 · fork 0").
 *
 * @param label empty when the diff shows one chain only
 */
public record DiffChain(String label, TaskRecord task, List<StoredAttempt> attempts) {

    public DiffChain {
        Objects.requireNonNull(label, "label");
        attempts = List.copyOf(attempts);
    }

    /** The chain's id, from its attempts; -1 when it has none. */
    public long chainId() {
        return attempts.isEmpty() ? -1 : attempts.get(0).chainId();
    }
}
