package org.tracelab.app.ui.results;

/**
 * One mode of a run as the results table shows it. {@code finishedChains} is the rates' denominator (a run that
 * stopped early has other chains, in no rate). Rate cells are percentages with one decimal, "mean ± std" over seeds
 * when the run has several, "–" when undefined; the two prompt-level means also feed the chart.
 */
public record ModeLine(
        String mode,
        long finishedChains,
        long attempts,
        String promptStrict,
        String promptLoose,
        String instructionStrict,
        String instructionLoose,
        String chainInterval,
        double promptStrictMean,
        double promptLooseMean) {}
