package org.tracelab.core.verify.constraint;

/**
 * What a run allows an answer, against which a constraint can be found impossible before anything is asked.
 *
 * @param maxTokens the completion token limit of every call, 1 or more
 */
public record FeasibilityContext(int maxTokens) {

    /** An optimistic ratio of IFEval words ({@code \w+}) per token for English prose with today's vocabularies. */
    public static final double WORDS_PER_TOKEN = 0.75;
    /** A sentence needs at least a word and its full stop. */
    public static final int MIN_TOKENS_PER_SENTENCE = 2;

    public FeasibilityContext {
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be positive");
        }
    }

    /** The most IFEval words an answer can hold within {@code maxTokens}, by the optimistic ratio. */
    public int maxWords() {
        return (int) Math.floor(maxTokens * WORDS_PER_TOKEN);
    }
}
