package org.tracelab.core.compare;

import java.util.ArrayList;
import java.util.List;
import org.tracelab.core.stats.BootstrapInterval;
import org.tracelab.core.stats.Grid;
import org.tracelab.core.stats.TableCells;
import org.tracelab.core.stats.TableFormat;

/**
 * A {@link RunComparison} as tables of formatted cells, for any {@link TableFormat}: the summary (counts, rates, the
 * paired interval and the exact test, each named), the flips per instruction, and one row per matched task. Rates
 * are percentages, differences signed percentage points, as in the results tables.
 */
public final class ComparisonTables {

    private ComparisonTables() {}

    /** Counts of each change, both sides' rates, B − A with its paired bootstrap interval, and the exact test. */
    public static Grid summary(RunComparison c) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("tasks on both sides", Integer.toString(c.tasks())));
        rows.add(List.of("only on A / only on B", c.onlyA() + " / " + c.onlyB()));
        for (TaskChange change : TaskChange.values()) {
            rows.add(List.of(change.wireName(), Integer.toString(c.count(change))));
        }
        rows.add(List.of("A prompt strict %", TableCells.percent(c.rateA())));
        rows.add(List.of("B prompt strict %", TableCells.percent(c.rateB())));
        BootstrapInterval d = c.difference();
        rows.add(List.of(
                "B − A pp (paired bootstrap over tasks, 95% CI)",
                TableCells.points(d.difference()) + " [" + TableCells.points(d.lower()) + ", "
                        + TableCells.points(d.upper()) + "]"));
        rows.add(List.of("bootstrap", d.resamples() + " resamples, seed " + d.seed()));
        rows.add(List.of(
                c.test().method().label() + " p", TableCells.pValue(c.test().pValue())));
        return new Grid(List.of("figure", "value"), List.of(false, true), rows);
    }

    /** Per instruction id: the matched tasks that list it, and how often its majority verdict was fixed or broken. */
    public static Grid instructions(RunComparison c) {
        List<List<String>> rows = new ArrayList<>();
        for (InstructionFlips f : c.instructionFlips()) {
            rows.add(List.of(
                    f.instructionId(),
                    Integer.toString(f.tasks()),
                    Integer.toString(f.fixed()),
                    Integer.toString(f.broken())));
        }
        return new Grid(List.of("instruction", "tasks", "fixed", "broken"), List.of(false, true, true, true), rows);
    }

    /** One row per task {@code rows} holds: both sides' strict and loose verdicts, the change, chains passed. */
    public static Grid rows(List<TaskRow> rows) {
        List<List<String>> cells = new ArrayList<>();
        for (TaskRow row : rows) {
            cells.add(List.of(
                    row.key(),
                    verdict(row.a().strict()),
                    verdict(row.b().strict()),
                    verdict(row.a().loose()),
                    verdict(row.b().loose()),
                    row.change().wireName(),
                    row.a().strictPasses() + "/" + row.a().chains(),
                    row.b().strictPasses() + "/" + row.b().chains()));
        }
        return new Grid(
                List.of(
                        "task",
                        "A strict",
                        "B strict",
                        "A loose",
                        "B loose",
                        "change",
                        "A chains passed",
                        "B chains passed"),
                List.of(false, false, false, false, false, false, true, true),
                cells);
    }

    private static String verdict(boolean pass) {
        return pass ? "pass" : "fail";
    }
}
