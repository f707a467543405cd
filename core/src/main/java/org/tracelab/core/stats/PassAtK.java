package org.tracelab.core.stats;

/**
 * Per-task statistics over n samples of one prompt (the forks of a task and seed): the unbiased pass@k estimator,
 * the majority verdict and "at least k passed".
 */
public final class PassAtK {

    private PassAtK() {}

    /**
     * The unbiased estimator of pass@k from n samples of which c passed (Chen et al. 2021, "Evaluating Large
     * Language Models Trained on Code"): 1 − C(n − c, k) / C(n, k), the probability that k samples drawn without
     * replacement from the n include a pass. Computed as 1 − Π_{i = n−c+1..n} (1 − k / i), which never forms a
     * binomial coefficient.
     *
     * @param n samples, ≥ k
     * @param c passing samples, 0 ≤ c ≤ n
     * @param k 1 ≤ k ≤ n
     */
    public static double unbiased(int n, int c, int k) {
        if (k < 1 || k > n || c < 0 || c > n) {
            throw new IllegalArgumentException(
                    "need 1 <= k <= n and 0 <= c <= n, got n=" + n + ", c=" + c + ", k=" + k);
        }
        if (n - c < k) {
            return 1.0;
        }
        double allFail = 1.0;
        for (int i = n - c + 1; i <= n; i++) {
            allFail *= 1.0 - (double) k / i;
        }
        return 1.0 - allFail;
    }

    /** Whether more than half of the n samples passed (a tie is not a pass). */
    public static boolean majority(int n, int c) {
        return 2L * c > n;
    }

    /** Whether at least k of the samples passed. */
    public static boolean atLeast(int c, int k) {
        return c >= k;
    }
}
