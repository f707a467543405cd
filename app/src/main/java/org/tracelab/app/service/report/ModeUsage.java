package org.tracelab.app.service.report;

import java.util.Objects;

/**
 * Tokens and latency of one mode's finished chains. Token counts are the server's own, summed as reported and
 * never estimated; a call that reported none is counted in {@code callsWithoutTokens}, and the per-chain mean
 * uses only chains whose every call reported both counts. A chain's latency is the sum of its calls' wall times
 * (the first call, shared by the modes, is in every mode's chains); chains with a call of unknown latency
 * (imports) are left out of the latency figures. Means and percentiles are NaN when nothing is known.
 *
 * @param calls                 model calls (attempts that are not rule rewrites)
 * @param callsWithoutTokens    calls whose prompt or completion count was not reported
 * @param tokensPerChain        mean prompt + completion tokens over {@code chainsWithTokens}
 * @param chainsWithLatency     chains whose every call has a known latency
 * @param latencyP50Millis      median chain latency (nearest rank)
 * @param latencyP95Millis      95th percentile of chain latency (nearest rank)
 */
public record ModeUsage(
        String mode,
        int chains,
        long calls,
        long callsWithoutTokens,
        long promptTokens,
        long completionTokens,
        int chainsWithTokens,
        double tokensPerChain,
        int chainsWithLatency,
        double latencyMeanMillis,
        double latencyP50Millis,
        double latencyP95Millis) {

    public ModeUsage {
        Objects.requireNonNull(mode, "mode");
    }
}
