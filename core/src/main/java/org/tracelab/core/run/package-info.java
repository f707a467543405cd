/**
 * The compliance runner: modes ({@code direct}, {@code prompt_retry}, {@code full_pcl}) and their repair
 * planner, mode-independent call seeds, forks, the benchmark job with its {@link org.tracelab.core.run.TraceSink}
 * contract (implemented by the app over the store), attempt outcomes, the per-(task, seed) ranking of rollouts
 * ({@link org.tracelab.core.run.RolloutRanker}) and DPO pair mining from it.
 */
package org.tracelab.core.run;
