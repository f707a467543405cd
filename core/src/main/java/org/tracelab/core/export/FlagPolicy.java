package org.tracelab.core.export;

import java.util.Optional;
import java.util.Set;
import org.tracelab.core.flags.FlagKind;
import org.tracelab.core.flags.FlagNames;

/**
 * Which flagged texts may be exported. Only quality flags ({@link FlagKind#QUALITY}) count: a provenance flag such
 * as {@code shared:first_attempt} says where a text came from, not that anything is wrong with it.
 * {@code includeFlagged} admits quality-flagged negatives (rejected, KTO {@code false}) and texts of flagged tasks
 * ({@code infeasible:*}); it never admits a gamed, refused or truncated positive.
 */
final class FlagPolicy {

    private final boolean includeFlagged;

    FlagPolicy(boolean includeFlagged) {
        this.includeFlagged = includeFlagged;
    }

    Optional<Exclusion> positive(Set<String> flags) {
        if (flags.stream().anyMatch(FlagNames::disqualifiesChosen)) {
            return Optional.of(Exclusion.UNFIT_POSITIVE);
        }
        return negative(flags);
    }

    Optional<Exclusion> negative(Set<String> flags) {
        return includeFlagged || !FlagKind.anyQuality(flags) ? Optional.empty() : Optional.of(Exclusion.FLAGGED);
    }
}
