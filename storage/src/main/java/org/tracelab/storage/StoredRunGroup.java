package org.tracelab.storage;

import java.util.List;

/**
 * Runs reported as one experiment (ADR 0008): same model, dataset sample and modes, different seeds.
 *
 * @param id the group's id
 * @param name what the user called it
 * @param runIds its runs, in the order they were given
 */
public record StoredRunGroup(long id, String name, List<Long> runIds) {

    public StoredRunGroup {
        runIds = List.copyOf(runIds);
    }
}
