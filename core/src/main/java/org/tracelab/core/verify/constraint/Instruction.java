package org.tracelab.core.verify.constraint;

/**
 * A verifiable instruction: one constraint type's check with its arguments bound, as a
 * {@link ConstraintType} builds it. Implementations are immutable and thread-safe.
 *
 * <p>{@link #check} is the strict check of one text; the verifier never gives it a blank text (an empty
 * response fails every instruction before any check runs) and derives the loose verdict itself, by running
 * the same check on IFEval's eight loose variants of the response.
 */
public interface Instruction {

    /** The constraint type's id, e.g. {@code punctuation:no_comma}. */
    String id();

    /** Whether {@code text} follows the instruction, the spans that broke it, and a one-line explanation. */
    CheckResult check(AnalyzedText text);

    /**
     * One plain sentence saying what the instruction asks, built from its arguments by a fixed template (no
     * model paraphrase): used in {@code prompt_retry} prompts and in repair prompts.
     */
    String restatement();

    /**
     * The natural-language text the task composer appends to a prompt to ask for this instruction; by default
     * the restatement.
     */
    default String description() {
        return restatement();
    }
}
