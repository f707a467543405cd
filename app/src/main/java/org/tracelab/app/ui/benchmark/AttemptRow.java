package org.tracelab.app.ui.benchmark;

import org.tracelab.core.run.RecordedAttempt;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.ChainKey;

/** A recorded attempt as the live table shows it; built on the job's thread. */
public record AttemptRow(
        String task,
        String mode,
        String seed,
        int fork,
        int index,
        String strategy,
        String followed,
        String verdict,
        String latency) {

    public static AttemptRow of(ChainKey key, RecordedAttempt recorded) {
        Attempt attempt = recorded.attempt();
        long strict = attempt.verdicts().stream().filter(v -> v.strict()).count();
        int total = attempt.verdicts().size();
        String verdict = attempt.error() != null ? "call failed" : total > 0 && strict == total ? "pass" : "fail";
        return new AttemptRow(
                key.datasetKey(),
                key.mode(),
                key.seed() == null ? "–" : key.seed().toString(),
                key.fork(),
                attempt.index(),
                attempt.strategy().wireName(),
                strict + "/" + total,
                verdict,
                attempt.latencyMs() == null ? "–" : attempt.latencyMs() + " ms");
    }
}
