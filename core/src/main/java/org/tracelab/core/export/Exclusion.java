package org.tracelab.core.export;

/** Why an input did not become a line. Counted in the manifest and the dataset card. */
public enum Exclusion {
    /** A person excluded the pair (DPO) or the chain (SFT, KTO). Always excluded, whatever the options. */
    EXCLUDED_BY_CURATOR("excluded_by_curator"),
    /** Only curated material was asked for, and nobody included this pair or chain. */
    NOT_INCLUDED("not_included"),
    /**
     * The chosen (DPO) or positive (SFT, KTO {@code true}) side is flagged {@code gamed:*}, {@code refusal} or
     * {@code truncated}. Always excluded, even with {@code includeFlagged}: training towards such a text teaches
     * the gaming, however well it scores.
     */
    UNFIT_POSITIVE("unfit_positive"),
    /**
     * Some quality flag (any side, or the task's) and {@code includeFlagged} is off. Provenance flags (e.g.
     * {@code shared:first_attempt}) never exclude.
     */
    FLAGGED("flagged"),
    /** SFT only: the attempt does not pass every instruction strictly, so it is no demonstration. */
    NOT_PASSING("not_passing"),
    /**
     * SFT's best of N only: a passing answer of a (task, seed) that already gave its line (the first rank-1 answer
     * in rollout order that passes every other rule), or not of rank 1.
     */
    NOT_BEST("not_best"),
    /** The same line (same prompt and completions) was already written. */
    DUPLICATE("duplicate");

    private final String id;

    Exclusion(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
