package org.tracelab.core.run;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tracelab.core.verify.ifeval.EnglishCapital;
import org.tracelab.core.verify.ifeval.EnglishLowercase;
import org.tracelab.core.verify.ifeval.NoComma;

/**
 * Deterministic fixes for purely mechanical rules: drop commas, lower-case, upper-case. Used only when every
 * failing instruction is one of these (a rewrite cannot add content), and only when the user turned it on.
 */
public final class RuleFixer {

    /** The instruction ids a rule can fix. */
    public static final Set<String> FIXABLE = Set.of(NoComma.ID, EnglishLowercase.ID, EnglishCapital.ID);

    private RuleFixer() {}

    public static boolean canFixAll(Collection<String> failingIds) {
        return !failingIds.isEmpty()
                && FIXABLE.containsAll(failingIds)
                && !(failingIds.contains(EnglishLowercase.ID) && failingIds.contains(EnglishCapital.ID));
    }

    /** The rewritten text and the rules applied, or empty when some failing rule is not mechanical. */
    public static Optional<NextStep.RuleRewrite> fix(int parentIndex, String text, Collection<String> failingIds) {
        if (!canFixAll(failingIds)) {
            return Optional.empty();
        }
        String fixed = text;
        List<String> rules = new ArrayList<>();
        if (failingIds.contains(NoComma.ID)) {
            // "a, b" and "a,b" become "a b"; a comma between digits ("1,000") just disappears.
            fixed = fixed.replace(", ", " ")
                    .replaceAll("(?<=\\p{L}),(?=\\p{L})", " ")
                    .replace(",", "");
            rules.add("drop_commas");
        }
        if (failingIds.contains(EnglishLowercase.ID)) {
            fixed = fixed.toLowerCase(Locale.ROOT);
            rules.add("lower_case");
        }
        if (failingIds.contains(EnglishCapital.ID)) {
            fixed = fixed.toUpperCase(Locale.ROOT);
            rules.add("upper_case");
        }
        return Optional.of(new NextStep.RuleRewrite(parentIndex, fixed, rules));
    }
}
