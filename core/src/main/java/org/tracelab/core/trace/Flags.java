package org.tracelab.core.trace;

import java.util.regex.Pattern;

/**
 * Flags mark what a rate cannot show (gaming, refusals, truncation, infeasible tasks). They never change a
 * verdict or a rate. A flag is a lower-case name with an optional {@code :detail}.
 */
public final class Flags {

    public static final String REFUSAL = "refusal";
    public static final String TRUNCATED = "truncated";
    public static final String GAMED_TITLE_PLACEHOLDER = "gamed:title_placeholder";
    public static final String GAMED_KEYWORDS_TRAILER = "gamed:keywords_trailer";
    public static final String GAMED_PROMPT_PREPENDED = "gamed:prompt_prepended";
    public static final String INFEASIBLE_LENGTH_VS_MAX_TOKENS = "infeasible:length_vs_max_tokens";
    /** The answer was longer than the run's answer cap: stored (and verified) cut to the cap. */
    public static final String TRUNCATED_ANSWER_CAP = "truncated:answer_cap";
    /** The server's context window cannot hold the prompt plus {@code max_tokens}: the answer may be cut short. */
    public static final String INFEASIBLE_CONTEXT = "infeasible:context";

    private static final Pattern WELL_FORMED = Pattern.compile("[a-z0-9_]+(:[a-z0-9_.\\-]+)?");

    private Flags() {}

    /** Returns the flag, or throws if it is not a lower-case {@code name[:detail]}. */
    public static String requireWellFormed(String flag) {
        if (flag == null || !WELL_FORMED.matcher(flag).matches()) {
            throw new IllegalArgumentException("malformed flag '" + flag + "'");
        }
        return flag;
    }
}
