package org.tracelab.storage.query;

/**
 * Counts and rates over a set of chains, from the final attempts' raw verdicts (flags never change them).
 * Rates are null when no chain has finished.
 *
 * @param chains              all chains, finished or not
 * @param finishedChains      chains with a final attempt: the denominator of the prompt-level rates
 * @param attempts            attempt rows of all those chains
 * @param promptStrict        finished chains whose final attempt follows every instruction strictly / finished
 * @param instructionStrict   instructions followed strictly / instructions, over final attempts (micro-average)
 * @param sourceDisagreements imported chains whose source verdict differs from the final strict verdict
 */
public record Rates(
        long chains,
        long finishedChains,
        long attempts,
        Double promptStrict,
        Double promptLoose,
        Double instructionStrict,
        Double instructionLoose,
        long sourceDisagreements) {}
