/**
 * Flags that inform without changing verdicts or rates: infeasible tasks (before running) and likely gaming,
 * refusal and truncation (after each attempt).
 */
package org.tracelab.core.flags;
