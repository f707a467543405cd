package org.tracelab.core.stats;

/**
 * A two-sided test of "no difference" between two sides evaluated on the same tasks, with tasks as the units.
 *
 * @param method how the p-value was computed
 * @param tasks the paired tasks
 * @param favouringA tasks whose difference favours side A (A's pass share above B's)
 * @param favouringB tasks whose difference favours side B
 * @param pValue the two-sided p-value (1 when no task differs)
 */
public record TaskLevelTest(Method method, int tasks, int favouringA, int favouringB, double pValue) {

    /** Tasks where the sides differ: the only ones that carry information for these tests. */
    public int discordant() {
        return favouringA + favouringB;
    }

    /** How the p-value was computed; {@link #label()} names it in tables. */
    public enum Method {
        /**
         * Per-task outcomes are pass/fail on both sides: the exact sign test on the discordant tasks, i.e. McNemar's
         * exact test with tasks (not chains) as the pairs.
         */
        EXACT_MCNEMAR_ON_TASKS("exact McNemar on tasks"),
        /**
         * Per-task pass shares: the exact paired permutation (sign-flip) test of the mean per-task difference, its
         * null distribution enumerated over all 2^n sign patterns by convolution on the shares' common lattice.
         */
        EXACT_PERMUTATION_ON_TASKS("exact permutation on tasks"),
        /**
         * The same permutation test with its null distribution approximated by a normal one, used when the lattice
         * would be too large to enumerate (thousands of tasks with uneven chain counts).
         */
        NORMAL_PERMUTATION_ON_TASKS("permutation on tasks (normal approx.)");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
