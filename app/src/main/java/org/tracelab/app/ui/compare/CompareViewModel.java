package org.tracelab.app.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tracelab.app.service.compare.ComparedSides;
import org.tracelab.app.service.compare.LocatedChain;
import org.tracelab.app.service.compare.TaskAnswers;
import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.app.ui.diff.DiffChain;
import org.tracelab.app.ui.diff.DiffTarget;
import org.tracelab.app.ui.errors.ErrorReporter;
import org.tracelab.app.ui.jobs.Job;
import org.tracelab.app.ui.jobs.JobRequest;
import org.tracelab.app.ui.jobs.JobState;
import org.tracelab.app.ui.jobs.Jobs;
import org.tracelab.app.ui.runs.RunRow;
import org.tracelab.app.ui.runs.RunsViewModel;
import org.tracelab.app.ui.workspace.StoreSession;
import org.tracelab.core.compare.CompareFilter;
import org.tracelab.core.compare.CompareSide;
import org.tracelab.core.compare.ComparisonTables;
import org.tracelab.core.compare.InstructionFlips;
import org.tracelab.core.compare.RunComparison;
import org.tracelab.core.compare.TaskChange;
import org.tracelab.core.compare.TaskMatch;
import org.tracelab.core.stats.BootstrapInterval;
import org.tracelab.core.stats.TableCells;
import org.tracelab.core.stats.TableFormat;
import org.tracelab.storage.StoredAttempt;

/**
 * The Compare section (ADR 0008): two sides, each a run or a mode, seed and fork of one, matched on task key. A
 * comparison is read in two long jobs so a screen of rows shows early: first the sides' counts and verdicts per task
 * (rows and the counts of each change), then the flags and per-instruction verdicts with the paired interval over
 * tasks and the exact test. Rows can be narrowed by change, instruction id and flag; opening one shows both sides'
 * final answers in the diff. Call on the FX thread.
 */
public final class CompareViewModel {

    private final StoreSession session;
    private final RunsViewModel runs;
    private final Jobs jobs;
    private final ErrorReporter errors;
    private final DiffTarget diffs;
    private final CompareSideModel sideA;
    private final CompareSideModel sideB;
    private final JobState state = new JobState();
    private final ObservableList<CompareRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CompareRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<String> instructionChoices = FXCollections.observableArrayList();
    private final ObservableList<String> flagChoices = FXCollections.observableArrayList();
    private final ObjectProperty<ChangeFilter> change = new SimpleObjectProperty<>(this, "change", ChangeFilter.ALL);
    private final ObjectProperty<String> instruction = new SimpleObjectProperty<>(this, "instruction");
    private final ObjectProperty<String> flag = new SimpleObjectProperty<>(this, "flag");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
    private final ReadOnlyStringWrapper difference = new ReadOnlyStringWrapper(this, "difference", "");
    private final ReadOnlyStringWrapper test = new ReadOnlyStringWrapper(this, "test", "");
    private final ReadOnlyBooleanWrapper detailed = new ReadOnlyBooleanWrapper(this, "detailed");
    private ComparedSides sides;
    private TaskMatch match;
    private RunComparison comparison;
    private Job current = Job.DONE;
    private int generation;

    public CompareViewModel(
            StoreSession session, RunsViewModel runs, Jobs jobs, ErrorReporter errors, DiffTarget diffs) {
        this.session = session;
        this.runs = runs;
        this.jobs = jobs;
        this.errors = errors;
        this.diffs = diffs;
        this.sideA = new CompareSideModel(session.workspace(), jobs, errors);
        this.sideB = new CompareSideModel(session.workspace(), jobs, errors);
        change.addListener((obs, old, now) -> showRows());
        instruction.addListener((obs, old, now) -> showRows());
        flag.addListener((obs, old, now) -> showRows());
        session.workspace().addListener((obs, old, now) -> clear());
    }

    /** The runs to choose sides from. */
    public ObservableList<RunRow> runs() {
        return runs.runs();
    }

    public CompareSideModel sideA() {
        return sideA;
    }

    public CompareSideModel sideB() {
        return sideB;
    }

    /** The running comparison's progress and message, and how the last one ended. */
    public JobState state() {
        return state;
    }

    /** The rows the filters keep, in task key order. */
    public ObservableList<CompareRow> rows() {
        return rowsView;
    }

    /** The instruction ids of the compared tasks, for the instruction filter (after the details are read). */
    public ObservableList<String> instructionChoices() {
        return instructionChoices;
    }

    /** The flags on the compared final attempts, for the flag filter (after the details are read). */
    public ObservableList<String> flagChoices() {
        return flagChoices;
    }

