package org.tracelab.core.stats;

import java.util.Collection;

/**
 * How a rate varies over seeds: mean ± sample standard deviation (divisor n − 1) of the per-seed rates.
 *
 * @param n how many seeds
 * @param mean the mean rate, {@code NaN} with no seeds
 * @param std the sample standard deviation, {@code NaN} with fewer than two seeds (undefined, not zero)
 */
public record SeedSpread(int n, double mean, double std) {

    public static SeedSpread of(double... rates) {
        for (double rate : rates) {
            if (!Double.isFinite(rate)) {
                throw new IllegalArgumentException("per-seed rates must be finite: " + rate);
            }
        }
        int n = rates.length;
        if (n == 0) {
            return new SeedSpread(0, Double.NaN, Double.NaN);
        }
        double sum = 0;
        for (double rate : rates) {
            sum += rate;
        }
        double mean = sum / n;
        if (n == 1) {
            return new SeedSpread(1, mean, Double.NaN);
        }
        double squares = 0; // two-pass: no cancellation between Σx² and (Σx)²
        for (double rate : rates) {
            double deviation = rate - mean;
            squares += deviation * deviation;
        }
        return new SeedSpread(n, mean, Math.sqrt(squares / (n - 1)));
    }

    public static SeedSpread of(Collection<Double> rates) {
        return of(rates.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Whether a standard deviation exists, i.e. there were at least two seeds. */
    public boolean hasSpread() {
        return n >= 2;
    }
}
