package org.tracelab.app.ui.diff;

import java.util.List;
import java.util.Objects;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.storage.StoredAttempt;

/**
 * A chain whose attempts a diff can show: its attempts, its task as its run saw it, and how the diff names it when
 * attempts of several chains are offered.
 *
 * @param label the headers' name, e.g. "A · run #3 · full_pcl · seed 42 · fork 0 · chain 117"; empty when the diff
 *     shows one chain only
 * @param tag the pickers' and the title's shorter name, e.g. "A · chain 117"
 */
public record DiffChain(String label, String tag, TaskRecord task, List<StoredAttempt> attempts) {

    public DiffChain {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(tag, "tag");
        attempts = List.copyOf(attempts);
    }

    /** A chain named the same in headers and pickers. */
    public DiffChain(String label, TaskRecord task, List<StoredAttempt> attempts) {
        this(label, label, task, attempts);
    }

    /** The chain's id, from its attempts; -1 when it has none. */
    public long chainId() {
        return attempts.isEmpty() ? -1 : attempts.get(0).chainId();
    }
}
