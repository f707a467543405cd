/**
 * Comparing two attempts: word-level text differences and per-instruction verdict changes. Pure functions over
 * plain inputs, immutable results; no storage, no JavaFX.
 *
 * <ul>
 *   <li>{@link org.tracelab.core.diff.WordDiff}: splits both texts into word, whitespace and punctuation tokens
 *       with their source offsets ({@link org.tracelab.core.diff.Tokens}), diffs the token lists with
 *       java-diff-utils and answers a {@link org.tracelab.core.diff.TextDiff}: the changed character spans of
 *       each side and the aligned hunks that cover both texts (ADR 0004);</li>
 *   <li>{@link org.tracelab.core.diff.VerdictChanges}: per instruction, whether the second attempt fixed, broke
 *       or kept the first one's strict and loose verdicts.</li>
 * </ul>
 */
package org.tracelab.core.diff;
