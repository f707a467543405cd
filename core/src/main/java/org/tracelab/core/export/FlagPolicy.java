package org.tracelab.core.export;

import java.util.Optional;
import java.util.Set;
import org.tracelab.core.flags.FlagNames;

/**
 * Which flagged texts may be exported. {@code includeFlagged} admits flagged negatives (rejected, KTO
 * {@code false}) and texts of flagged tasks ({@code infeasible:*}); it never admits a gamed, refused or
 * truncated positive. Bookkeeping flags ({@code shared:first_attempt}) are not about the text and never exclude it.
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
        boolean flagged = flags.stream().anyMatch(flag -> !FlagNames.isBookkeeping(flag));
        return !flagged || includeFlagged ? Optional.empty() : Optional.of(Exclusion.FLAGGED);
    }
}
