package org.tracelab.storage.query;

/** Chains by final verdict; {@code open} chains have none yet. */
public record VerdictCounts(long strictPass, long strictFail, long loosePass, long looseFail, long open) {}
