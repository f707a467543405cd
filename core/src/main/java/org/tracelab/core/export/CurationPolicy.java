package org.tracelab.core.export;

import java.util.Optional;
import org.tracelab.core.trace.CurationState;

/**
 * Which curated inputs may be exported: never one a person excluded; with {@code onlyCurated}, only those a
 * person included. Checked before the flag rules, so an excluded input is counted as excluded by the curator.
 */
final class CurationPolicy {

    private final boolean onlyCurated;

    CurationPolicy(boolean onlyCurated) {
        this.onlyCurated = onlyCurated;
    }

    Optional<Exclusion> check(CurationState curation) {
        if (curation == CurationState.EXCLUDED) {
            return Optional.of(Exclusion.EXCLUDED_BY_CURATOR);
        }
        return onlyCurated && curation != CurationState.INCLUDED
                ? Optional.of(Exclusion.NOT_INCLUDED)
                : Optional.empty();
    }
}