    public ObjectProperty<ChangeFilter> change() {
        return change;
    }

    /** Keep tasks that list this instruction id; null or blank keeps all. */
    public ObjectProperty<String> instruction() {
        return instruction;
    }

    /** Keep tasks where a final attempt on either side carries this flag; null or blank keeps all. */
    public ObjectProperty<String> flag() {
        return flag;
    }

    /** "A = … · B = …", empty before a comparison. */
    public ReadOnlyStringProperty heading() {
        return heading.getReadOnlyProperty();
    }

    /** "50 tasks on both sides · fixed 7 · broken 3 · … · 10 shown". */
    public ReadOnlyStringProperty counts() {
        return counts.getReadOnlyProperty();
    }

    /** B − A with its paired interval over tasks, the method named; a note while it is computed. */
    public ReadOnlyStringProperty difference() {
        return difference.getReadOnlyProperty();
    }

    /** The exact task-level test of the difference, named, with its p-value; empty until computed. */
    public ReadOnlyStringProperty test() {
        return test.getReadOnlyProperty();
    }

    /** The flags, instruction verdicts and statistics are read (the instruction and flag filters work). */
    public ReadOnlyBooleanProperty detailed() {
        return detailed.getReadOnlyProperty();
    }

    /** How many matched tasks went each way (zero each before a comparison). */
    public int count(TaskChange taskChange) {
        return match == null ? 0 : match.count(taskChange);
    }

    /** Compares runs {@code a} and {@code b} whole: what "Compare runs" elsewhere asks for. */
    public void compareRuns(RunRow a, RunRow b) {
        sideA.choose(a, CompareSideModel.ALL);
        sideB.choose(b, CompareSideModel.ALL);
        compare();
    }

    /**
     * Reads the comparison of the chosen sides in two long jobs (see the class comment); a newer comparison cancels
     * an older one still running. Says what is missing when a side has no run.
     */
    public void compare() {
        Workspace workspace = session.workspace().get();
        Optional<CompareSide> a = sideA.side();
        Optional<CompareSide> b = sideB.side();
        if (workspace == null || a.isEmpty() || b.isEmpty()) {
            state.summary("Choose a run for side A and for side B, then Compare.");
            return;
        }
        current.cancel();
        int reading = ++generation;
        clearResults();
        current = jobs.submit(JobRequest.longRunning("Comparing tasks", progress -> {
                    ComparedSides checked = workspace.compareSides(a.get(), b.get());
                    progress.message("matching tasks");
                    return new FirstRows(checked, workspace.compareFirstRows(checked));
                })
                .message(a.get().label() + " vs " + b.get().label())
                .tracking(state)
                .onSuccess(first -> {
                    if (reading == generation) {
                        showFirstRows(first);
                        readDetails(workspace, first.sides(), reading);
                    }
                })
                .onFailure(failure -> {
                    if (reading == generation) {
                        fail(failure);
                    }
                }));
    }

    /** Opens the row's task on both sides in the diff: A's first chain's final answer against B's. */
    public void open(CompareRow row) {
        Workspace workspace = session.workspace().get();
        ComparedSides compared = sides;
        if (workspace == null || compared == null || row == null) {
            return;
        }
        jobs.submit(JobRequest.browse(
                        "Reading task " + row.key() + " on both sides",
                        progress -> workspace.taskAnswers(compared, row.key()))
                .onSuccess(answers -> showAnswers(answers, compared))
                .onFailure(failure -> errors.report(
                        "Cannot read task " + row.key() + " of both sides from the store."
                                + " Open the row again to retry.",
                        failure)));
    }

    /** The summary, the flips per instruction and the shown rows, as Markdown (empty before a comparison). */
    public String markdown() {
        return copy(TableFormat.MARKDOWN);
    }

    public String csv() {
        return copy(TableFormat.CSV);
    }

    private void readDetails(Workspace workspace, ComparedSides checked, int reading) {
        current = jobs.submit(JobRequest.longRunning(
                        "Comparing: flags, instruction verdicts, paired interval",
                        progress -> workspace.compare(checked))
                .tracking(state)
                .message("bootstrap over " + match.tasks() + " tasks")
                .onSuccess(full -> {
                    if (reading == generation) {
                        showDetails(full);
                    }
                })
                .onFailure(failure -> {
                    if (reading == generation) {
                        fail(failure);
                    }
                }));
    }

    private void showFirstRows(FirstRows first) {
        sides = first.sides();
        match = first.match();
        heading.set("A = " + sides.a().label() + "   ·   B = " + sides.b().label());
        difference.set("B − A and its interval: computing…");
        showRows();
        state.summary("");
    }

