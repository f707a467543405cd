package org.tracelab.core.verify.constraint;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The known names closest to a misspelt one, for "did you mean" messages. */
public final class NearestNames {

    private NearestNames() {}

    /**
     * Up to {@code limit} of {@code known} nearest to {@code name} by edit distance, ignoring case; a name
     * with a group prefix ({@code group:name}) is also compared by its part after the last colon, so
     * {@code no_comma} finds {@code punctuation:no_comma}. Ties keep the order of {@code known}.
     */
    public static List<String> of(String name, Collection<String> known, int limit) {
        String query = name.toLowerCase(Locale.ROOT);
        return known.stream()
                .sorted(Comparator.comparingInt((String candidate) -> distance(query, candidate)))
                .limit(limit)
                .toList();
    }

    /** "a, b or c" of the nearest names, or "(none known)" when there are none. */
    public static String phrase(String name, Collection<String> known, int limit) {
        List<String> nearest = of(name, known, limit);
        if (nearest.isEmpty()) {
            return "(none known)";
        }
        if (nearest.size() == 1) {
            return nearest.get(0);
        }
        return String.join(", ", nearest.subList(0, nearest.size() - 1)) + " or " + nearest.get(nearest.size() - 1);
    }

    private static int distance(String query, String candidate) {
        String lower = candidate.toLowerCase(Locale.ROOT);
        int whole = levenshtein(query, lower);
        int colon = lower.lastIndexOf(':');
        int queryColon = query.lastIndexOf(':');
        String suffix = colon < 0 ? lower : lower.substring(colon + 1);
        String querySuffix = queryColon < 0 ? query : query.substring(queryColon + 1);
        return Math.min(whole, levenshtein(querySuffix, suffix));
    }

    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
