package org.tracelab.core.run;

/**
 * Where a chain's final answer stands among the ranked answers of its (task, seed), as the Explorer shows it.
 *
 * @param seed  the (task, seed)'s seed, null when unknown
 * @param rank  1 for the best verifier outcome; tied answers share a rank
 * @param ranks how many ranks the (task, seed) has
 */
public record ChainRank(Long seed, int rank, int ranks) {

    public ChainRank {
        if (rank < 1 || rank > ranks) {
            throw new IllegalArgumentException("rank " + rank + " of " + ranks);
        }
    }

    /** E.g. {@code 2 / 4}. */
    public String describe() {
        return rank + " / " + ranks;
    }
}
