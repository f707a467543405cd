package org.tracelab.storage;

import org.tracelab.core.trace.RunInfo;

/** A run with the id the store gave it. */
public record StoredRun(long id, RunInfo info) {}
