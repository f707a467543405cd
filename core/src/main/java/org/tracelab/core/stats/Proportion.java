package org.tracelab.core.stats;

/**
 * A count of successes out of trials (chains that passed, prompts followed...).
 *
 * @param successes how many passed, 0 ≤ successes ≤ trials
 * @param trials how many there were, ≥ 0
 */
public record Proportion(int successes, int trials) {

    public Proportion {
        if (trials < 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 <= successes <= trials, got " + successes + "/" + trials);
        }
    }

    /** successes / trials, or {@code NaN} when there were no trials. */
    public double rate() {
        return trials == 0 ? Double.NaN : (double) successes / trials;
    }

    /** The Wilson score interval of this proportion at the given confidence. */
    public WilsonInterval wilson(double confidence) {
        return WilsonInterval.of(successes, trials, confidence);
    }

    /** The Wilson score 95 % interval of this proportion. */
    public WilsonInterval wilson95() {
        return WilsonInterval.of(successes, trials);
    }
}
