package org.tracelab.core.flags;

import org.tracelab.core.trace.Flags;

/**
 * The flags this package sets, beside those {@link Flags} already names. Flags never change a verdict or a
 * rate: they inform the UI and export defaults.
 */
public final class FlagNames {

    public static final String REFUSAL = Flags.REFUSAL;
    public static final String TRUNCATED = Flags.TRUNCATED;
    public static final String GAMED_TITLE_PLACEHOLDER = Flags.GAMED_TITLE_PLACEHOLDER;
    public static final String GAMED_KEYWORDS_TRAILER = Flags.GAMED_KEYWORDS_TRAILER;
    /** The prompt echoed with no real answer after it (nothing, a title, a refusal, a few words). */
    public static final String GAMED_PROMPT_ECHO = "gamed:prompt_echo";
    /** The answer shrank to a small fraction of the attempt it repairs, without being asked to be shorter. */
    public static final String GAMED_SHRUNK = "gamed:shrunk";

    public static final String INFEASIBLE_LENGTH_VS_MAX_TOKENS = Flags.INFEASIBLE_LENGTH_VS_MAX_TOKENS;
    public static final String INFEASIBLE_FORBIDDEN_WORD_IN_REPEAT = "infeasible:forbidden_word_in_repeat";
    public static final String INFEASIBLE_COMMA_IN_REPEAT = "infeasible:comma_in_repeat";
    public static final String INFEASIBLE_FORBIDDEN_WORD_IN_END_PHRASE = "infeasible:forbidden_word_in_end_phrase";
    public static final String INFEASIBLE_CASE_CONTRADICTION = "infeasible:case_contradiction";
    public static final String INFEASIBLE_EMPTY_RANGE = "infeasible:empty_range";

    private FlagNames() {
    }

    /**
     * True for flags that only record how an attempt came about, such as {@code shared:first_attempt} (one call
     * stored in every mode's chain): they say nothing about the text, so exports ignore them.
     */
    public static boolean isBookkeeping(String flag) {
        return flag.startsWith("shared:");
    }

    /** True for flags that make an attempt unfit to be a preferred ("chosen") example. */
    public static boolean disqualifiesChosen(String flag) {
        return flag.startsWith("gamed:") || flag.equals(REFUSAL) || flag.equals(TRUNCATED);
    }
}
