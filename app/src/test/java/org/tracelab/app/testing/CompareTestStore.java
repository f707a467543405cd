package org.tracelab.app.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tracelab.core.testing.SampleTraces;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.ChainKey;
import org.tracelab.core.trace.Message;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.trace.RunStatus;
import org.tracelab.core.trace.Strategy;
import org.tracelab.core.verify.InstructionVerdict;
import org.tracelab.core.verify.LooseVariant;
import org.tracelab.storage.ChainHandle;
import org.tracelab.storage.TraceWriter;

/**
 * Two hand-made runs of the same model on the same tasks (mode direct, seed 42, one fork each), for the Compare
 * tests. Each task has two instructions (no commas, lower case); a failing answer has a comma and the
 * {@code truncated} flag ({@link SampleTraces#failingDirect}). From base (A) to tuned (B):
 * <ul>
 *   <li>task 1: fail → pass (fixed); task 5: fail → pass (fixed)</li>
 *   <li>task 2: pass → fail (broken)</li>
 *   <li>task 3: pass → pass; task 4: fail → fail</li>
 *   <li>task 6: only in base (not compared)</li>
 * </ul>
 */
public record CompareTestStore(long base, long tuned) {

    public static CompareTestStore fill(TraceWriter writer) {
        long base = writer.createRun(run("base"));
        long tuned = writer.createRun(run("tuned"));
        boolean[][] passes = {{false, true}, {true, false}, {true, true}, {false, false}, {false, true}};
        for (int t = 0; t < passes.length; t++) {
            String key = Integer.toString(t + 1);
            writer.putTask(base, SampleTraces.task(key));
            writer.putTask(tuned, SampleTraces.task(key));
            chain(writer, new ChainKey(base, key, "direct", 42L, 0), answer(passes[t][0], "base " + key));
            chain(writer, new ChainKey(tuned, key, "direct", 42L, 0), answer(passes[t][1], "tuned " + key));
        }
        writer.putTask(base, SampleTraces.task("6"));
        chain(writer, new ChainKey(base, "6", "direct", 42L, 0), answer(true, "base 6"));
        writer.commit();
        return new CompareTestStore(base, tuned);
    }

    /**
     * One run per seed of the same model, dataset and mode (as another tool writes them), tasks 1 to 5, each run's
     * answers passing on the tasks {@code passing[i]} lists: a run group's members. Returns the run ids in order.
     */
    public static List<Long> fillSeedRuns(TraceWriter writer, List<Long> seeds, List<Set<Integer>> passing) {
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            long seed = seeds.get(i);
            long run = writer.createRun(run("seed " + seed, seed));
            for (int t = 1; t <= 5; t++) {
                String key = Integer.toString(t);
                writer.putTask(run, SampleTraces.task(key));
                chain(
                        writer,
                        new ChainKey(run, key, "direct", seed, 0),
                        answer(passing.get(i).contains(t), "seed " + seed + " task " + key));
            }
            runs.add(run);
        }
        writer.commit();
        return runs;
    }

    static RunInfo run(String name) {
        return run(name, 42L);
    }

    private static RunInfo run(String name, long seed) {
        return new RunInfo(
                name,
                Instant.parse("2025-03-01T10:15:30Z"),
                null,
                RunStatus.FINISHED,
                SampleTraces.model(),
                SampleTraces.dataset(),
                List.of("direct"),
                List.of(seed),
                1,
                "tracelab-ifeval/1+punkt",
                null);
    }

    /** A passing answer ("soft rain over base 3") or a failing one ("soft rain, base 4": a comma, truncated). */
    static Attempt answer(boolean pass, String words) {
        if (!pass) {
            return SampleTraces.failingDirect("soft rain, " + words);
        }
        return new Attempt(
                0,
                null,
                Strategy.DIRECT,
                List.of(new Message("user", SampleTraces.task("1").prompt())),
                "soft rain over " + words,
                "stop",
                31,
                12,
                700L,
                null,
                SampleTraces.T0,
                List.of(
                        new InstructionVerdict(
                                0, "punctuation:no_comma", true, true, LooseVariant.AS_GIVEN, List.of(), "no commas"),
                        new InstructionVerdict(
                                1,
                                "change_case:english_lowercase",
                                true,
                                true,
                                LooseVariant.AS_GIVEN,
                                List.of(),
                                "all letters are lower case")),
                List.of());
    }

    private static void chain(TraceWriter writer, ChainKey key, Attempt attempt) {
        ChainHandle chain = writer.beginChain(key);
        writer.appendAttempt(chain, attempt);
        writer.finishChain(chain, 0);
    }
}