    private void showDetails(RunComparison full) {
        comparison = full;
        match = full.match();
        detailed.set(true);
        BootstrapInterval d = full.difference();
        difference.set("B − A " + TableCells.points(d.difference()) + " pp in prompt-level strict pass rate over "
                + full.tasks() + " tasks, 95% CI [" + TableCells.points(d.lower()) + ", " + TableCells.points(d.upper())
                + "] (paired bootstrap over tasks, " + String.format(Locale.ROOT, "%,d", d.resamples())
                + " resamples, seed " + d.seed() + ")");
        test.set("Task-level test: " + full.test().method().label() + ", p = "
                + TableCells.pValue(full.test().pValue()) + " (" + full.test().favouringB() + " tasks favour B, "
                + full.test().favouringA() + " favour A)");
        instructionChoices.setAll(full.instructionFlips().stream()
                .map(InstructionFlips::instructionId)
                .toList());
        Set<String> flags = new TreeSet<>();
        full.rows().forEach(r -> {
            flags.addAll(r.a().flags());
            flags.addAll(r.b().flags());
        });
        flagChoices.setAll(flags);
        showRows();
        state.summary("Compared " + full.tasks() + " tasks (" + full.onlyA() + " only on A, " + full.onlyB()
                + " only on B, not compared).");
    }

    private void showRows() {
        if (match == null) {
            rows.clear();
            counts.set("");
            return;
        }
        CompareFilter filter = CompareFilter.ALL
                .withChanges(change.get().changes())
                .withInstruction(detailed.get() ? instruction.get() : null)
                .withFlags(
                        detailed.get() && flag.get() != null && !flag.get().isBlank() ? Set.of(flag.get()) : Set.of());
        List<CompareRow> shown =
                match.rows(filter).stream().map(CompareRow::new).toList();
        rows.setAll(shown);
        counts.set(match.tasks() + " tasks on both sides · fixed " + match.count(TaskChange.FIXED) + " · broken "
                + match.count(TaskChange.BROKEN) + " · stable pass " + match.count(TaskChange.STABLE_PASS)
                + " · stable fail " + match.count(TaskChange.STABLE_FAIL) + " · " + shown.size() + " shown");
    }

    private void showAnswers(TaskAnswers answers, ComparedSides compared) {
        if (answers.a().isEmpty() || answers.b().isEmpty()) {
            errors.report(
                    "Task " + answers.taskKey() + " has no finished chain on "
                            + (answers.a().isEmpty() ? "side A" : "side B") + " any more. Compare again.",
                    null);
            return;
        }
        List<DiffChain> chains = new ArrayList<>();
        answers.a().forEach(chain -> chains.add(diffChain("A", chain)));
        answers.b().forEach(chain -> chains.add(diffChain("B", chain)));
        Optional<StoredAttempt> left = answers.a().get(0).finalAttempt();
        Optional<StoredAttempt> right = answers.b().get(0).finalAttempt();
        if (left.isEmpty() || right.isEmpty()) {
            errors.report("Task " + answers.taskKey() + ": a side's chain has no final attempt. Compare again.", null);
            return;
        }
        diffs.open(chains, left.get(), right.get());
    }

    static DiffChain diffChain(String side, LocatedChain chain) {
        return new DiffChain(
                side + " · " + chain.label(),
                side + " · chain " + chain.chain().chainId(),
                chain.task(),
                chain.attempts());
    }

    private String copy(TableFormat format) {
        if (match == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(heading.get()).append("\n\n");
        if (comparison != null) {
            text.append(format.render(ComparisonTables.summary(comparison)))
                    .append('\n')
                    .append(format.render(ComparisonTables.instructions(comparison)))
                    .append('\n');
        }
        return text.append(format.render(
                        ComparisonTables.rows(rows.stream().map(CompareRow::row).toList())))
                .toString();
    }

    private void fail(Throwable failure) {
        if (failure instanceof IllegalArgumentException unknown) {
            state.summary("Cannot compare: " + unknown.getMessage() + ".");
            return;
        }
        state.summary("The comparison failed.");
        errors.report(
                "Cannot compare the two sides. Compare again; if it keeps failing, run `tracelab report "
                        + "--compare` on the same store for details.",
                failure);
    }

    private void clearResults() {
        sides = null;
        match = null;
        comparison = null;
        detailed.set(false);
        heading.set("");
        difference.set("");
        test.set("");
        instructionChoices.clear();
        flagChoices.clear();
        instruction.set(null);
        flag.set(null);
        showRows();
    }

    private void clear() {
        current.cancel();
        generation++;
        clearResults();
    }

    /** What the first job reads. */
    private record FirstRows(ComparedSides sides, TaskMatch match) {}
}
