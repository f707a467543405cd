/**
 * Honest statistics for benchmark results (ADR 0008): tasks are the units, seeds and forks repeated draws on them.
 *
 * <ul>
 *   <li>{@link org.tracelab.core.stats.TaskSeedTally} and {@link org.tracelab.core.stats.TallyCollector}: the
 *       finished chains of a (mode, task, seed), counted — the input of everything below;</li>
 *   <li>{@link org.tracelab.core.stats.ClusteredBootstrap}: task-clustered percentile bootstrap intervals for every
 *       rate; {@link org.tracelab.core.stats.WilsonInterval} only where chains are independent;</li>
 *   <li>{@link org.tracelab.core.stats.PairedBootstrap} and {@link org.tracelab.core.stats.PairedPermutationTest}:
 *       paired differences over tasks and the exact task-level test;</li>
 *   <li>{@link org.tracelab.core.stats.PassAtK}: pass@k, majority and at-least-k over forks;
 *       {@link org.tracelab.core.stats.DetectableDifference}: power guidance;
 *       {@link org.tracelab.core.stats.RepairStrategyTally}: which repair fixed which instruction;</li>
 *   <li>{@link org.tracelab.core.stats.ResultsTable}, {@link org.tracelab.core.stats.TableFormat} and
 *       {@link org.tracelab.core.stats.TableCells}: the tables and their renderings (text, Markdown, CSV, HTML),
 *       kept apart from the computations (the HTML page with charts is {@code org.tracelab.core.report}).</li>
 * </ul>
 *
 * <p>Undefined quantities (a rate over zero trials, a standard deviation of one seed, an interval over one task)
 * are {@code NaN}, never a made-up number; the renderers show them as "–". No storage, no JavaFX.
 */
package org.tracelab.core.stats;
