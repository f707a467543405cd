/**
 * Honest statistics for benchmark results: pure functions over plain inputs, immutable results.
 *
 * <ul>
 *   <li>{@link org.tracelab.core.stats.Proportion} and {@link org.tracelab.core.stats.WilsonInterval}: a pass
 *       count and its Wilson score interval;</li>
 *   <li>{@link org.tracelab.core.stats.SeedSpread}: mean ± sample standard deviation of per-seed rates;</li>
 *   <li>{@link org.tracelab.core.stats.PairedBootstrap}: a seeded percentile bootstrap of the difference in pass
 *       rate between two modes, resampling tasks;</li>
 *   <li>{@link org.tracelab.core.stats.McNemarExact}: the exact two-sided McNemar test on paired outcomes;</li>
 *   <li>{@link org.tracelab.core.stats.ResultsTable} and {@link org.tracelab.core.stats.TableFormat}: the per-mode
 *       table and its renderings (plain text, Markdown, CSV), kept apart from the computations.</li>
 * </ul>
 *
 * <p>Undefined quantities (a rate over zero trials, a standard deviation of one seed) are {@code NaN}, never a
 * made-up number; the renderers show them as "–". No storage, no JavaFX.
 */
package org.tracelab.core.stats;
