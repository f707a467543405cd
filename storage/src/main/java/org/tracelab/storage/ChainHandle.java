package org.tracelab.storage;

/** An open chain returned by {@link TraceWriter#beginChain}; pass it to append attempts and finish the chain. */
public record ChainHandle(long chainId, long runId, int instructionCount) {}
