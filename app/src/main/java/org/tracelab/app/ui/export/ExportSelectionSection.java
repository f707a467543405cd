package org.tracelab.app.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.tracelab.app.service.export.ExportService;
import org.tracelab.app.ui.runs.RunRow;
import org.tracelab.core.export.ExportOptions;
import org.tracelab.core.export.ExportStyle;
import org.tracelab.core.run.PairMiner;

/**
 * The export form's selection section: which run, which dataset kind in which style, flagged texts, curation, SFT's
 * best of N and the held-out share of tasks. Contributes the export request (all of it but where to write) and its
 * own problems. Records ({@link ExportService.Kind#RECORDS}) take only the run: the other options are TRL's.
 */
public final class ExportSelectionSection {

    private final ObservableList<RunRow> runs;
    private final ObjectProperty<Long> runId = new SimpleObjectProperty<>(this, "runId");
    private final ObjectProperty<ExportService.Kind> kind =
            new SimpleObjectProperty<>(this, "kind", ExportService.Kind.DPO);
    private final ObjectProperty<ExportStyle> style =
            new SimpleObjectProperty<>(this, "style", ExportStyle.CONVERSATIONAL);
    private final StringProperty testFraction = new SimpleStringProperty(this, "testFraction", "0");
    private final BooleanProperty includeFlagged = new SimpleBooleanProperty(this, "includeFlagged");
    private final BooleanProperty onlyCurated = new SimpleBooleanProperty(this, "onlyCurated");
    private final BooleanProperty sftAllPassing = new SimpleBooleanProperty(this, "sftAllPassing");
    private final BooleanBinding records = Bindings.equal(ExportService.Kind.RECORDS, kind);
    private final BooleanBinding sft = Bindings.equal(ExportService.Kind.SFT, kind);

    ExportSelectionSection(ObservableList<RunRow> runs) {
        this.runs = runs;
    }

    /** The runs to choose from. */
    public ObservableList<RunRow> runs() {
        return runs;
    }

    /** Null exports every run. */
    public ObjectProperty<Long> runId() {
        return runId;
    }

    public ObjectProperty<ExportService.Kind> kind() {
        return kind;
    }

    public ObjectProperty<ExportStyle> style() {
        return style;
    }

    /** The share of tasks held out, as typed. */
    public StringProperty testFraction() {
        return testFraction;
    }

    public BooleanProperty includeFlagged() {
        return includeFlagged;
    }

    /** Only included pairs (DPO) or chains (SFT, KTO); excluded ones are left out either way. */
    public BooleanProperty onlyCurated() {
        return onlyCurated;
    }

    /** SFT: every passing answer instead of one best answer per task and seed. */
    public BooleanProperty sftAllPassing() {
        return sftAllPassing;
    }

    /** True while records are chosen: the TRL options do not apply. */
    public BooleanBinding records() {
        return records;
    }

    /** True while SFT is chosen: only then does "every passing answer" apply. */
    public BooleanBinding sft() {
        return sft;
    }

    /** What the export's contents (and so the preview) depend on. */
    List<Observable> inputs() {
        return List.of(runId, kind, style, testFraction, includeFlagged, onlyCurated, sftAllPassing);
    }

    /** One run's curated DPO pairs, as the Pairs view's Export button asks. */
    void curatedPairsOf(Long run) {
        runId.set(run);
        kind.set(ExportService.Kind.DPO);
        onlyCurated.set(true);
    }

    void check(List<String> problems) {
        if (!records.get() && fraction().isEmpty()) {
            problems.add("Test fraction: give a number from 0 up to (not including) 1, e.g. 0.1.");
        }
    }

    /** The request writing to {@code out}; empty while the test fraction is not valid (for a TRL dataset). */
    Optional<ExportService.Request> request(Path out) {
        if (records.get()) {
            return Optional.of(new ExportService.Request(
                    runId.get(), kind.get(), PairMiner.DEFAULT_MAX_PAIRS_PER_TASK, ExportOptions.defaults(out)));
        }
        return fraction()
                .map(fraction -> new ExportService.Request(
                        runId.get(),
                        kind.get(),
                        PairMiner.DEFAULT_MAX_PAIRS_PER_TASK,
                        ExportOptions.defaults(out)
                                .withStyle(style.get())
                                .withIncludeFlagged(includeFlagged.get())
                                .withTestSplit(fraction, 0)
                                .withOnlyCurated(onlyCurated.get())
                                .withSftAllPassing(sft.get() && sftAllPassing.get())));
    }

    private Optional<Double> fraction() {
        try {
            double value = Double.parseDouble(testFraction.get().strip());
            return value >= 0 && value < 1 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
