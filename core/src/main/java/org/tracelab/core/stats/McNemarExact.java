package org.tracelab.core.stats;

/**
 * McNemar's exact test: under the null hypothesis that modes A and B pass equally often, each discordant pair
 * is A-only or B-only with probability ½, so b ~ Binomial(b + c, ½). The two-sided p-value is
 * min(1, 2 · P[X ≤ min(b, c)]).
 *
 * <p>Up to 1,000 discordant pairs the binomial coefficients are summed directly (exact for small counts); beyond,
 * the tail is summed relative to its largest term and scaled by 2⁻ⁿ in log space, so it stays accurate for large
 * counts (it only underflows to 0 when the true p-value is below the smallest double, about 4.9e-324).
 */
public final class McNemarExact {

    private static final double LN_2 = Math.log(2);
    /** Up to this many discordant pairs, C(n, k) ≤ 2^n stays far below Double.MAX_VALUE. */
    private static final int DIRECT_LIMIT = 1000;

    private McNemarExact() {}

    /**
     * @param b pairs where A passed and B failed, ≥ 0
     * @param c pairs where A failed and B passed, ≥ 0
     */
    public static McNemarResult test(int b, int c) {
        if (b < 0 || c < 0) {
            throw new IllegalArgumentException("counts must be >= 0: b=" + b + ", c=" + c);
        }
        return new McNemarResult(b, c, pValue(b, c));
    }

    /**
     * Counts the discordant pairs of two aligned outcome arrays (index i is the same task and seed in both)
     * and tests them.
     */
    public static McNemarResult fromOutcomes(boolean[] passedA, boolean[] passedB) {
        if (passedA.length != passedB.length) {
            throw new IllegalArgumentException(
                    "paired outcomes differ in length: " + passedA.length + " vs " + passedB.length);
        }
        int b = 0;
        int c = 0;
        for (int i = 0; i < passedA.length; i++) {
            if (passedA[i] && !passedB[i]) {
                b++;
            } else if (!passedA[i] && passedB[i]) {
                c++;
            }
        }
        return test(b, c);
    }

    private static double pValue(int b, int c) {
        long n = (long) b + c;
        int k = Math.min(b, c);
        if (2L * k == n) {
            return 1.0; // b == c (including no discordant pair): the tail holds at least half the mass
        }
        if (n <= DIRECT_LIMIT) {
            // C(n, i) and 2^(1-n) fit in a double: sum the binomial coefficients directly (exact for small n).
            double term = 1.0;
            double sum = 1.0;
            for (int i = 1; i <= k; i++) {
                term = term * (n - i + 1) / i;
                sum += term;
            }
            return Math.min(1.0, Math.scalb(sum, 1 - (int) n));
        }
        // k < n/2, so the terms C(n, i) grow with i: sum the ratios to the last term, C(n, i-1)/C(n, i) = i/(n-i+1).
        double ratio = 1.0;
        double sum = 1.0;
        for (int i = k; i >= 1; i--) {
            ratio *= i / (double) (n - i + 1);
            sum += ratio;
            if (ratio < 1e-17 * sum) {
                break;
            }
        }
        double logTail = logBinomial(n, k) + Math.log(sum) - n * LN_2;
        return Math.min(1.0, Math.exp(LN_2 + logTail));
    }

    /** ln C(n, k) as Σ ln((n − k + i) / i), exact to rounding without factorials or a gamma function. */
    private static double logBinomial(long n, int k) {
        double log = 0;
        for (int i = 1; i <= k; i++) {
            log += Math.log((double) (n - k + i) / i);
        }
        return log;
    }
}
