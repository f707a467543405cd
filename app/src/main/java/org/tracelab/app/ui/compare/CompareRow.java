package org.tracelab.app.ui.compare;

import java.util.Objects;
import java.util.TreeSet;
import org.tracelab.core.compare.SideTask;
import org.tracelab.core.compare.TaskChange;
import org.tracelab.core.compare.TaskRow;

/**
 * One compared task as the Compare table shows it: both sides' prompt-level verdicts (strict, loose; the majority
 * of their chains), the instructions their final attempts followed, their chains passed, the change and the flags.
 */
public record CompareRow(TaskRow row) {

    public CompareRow {
        Objects.requireNonNull(row, "row");
    }

    public String key() {
        return row.key();
    }

    public TaskChange change() {
        return row.change();
    }

    /** "fixed", "broken", "stable pass", "stable fail". */
    public String changeLabel() {
        return row.change().wireName().replace('_', ' ');
    }

    public String aStrict() {
        return verdict(row.a().strict());
    }

    public String bStrict() {
        return verdict(row.b().strict());
    }

    public String aLoose() {
        return verdict(row.a().loose());
    }

    public String bLoose() {
        return verdict(row.b().loose());
    }

    /** Instructions followed (strict) over the side's final attempts, e.g. "2/3"; "–" before the details are read. */
    public String aInstructions() {
        return instructions(row.a());
    }

    public String bInstructions() {
        return instructions(row.b());
    }

    /** Chains passing strictly of the side's chains of the task, e.g. "3/4". */
    public String aChains() {
        return row.a().strictPasses() + "/" + row.a().chains();
    }

    public String bChains() {
        return row.b().strictPasses() + "/" + row.b().chains();
    }

    /** Flags on any final attempt of either side, comma-separated. */
    public String flags() {
        TreeSet<String> all = new TreeSet<>(row.a().flags());
        all.addAll(row.b().flags());
        return String.join(", ", all);
    }

    private static String instructions(SideTask side) {
        return side.instructions() == 0 ? "–" : side.followedStrict() + "/" + side.instructions();
    }

    private static String verdict(boolean pass) {
        return pass ? "pass" : "fail";
    }
}
