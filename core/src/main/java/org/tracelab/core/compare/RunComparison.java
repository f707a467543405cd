package org.tracelab.core.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tracelab.core.stats.BootstrapInterval;
import org.tracelab.core.stats.PairedBootstrap;
import org.tracelab.core.stats.PairedPermutationTest;
import org.tracelab.core.stats.Resampling;
import org.tracelab.core.stats.TaskLevelTest;

/**
 * Two sides matched on task key (ADR 0008): the tasks both have, each with both sides' majority verdicts; how many
 * were fixed, broken, stably passed or failed; the difference B − A in prompt-level strict pass rate over tasks
 * with its paired bootstrap interval (resampling tasks) and McNemar's exact test on the tasks; and per instruction
 * how often its verdict flipped.
 *
 * @param rows the matched tasks in {@link org.tracelab.core.stats.TaskKeyOrder}
 * @param onlyA tasks with finished chains on side A only (not compared)
 * @param onlyB tasks with finished chains on side B only
 * @param difference B's pass rate minus A's over the matched tasks, with its interval
 * @param test the exact test on the tasks; "favouring A" counts broken tasks, "favouring B" fixed ones
 * @param instructionFlips per instruction id, in id order
 */
public record RunComparison(
        List<TaskRow> rows,
        int onlyA,
        int onlyB,
        BootstrapInterval difference,
        TaskLevelTest test,
        List<InstructionFlips> instructionFlips) {

    public RunComparison {
        rows = List.copyOf(rows);
        instructionFlips = List.copyOf(instructionFlips);
    }

    /** Matches the sides' tasks and computes every figure. */
    public static RunComparison of(Collection<SideTask> sideA, Collection<SideTask> sideB, Resampling resampling) {
        return of(TaskMatch.of(sideA, sideB), resampling);
    }

    /** Adds the paired interval, the exact test and the per-instruction flips to matched rows. */
    public static RunComparison of(TaskMatch match, Resampling resampling) {
        List<TaskRow> rows = match.rows();
        int n = rows.size();
        double[] ratesA = new double[n];
        double[] ratesB = new double[n];
        boolean[] passedA = new boolean[n];
        boolean[] passedB = new boolean[n];
        Map<String, int[]> flips = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            TaskRow row = rows.get(i);
            passedA[i] = row.a().strict();
            passedB[i] = row.b().strict();
            ratesA[i] = passedA[i] ? 1 : 0;
            ratesB[i] = passedB[i] ? 1 : 0;
            for (InstructionChange change : row.instructionChanges()) {
                int[] counts = flips.computeIfAbsent(change.instructionId(), id -> new int[3]);
                counts[0]++;
                counts[1] += change.strictChange() == TaskChange.FIXED ? 1 : 0;
                counts[2] += change.strictChange() == TaskChange.BROKEN ? 1 : 0;
            }
        }
        BootstrapInterval difference =
                PairedBootstrap.of(ratesB, ratesA, resampling.resamples(), resampling.confidence(), resampling.seed());
        List<InstructionFlips> byInstruction = new ArrayList<>();
        flips.forEach((id, c) -> byInstruction.add(new InstructionFlips(id, c[0], c[1], c[2])));
        return new RunComparison(
                rows,
                match.onlyA(),
                match.onlyB(),
                difference,
                PairedPermutationTest.ofOutcomes(passedA, passedB),
                byInstruction);
    }

    /** The matched rows alone. */
    public TaskMatch match() {
        return new TaskMatch(rows, onlyA, onlyB);
    }

    /** Matched tasks, N. */
    public int tasks() {
        return rows.size();
    }

    /** How many matched tasks fall under each change (every change present, zero when none). */
    public Map<TaskChange, Integer> counts() {
        return match().counts();
    }

    public int count(TaskChange change) {
        return counts().get(change);
    }

    /** Side A's prompt-level strict pass rate over the matched tasks (majority verdict per task). */
    public double rateA() {
        return match().rateA();
    }

    /** Side B's rate over the matched tasks. */
    public double rateB() {
        return match().rateB();
    }

    /** The rows a filter keeps, in order. */
    public List<TaskRow> rows(CompareFilter filter) {
        return rows.stream().filter(filter).toList();
    }
}
