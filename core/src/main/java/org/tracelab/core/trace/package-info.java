/**
 * Immutable domain records of a trace: runs, tasks, chains (one rollout), attempts with their verdicts and
 * flags, curation decisions, and verdicts imported from other tools. Storage and file formats speak these.
 */
package org.tracelab.core.trace;
