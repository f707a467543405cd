package org.tracelab.storage;

import org.tracelab.core.trace.Attempt;

/** An attempt with the ids the store gave it and its chain. */
public record StoredAttempt(long id, long chainId, Attempt attempt) {}
