/**
 * Task-by-task comparison of two sides (runs, or mode / seed / fork selections within runs) matched on task key:
 * per task each side's majority verdict of its chains' final attempts, the flips between them, the paired
 * task-level difference with its interval and exact test, and per-instruction verdict changes (ADR 0008).
 * Plain data in, immutable results out; the store answers {@link org.tracelab.core.compare.SideTask} rows in SQL.
 */
package org.tracelab.core.compare;
