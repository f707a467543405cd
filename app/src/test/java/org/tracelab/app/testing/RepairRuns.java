package org.tracelab.app.testing;

import java.nio.file.Path;
import java.util.List;
import org.tracelab.core.testing.SampleTraces;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.ChainKey;
import org.tracelab.core.trace.DatasetDescription;
import org.tracelab.core.trace.Message;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.trace.RunStatus;
import org.tracelab.core.trace.Strategy;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.core.verify.InstructionVerdict;
import org.tracelab.core.verify.LooseVariant;
import org.tracelab.core.verify.text.Span;
import org.tracelab.storage.ChainHandle;
import org.tracelab.storage.TraceStore;
import org.tracelab.storage.TraceWriter;

/**
 * A store with one finished run of {@code n} no-comma tasks, each with two chains: {@code full_pcl}, whose first
 * answer has a comma and whose patch removes it (a repair pair), and {@code direct}, one answer with a comma (a
 * cross-chain pair with the patch). Task {@code t2}'s direct answer is flagged {@code refusal}. Every text names
 * its task, so tests can say which lines they expect; a failing verdict's evidence is the comma.
 */
public final class RepairRuns {

    public static final String INSTRUCTION = "punctuation:no_comma";

    private RepairRuns() {}

    public static String prompt(int task) {
        return "Describe topic " + task + " without any comma.";
    }

    /** The failing first answer of the full_pcl chain. */
    public static String repairedText(int task) {
        return "Topic " + task + ", told with a comma.";
    }

    /** The passing patch. */
    public static String fixedText(int task) {
        return "Topic " + task + " told without one.";
    }

    public static String directText(int task) {
        return "Direct answer " + task + ", again with a comma.";
    }

    /** Writes the run into a new store at {@code file} and returns the run id. */
    public static long create(Path file, int tasks) {
        try (TraceStore store = TraceStore.open(file)) {
            TraceWriter writer = store.writer();
            long run = writer.inTransaction(w -> {
                long id = w.createRun(new RunInfo(
                        "repairs",
                        SampleTraces.T0,
                        SampleTraces.T0.plusSeconds(5),
                        RunStatus.FINISHED,
                        SampleTraces.model(),
                        new DatasetDescription("handmade", null, tasks),
                        List.of("direct", "full_pcl"),
                        List.of(42L),
                        1,
                        "tracelab-ifeval/test",
                        null));
                for (int t = 1; t <= tasks; t++) {
                    TaskRecord task = new TaskRecord(
                            "t" + t, prompt(t), List.of(INSTRUCTION), List.of(SampleTraces.json("{}")), List.of());
                    w.putTask(id, task);
                    ChainHandle repair = w.beginChain(new ChainKey(id, task.datasetKey(), "full_pcl", 42L, 0));
                    w.appendAttempt(repair, attempt(0, null, Strategy.DIRECT, prompt(t), repairedText(t), false));
                    w.appendAttempt(repair, attempt(1, 0, Strategy.PATCH, prompt(t), fixedText(t), true));
                    w.finishChain(repair, 1);
                    ChainHandle direct = w.beginChain(new ChainKey(id, task.datasetKey(), "direct", 42L, 0));
                    Attempt answer = attempt(0, null, Strategy.DIRECT, prompt(t), directText(t), false);
                    w.appendAttempt(direct, t == 2 ? withRefusalFlag(answer) : answer);
                    w.finishChain(direct, 0);
                }
                return id;
            });
            writer.commit();
            return run;
        }
    }

    private static Attempt attempt(
            int index, Integer parent, Strategy strategy, String prompt, String output, boolean passes) {
        return new Attempt(
                index,
                parent,
                strategy,
                List.of(new Message("user", prompt)),
                output,
                "stop",
                20,
                10,
                100L,
                null,
                SampleTraces.T0.plusMillis(index),
                List.of(new InstructionVerdict(
                        0,
                        INSTRUCTION,
                        passes,
                        passes,
                        LooseVariant.AS_GIVEN,
                        passes ? List.of() : List.of(new Span(output.indexOf(','), output.indexOf(',') + 1)),
                        passes ? "no commas" : "found a comma")),
                List.of());
    }

    private static Attempt withRefusalFlag(Attempt a) {
        return new Attempt(
                a.index(),
                a.parentIndex(),
                a.strategy(),
                a.request(),
                a.output(),
                a.finishReason(),
                a.promptTokens(),
                a.completionTokens(),
                a.latencyMs(),
                a.error(),
                a.createdAt(),
                a.verdicts(),
                List.of("refusal"));
    }
}
