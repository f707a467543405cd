package org.tracelab.app.service.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.tracelab.core.record.ComplianceEvalRecord;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.Strategy;

/**
 * Sums tokens and chain latencies per mode ({@link ModeUsage}), fed one chain at a time from a run's record
 * stream. It keeps one number per finished chain (its latency, for the percentiles) and nothing else per chain.
 * Unfinished chains count nowhere, as in the other results tables.
 */
final class UsageCounter implements Consumer<ComplianceEvalRecord> {

    private final Map<String, ModeTotals> totals = new LinkedHashMap<>();

    @Override
    public void accept(ComplianceEvalRecord record) {
        if (record.finalAttemptIndex() == null) {
            return;
        }
        totals.computeIfAbsent(record.mode(), mode -> new ModeTotals()).add(record);
    }

    /** Per mode seen, those in {@code modeOrder} first (in that order), then the others by name. */
    List<ModeUsage> usage(List<String> modeOrder) {
        List<ModeUsage> usage = new ArrayList<>();
        for (String mode : Modes.ordered(totals.keySet(), modeOrder)) {
            usage.add(totals.get(mode).toUsage(mode));
        }
        return usage;
    }

    /** The {@code p}-th percentile (0 < p ≤ 100) of sorted values by nearest rank; NaN for none. */
    static double nearestRank(long[] sorted, int count, double p) {
        if (count == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * count);
        return sorted[Math.max(1, rank) - 1];
    }

    private static final class ModeTotals {

        int chains;
        long calls;
        long callsWithoutTokens;
        long promptTokens;
        long completionTokens;
        int chainsWithTokens;
        long tokensOfCompleteChains;
        long[] latencies = new long[64];
        int chainsWithLatency;

        void add(ComplianceEvalRecord record) {
            chains++;
            boolean tokensKnown = true;
            boolean latencyKnown = true;
            long chainTokens = 0;
            long chainLatency = 0;
            for (Attempt attempt : record.attempts()) {
                if (attempt.strategy() == Strategy.RULE_FIX) {
                    continue; // a rewrite by rule: no call, no tokens, no wait
                }
                calls++;
                if (attempt.promptTokens() == null || attempt.completionTokens() == null) {
                    callsWithoutTokens++;
                    tokensKnown = false;
                }
                if (attempt.promptTokens() != null) {
                    promptTokens += attempt.promptTokens();
                    chainTokens += attempt.promptTokens();
                }
                if (attempt.completionTokens() != null) {
                    completionTokens += attempt.completionTokens();
                    chainTokens += attempt.completionTokens();
                }
                if (attempt.latencyMs() == null) {
                    latencyKnown = false;
                } else {
                    chainLatency += attempt.latencyMs();
                }
            }
            if (tokensKnown) {
                chainsWithTokens++;
                tokensOfCompleteChains += chainTokens;
            }
            if (latencyKnown) {
                if (chainsWithLatency == latencies.length) {
                    latencies = Arrays.copyOf(latencies, latencies.length * 2);
                }
                latencies[chainsWithLatency++] = chainLatency;
            }
        }

        ModeUsage toUsage(String mode) {
            long[] sorted = Arrays.copyOf(latencies, chainsWithLatency);
            Arrays.sort(sorted);
            double mean = chainsWithLatency == 0
                    ? Double.NaN
                    : (double) Arrays.stream(sorted).sum() / chainsWithLatency;
            return new ModeUsage(
                    mode,
                    chains,
                    calls,
                    callsWithoutTokens,
                    promptTokens,
                    completionTokens,
                    chainsWithTokens,
                    chainsWithTokens == 0 ? Double.NaN : (double) tokensOfCompleteChains / chainsWithTokens,
                    chainsWithLatency,
                    mean,
                    nearestRank(sorted, chainsWithLatency, 50),
                    nearestRank(sorted, chainsWithLatency, 95));
        }
    }
}
