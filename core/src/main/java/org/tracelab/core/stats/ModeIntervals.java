package org.tracelab.core.stats;

/**
 * One mode's rates with task-clustered intervals, and what else its tallies tell.
 *
 * @param tasks tasks with at least one finished chain
 * @param chains finished chains
 * @param promptStrict prompt-level strict pass rate over chains, clustered by task
 * @param promptLoose prompt-level loose pass rate
 * @param instructionStrict instruction-level strict rate (micro-average over instructions)
 * @param instructionLoose instruction-level loose rate
 * @param independentWilson the Wilson interval on the prompt-level strict rate, only when chains are independent
 *     (every task has exactly one chain: one seed, one fork); {@code null} otherwise
 * @param forks pass@k, majority and at-least-k over forks; {@code null} when no (task, seed) has two forks
 * @param power the smallest difference a comparison with another condition on these tasks could detect
 */
public record ModeIntervals(
        int tasks,
        int chains,
        ClusteredInterval promptStrict,
        ClusteredInterval promptLoose,
        ClusteredInterval instructionStrict,
        ClusteredInterval instructionLoose,
        WilsonInterval independentWilson,
        ForkSummary forks,
        DetectableDifference power) {}
