package org.tracelab.storage;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.ChainKey;
import org.tracelab.core.trace.DatasetDescription;
import org.tracelab.core.trace.Message;
import org.tracelab.core.trace.ModelDescription;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.trace.RunStatus;
import org.tracelab.core.trace.Strategy;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.core.verify.InstructionVerdict;

/**
 * Child process of {@link CrashSafetyTest}: writes chains of {@link #ATTEMPTS_PER_CHAIN} attempts forever, in
 * small batches, until it is killed. Outputs are derived from (chain, index) so the parent can check them.
 */
public final class CrashingWriterMain {

    static final int ATTEMPTS_PER_CHAIN = 3;

    private CrashingWriterMain() {}

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        TraceStore store = TraceStore.open(file, new WriterSettings(7, Duration.ofMillis(20)));
        TraceWriter writer = store.writer();
        long run = writer.createRun(new RunInfo(
                "crash",
                Instant.now(),
                null,
                RunStatus.RUNNING,
                new ModelDescription("test", "none", null, null, null, null),
                new DatasetDescription("d", null, 1),
                List.of("direct"),
                List.of(),
                1,
                "v",
                null));
        writer.putTask(
                run,
                new TaskRecord(
                        "1",
                        "p",
                        List.of("punctuation:no_comma"),
                        List.of(org.tracelab.core.testing.SampleTraces.json("{}")),
                        List.of()));
        for (int fork = 0; ; fork++) {
            ChainHandle chain = writer.beginChain(new ChainKey(run, "1", "direct", null, fork));
            for (int index = 0; index < ATTEMPTS_PER_CHAIN; index++) {
                writer.appendAttempt(chain, attempt(chain.chainId(), index));
            }
            writer.finishChain(chain, ATTEMPTS_PER_CHAIN - 1);
        }
    }

    static String outputOf(long chainId, int index) {
        return "output of chain " + chainId + " attempt " + index + " " + "x".repeat(200);
    }

    static Attempt attempt(long chainId, int index) {
        boolean last = index == ATTEMPTS_PER_CHAIN - 1;
        return new Attempt(
                index,
                index == 0 ? null : index - 1,
                index == 0 ? Strategy.DIRECT : Strategy.PATCH,
                List.of(new Message("user", "p")),
                outputOf(chainId, index),
                "stop",
                10,
                20,
                5L,
                null,
                Instant.now(),
                List.of(new InstructionVerdict(0, "punctuation:no_comma", last, last, null, List.of(), "e")),
                List.of());
    }
}
