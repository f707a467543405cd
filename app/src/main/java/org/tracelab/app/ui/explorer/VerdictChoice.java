package org.tracelab.app.ui.explorer;

import java.util.Locale;
import org.tracelab.storage.query.VerdictCounts;
import org.tracelab.storage.query.VerdictFilter;
import org.tracelab.storage.query.VerdictLevel;

/** The verdict filter's choices, with the selection's count where the store counts it. */
enum VerdictChoice {
    ANY(null),
    STRICT_PASS(new VerdictFilter(VerdictLevel.STRICT, true)),
    STRICT_FAIL(new VerdictFilter(VerdictLevel.STRICT, false)),
    LOOSE_PASS(new VerdictFilter(VerdictLevel.LOOSE, true)),
    LOOSE_FAIL(new VerdictFilter(VerdictLevel.LOOSE, false)),
    BOTH_PASS(new VerdictFilter(VerdictLevel.BOTH, true)),
    BOTH_FAIL(new VerdictFilter(VerdictLevel.BOTH, false));

    private final VerdictFilter filter;

    VerdictChoice(VerdictFilter filter) {
        this.filter = filter;
    }

    VerdictFilter filter() {
        return filter;
    }

    static VerdictChoice of(VerdictFilter filter) {
        for (VerdictChoice choice : values()) {
            if (java.util.Objects.equals(choice.filter, filter)) {
                return choice;
            }
        }
        return ANY;
    }

    /** "strict fail (1,204)"; counts may be null while they are read. */
    String label(VerdictCounts counts) {
        if (filter == null) {
            return "any verdict";
        }
        Long count = counts == null
                ? null
                : switch (this) {
                    case STRICT_PASS -> counts.strictPass();
                    case STRICT_FAIL -> counts.strictFail();
                    case LOOSE_PASS -> counts.loosePass();
                    case LOOSE_FAIL -> counts.looseFail();
                    default -> null;
                };
        return ExplorerFilter.verdictText(filter) + (count == null ? "" : String.format(Locale.ROOT, " (%,d)", count));
    }
}
