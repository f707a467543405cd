package org.tracelab.core.stats;

import org.tracelab.core.trace.Strategy;

/**
 * How often one repair strategy fixed one violated instruction: over the repair attempts made by that strategy
 * whose parent attempt broke the instruction (strict), the share that follows it, with a task-clustered interval.
 *
 * @param instructionId the violated instruction
 * @param strategy retry, patch, regenerate or rule_fix
 * @param tries repair attempts of that strategy on a parent that broke the instruction
 * @param fixed of those, attempts that follow it (strict)
 * @param rate {@code fixed / tries} with its interval clustered by task
 */
public record StrategyFixRate(String instructionId, Strategy strategy, int tries, int fixed, ClusteredInterval rate) {}
