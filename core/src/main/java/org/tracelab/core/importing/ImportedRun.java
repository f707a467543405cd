package org.tracelab.core.importing;

import java.util.List;
import org.tracelab.core.trace.RunInfo;

/** Everything one imported file holds: a run and its chains, ready to be stored in one transaction. */
public record ImportedRun(RunInfo info, List<ImportedChain> chains) {

    public ImportedRun {
        chains = List.copyOf(chains);
    }
}
