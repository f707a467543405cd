package org.tracelab.core.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tracelab.core.stats.TaskKeyOrder;

/**
 * Two sides matched on task key, before any statistics: the rows a comparison shows first, and their counts. Cheap
 * (one pass over both sides); {@link RunComparison#of(TaskMatch, org.tracelab.core.stats.Resampling)} adds the
 * paired interval, the exact test and the per-instruction flips.
 *
 * @param rows the tasks on both sides, in {@link TaskKeyOrder}
 * @param onlyA tasks with finished chains on side A only (not compared)
 * @param onlyB tasks with finished chains on side B only
 */
public record TaskMatch(List<TaskRow> rows, int onlyA, int onlyB) {

    public TaskMatch {
        rows = List.copyOf(rows);
    }

    /** Matches side A's tasks with side B's by key. */
    public static TaskMatch of(Collection<SideTask> sideA, Collection<SideTask> sideB) {
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
        return new TaskMatch(rows, sideA.size() - rows.size(), sideB.size() - rows.size());
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

    /** Side A's prompt-level strict pass rate over the matched tasks (majority verdict per task); NaN for none. */
    public double rateA() {
        return rows.isEmpty()
                ? Double.NaN
                : rows.stream().filter(r -> r.a().strict()).count() / (double) rows.size();
    }

    /** Side B's rate over the matched tasks. */
    public double rateB() {
        return rows.isEmpty()
                ? Double.NaN
                : rows.stream().filter(r -> r.b().strict()).count() / (double) rows.size();
    }

    /** The rows a filter keeps, in order. */
    public List<TaskRow> rows(CompareFilter filter) {
        return rows.stream().filter(filter).toList();
    }
}
