package org.tracelab.core.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tracelab.core.stats.BootstrapInterval;
import org.tracelab.core.stats.PairedBootstrap;
import org.tracelab.core.stats.PairedPermutationTest;
import org.tracelab.core.stats.Resampling;
import org.tracelab.core.stats.TaskKeyOrder;
import org.tracelab.core.stats.TaskLevelTest;

/**
 * Two sides matched on task key (ADR 0008): the tasks both have, each with both sides' majority verdicts; how many
 * were fixed, broken, stably passed or failed; the difference B − A in prompt-level strict pass rate over tasks
 * with its paired bootstrap interval (resampling tasks) and McNemar's exact test on the tasks; and per instruction
 * how often its verdict flipped.
 *
 * @param rows the matched tasks in {@link TaskKeyOrder}
 * @param onlyA tasks with finished chains on side A only (not compared)
 * @param onlyB tasks with finished chains on side B only
 * @param difference B's pass rate minus A's over the matched tasks, with its interval
 * @param test the exact test on the tasks; "favouring A" counts broken tasks, "favouring B" fixed ones
 * @param instructionFlips per instruction id, in id order
 */
public record RunComparison(List<TaskRow> rows, int onlyA, int onlyB, BootstrapInterval difference,
        TaskLevelTest test, List<InstructionFlips> instructionFlips) {

    public RunComparison {
        rows = List.copyOf(rows);
        instructionFlips = List.copyOf(instructionFlips);
    }

    /** Matches the sides' tasks and computes every figure. */
    public static RunComparison of(Collection<SideTask> sideA, Collection<SideTask> sideB, Resampling resampling) {
        Map<String, SideTask> onB = new HashMap<>();
        sideB.forEach(task -> onB.put(task.key(), task));
        List<TaskRow> rows = new ArrayList<>();
        for (SideTask a : sideA) {
            SideTask b = onB.get(a.key());
            if (b != null) {
                rows.add(new TaskRow(a.key(), a, b));
            }
        }
        rows.sort((x, y) -> TaskKeyOrder.ORDER.compare(x.key(), y.key()));
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
        BootstrapInterval difference = PairedBootstrap.of(ratesB, ratesA, resampling.resamples(),
                resampling.confidence(), resampling.seed());
        List<InstructionFlips> byInstruction = new ArrayList<>();
        flips.forEach((id, c) -> byInstruction.add(new InstructionFlips(id, c[0], c[1], c[2])));
        return new RunComparison(rows, sideA.size() - n, sideB.size() - n, difference,
                PairedPermutationTest.ofOutcomes(passedA, passedB), byInstruction);
    }

    /** Matched tasks, N. */
    public int tasks() {
        return rows.size();
    }

    /** How many matched tasks fall under each change (every change present, zero when none). */
    public Map<TaskChange, Integer> counts() {
        Map<TaskChange, Integer> counts = new EnumMap<>(TaskChange.class);
        for (TaskChange change : TaskChange.values()) {
            counts.put(change, 0);
        }
        rows.forEach(row -> counts.merge(row.change(), 1, Integer::sum));
        return counts;
    }

    public int count(TaskChange change) {
        return counts().get(change);
    }

    /** Side A's prompt-level strict pass rate over the matched tasks (majority verdict per task). */
    public double rateA() {
        return rows.isEmpty() ? Double.NaN : rows.stream().filter(r -> r.a().strict()).count() / (double) rows.size();
    }

    /** Side B's rate over the matched tasks. */
    public double rateB() {
        return rows.isEmpty() ? Double.NaN : rows.stream().filter(r -> r.b().strict()).count() / (double) rows.size();
    }

    /** The rows a filter keeps, in order. */
    public List<TaskRow> rows(CompareFilter filter) {
        return rows.stream().filter(filter).toList();
    }
}
