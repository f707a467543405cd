package org.tracelab.core.stats;

/**
 * The outcome of McNemar's exact test on paired binary outcomes of modes A and B.
 *
 * @param b pairs where A passed and B failed
 * @param c pairs where A failed and B passed
 * @param pValue the exact two-sided p-value (1 when there is no discordant pair)
 */
public record McNemarResult(int b, int c, double pValue) {

    /** The number of discordant pairs, b + c; concordant pairs carry no information for this test. */
    public int discordant() {
        return b + c;
    }
}
