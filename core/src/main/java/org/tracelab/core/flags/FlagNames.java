package org.tracelab.core.flags;

import org.tracelab.core.trace.Flags;

/**
 * The flags Tracelab sets, beside those {@link Flags} already names. Flags never change a verdict or a rate: they
 * inform the UI and export defaults. Whether a flag is about provenance or quality is {@link FlagKind}'s to say.
 */
public final class FlagNames {

    public static final String REFUSAL = Flags.REFUSAL;
    public static final String TRUNCATED = Flags.TRUNCATED;
    public static final String TRUNCATED_ANSWER_CAP = Flags.TRUNCATED_ANSWER_CAP;
    public static final String INFEASIBLE_CONTEXT = Flags.INFEASIBLE_CONTEXT;
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

    /** Provenance: the first attempt of a rollout group, made once and stored in every mode's chain. */
    public static final String SHARED_FIRST_ATTEMPT = "shared:first_attempt";
    /** Provenance: a deterministic rewrite ({@code rule_fix:NAME}), not the model's own text. */
    public static final String RULE_FIX_PREFIX = "rule_fix:";
    /** Provenance: a text taken from another tool's file. */
    public static final String IMPORTED = "imported";

    private FlagNames() {}

    /**
     * True for flags that make an attempt unfit to be a preferred ("chosen") example, whatever the export options:
     * the quality flags about the text itself (not about its task).
     */
    public static boolean disqualifiesChosen(String flag) {
        return flag.startsWith("gamed:")
                || flag.equals(REFUSAL)
                || flag.equals(TRUNCATED)
                || flag.equals(TRUNCATED_ANSWER_CAP);
    }
}
