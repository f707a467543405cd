package org.tracelab.core.flags;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.tracelab.core.trace.Flags;

/**
 * What a flag says about a text. This is the one place that decides it; exports, counts and the UI ask here.
 *
 * <ul>
 * <li>{@link #PROVENANCE}: where the text came from, nothing wrong with it — {@code shared:*} (a first attempt made
 * once and stored in every mode's chain), {@code rule_fix:*} (a deterministic rewrite, ADR 0007), {@code imported}
 * and {@code imported:*}.</li>
 * <li>{@link #QUALITY}: what is wrong with the text or its task — {@code gamed:*}, {@code refusal},
 * {@code truncated}, {@code infeasible:*}, and any flag this version does not know (an unknown flag may well
 * describe a problem, so it is not waved through).</li>
 * </ul>
 * Only quality flags affect whether a text may be exported and the "flagged" counts.
 */
public enum FlagKind {
    PROVENANCE("provenance"),
    QUALITY("quality");

    private static final Set<String> PROVENANCE_NAMES = Set.of("shared", "rule_fix", "imported");

    private final String id;

    FlagKind(String id) {
        this.id = id;
    }

    /** {@code provenance} or {@code quality}, as the manifest and the UI name it. */
    public String id() {
        return id;
    }

    /** The kind of a well-formed flag ({@code name[:detail]}); the name before the colon decides. */
    public static FlagKind of(String flag) {
        String name = Flags.requireWellFormed(flag);
        int colon = name.indexOf(':');
        return PROVENANCE_NAMES.contains(colon < 0 ? name : name.substring(0, colon)) ? PROVENANCE : QUALITY;
    }

    public static boolean isQuality(String flag) {
        return of(flag) == QUALITY;
    }

    /** The quality flags among {@code flags}, sorted. */
    public static Set<String> qualityFlags(Collection<String> flags) {
        TreeSet<String> quality = new TreeSet<>();
        for (String flag : flags) {
            if (isQuality(flag)) {
                quality.add(flag);
            }
        }
        return quality;
    }

    /** Whether any of {@code flags} is a quality flag. */
    public static boolean anyQuality(Collection<String> flags) {
        return flags.stream().anyMatch(FlagKind::isQuality);
    }
}
