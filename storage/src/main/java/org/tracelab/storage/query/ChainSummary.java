package org.tracelab.storage.query;

import org.tracelab.core.trace.ChainStatus;
import org.tracelab.core.trace.CurationState;

/**
 * One row of the explorer's chain list.
 *
 * @param finalAttemptIndex null while the chain is open
 * @param finalStrict       null while the chain is open
 * @param finalLoose        null while the chain is open
 * @param sourcePass        the source tool's own verdict for imported chains, else null
 */
public record ChainSummary(
        long chainId,
        long runId,
        String datasetKey,
        String mode,
        Long seed,
        int fork,
        ChainStatus status,
        int attempts,
        Integer finalAttemptIndex,
        Boolean finalStrict,
        Boolean finalLoose,
        CurationState curation,
        Boolean sourcePass) {}
