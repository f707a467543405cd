package org.tracelab.core.export;

/** Where an exported text came from in the trace store, so every line can be traced back to its attempt. */
public record AttemptRef(long runId, long chainId, long attemptId) {}
