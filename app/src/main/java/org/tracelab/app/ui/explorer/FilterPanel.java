package org.tracelab.app.ui.explorer;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.tracelab.app.service.report.InstructionLabels;
import org.tracelab.app.ui.Styles;
import org.tracelab.app.ui.runs.RunRow;
import org.tracelab.core.flags.FlagKind;
import org.tracelab.core.trace.CurationState;
import org.tracelab.core.trace.Strategy;
import org.tracelab.storage.query.FacetCounts;

/**
 * The explorer's filters: run, text search, verdict and one check list per dimension with counts. Every change
 * builds a new {@link ExplorerFilter} and hands it to the view model; the full-text field waits for a pause in
 * typing first, so each key press does not start a query.
 */
final class FilterPanel extends VBox {

    private static final Duration TYPING_PAUSE = Duration.millis(350);

    private final ExplorerViewModel viewModel;
    private final ComboBox<RunChoice> run = new ComboBox<>();
    private final Label summary = new Label();
    private final Label matching = new Label();
    private final TextField text = new TextField();
    private final PauseTransition typing;
    private final ComboBox<VerdictChoice> verdict = new ComboBox<>();
    private final FacetList<String> modes;
    private final FacetList<Long> seeds;
    private final FacetList<String> instructions;
    private final FacetList<String> strategies;
    private final FacetList<String> flags;
    private final FacetList<String> curation;
    private boolean updating;

    FilterPanel(ExplorerViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add(Styles.FILTER_PANEL);
        setId("filterPanel");
        ChainListModel chains = viewModel.chains();

        run.setId("explorerRunChoice");
        run.setMaxWidth(Double.MAX_VALUE);
        run.setCellFactory(list -> new RunCell());
        run.setButtonCell(new RunCell());
        run.valueProperty().addListener((obs, old, choice) -> {
            if (!updating && choice != null) {
                viewModel.selectRun(choice.runId());
            }
        });
        viewModel.runs().addListener((ListChangeListener<RunRow>) change -> refreshRuns());

        summary.setId("filterSummary");
        summary.getStyleClass().add(Styles.FILTER_SUMMARY);
        summary.textProperty().bind(chains.summary());
        matching.setId("matchingCount");
        matching.getStyleClass().add(Styles.MUTED);
        Button clear = new Button("Clear filters");
        clear.setId("clearFiltersButton");
        clear.setOnAction(event -> viewModel.applyFilter(chains.filter().get().cleared()));

        text.setId("fullTextField");
        text.setPromptText("Search outputs (phrase)");
        typing = new PauseTransition(TYPING_PAUSE);
        typing.setOnFinished(event -> apply(filter -> filter.withFullText(text.getText())));
        text.textProperty().addListener((obs, old, now) -> {
            if (!updating) {
                typing.playFromStart();
            }
        });
        text.setOnAction(event -> {
            typing.stop();
            apply(filter -> filter.withFullText(text.getText()));
        });

        verdict.setId("verdictChoice");
        verdict.setMaxWidth(Double.MAX_VALUE);
        verdict.getItems().setAll(VerdictChoice.values());
        verdict.setCellFactory(list -> new VerdictCell());
        verdict.setButtonCell(new VerdictCell());
        verdict.valueProperty().addListener((obs, old, choice) -> {
            if (!updating && choice != null) {
                apply(filter -> filter.withVerdict(choice.filter()));
            }
        });

        modes = new FacetList<>(
                "modeFacet", "Mode", Function.identity(), values -> apply(filter -> filter.withModes(values)));
        seeds = new FacetList<>(
                "seedFacet",
                "Seed",
                seed -> seed == null ? "none" : seed.toString(),
                values -> apply(filter -> filter.withSeeds(values)));
        InstructionLabels labels = viewModel.instructionLabels();
        instructions = new FacetList<String>(
                        "instructionFacet",
                        "Instruction",
                        id -> labels.of(id).name(),
                        values -> apply(filter -> filter.withInstructionIds(values)))
                .grouped(labels.order(), id -> labels.of(id).benchmark(), Function.identity(), Function.identity());
        strategies = new FacetList<>(
                "strategyFacet",
                "Repaired by",
                Function.identity(),
                values -> apply(filter -> filter.withStrategies(
                        values.stream().map(Strategy::fromWireName).toList())));
        // A provenance flag says where a text came from, not that anything is wrong: it is labelled so.
        flags = new FacetList<>(
                "flagFacet",
                "Flag",
                flag -> FlagKind.of(flag) == FlagKind.PROVENANCE ? flag + " (provenance)" : flag,
                values -> apply(filter -> filter.withFlags(values)));
        curation = new FacetList<>(
                "curationFacet",
                "Curation",
                Function.identity(),
                values -> apply(filter -> filter.withCuration(
                        values.stream().map(CurationState::fromWireName).toList())));

        Label textTitle = facetTitle("Text");
        Label verdictTitle = facetTitle("Final verdict");
        getChildren()
                .addAll(
                        run,
                        summary,
                        matching,
                        clear,
                        textTitle,
                        text,
                        verdictTitle,
                        verdict,
                        modes,
                        seeds,
                        instructions,
                        strategies,
                        flags,
                        curation);

        chains.filter().addListener((obs, old, now) -> {
            showText(now);
            refresh();
        });
        chains.counts().addListener((obs, old, now) -> refresh());
        chains.options().addListener((obs, old, now) -> refresh());
        refreshRuns();
        showText(chains.filter().get());
        refresh();
    }

    private void apply(Function<ExplorerFilter, ExplorerFilter> change) {
        if (!updating) {
            viewModel.applyFilter(change.apply(viewModel.chains().filter().get()));
        }
    }

    private void refreshRuns() {
        updating = true;
        try {
            run.getItems().setAll(RunChoice.ALL);
            viewModel.runs().forEach(row -> run.getItems().add(new RunChoice(row.id(), row.label())));
            selectRun();
        } finally {
            updating = false;
        }
    }

    private void selectRun() {
        Long id = viewModel.chains().filter().get().runId();
        run.getItems().stream()
                .filter(choice -> Objects.equals(choice.runId(), id))
                .findFirst()
                .ifPresent(choice -> {
                    // After its items were replaced, a combo box given an equal value keeps a blank button: clear
                    // it first, so the run shown stays named.
                    if (choice.equals(run.getValue())) {
                        run.setValue(null);
                    }
                    run.setValue(choice);
                });
    }

    private void refresh() {
        updating = true;
        try {
            ExplorerFilter filter = viewModel.chains().filter().get();
            FacetCounts counts = viewModel.chains().counts().get();
            FacetCounts options = viewModel.chains().options().get();
            selectRun();
            matching.setText(
                    counts == null ? "Counting…" : String.format(Locale.ROOT, "%,d chains match", counts.total()));
            // Items set again so the cells show the new counts.
            verdict.getItems().setAll(VerdictChoice.values());
            verdict.setValue(VerdictChoice.of(filter.verdict()));
            modes.show(keys(options, FacetCounts::modes), counts == null ? null : counts.modes(), filter.modes());
            seeds.show(keys(options, FacetCounts::seeds), counts == null ? null : counts.seeds(), filter.seeds());
            instructions.show(
                    keys(options, FacetCounts::instructionIds),
                    counts == null ? null : counts.instructionIds(),
                    filter.instructionIds());
            strategies.show(
                    keys(options, FacetCounts::strategies),
                    counts == null ? null : counts.strategies(),
                    filter.strategies().stream().map(Strategy::wireName).collect(Collectors.toSet()));
            flags.show(keys(options, FacetCounts::flags), counts == null ? null : counts.flags(), filter.flags());
            curation.show(
                    keys(options, FacetCounts::curation),
                    counts == null ? null : counts.curation(),
                    filter.curation().stream().map(CurationState::wireName).collect(Collectors.toSet()));
        } finally {
            updating = false;
        }
    }

    /** Shows the filter's phrase (another run's, or cleared), unless the person is still typing. */
    private void showText(ExplorerFilter filter) {
        String shown = text.getText().isBlank() ? null : text.getText().strip();
        if (typing.getStatus() != Animation.Status.RUNNING && !Objects.equals(shown, filter.fullText())) {
            updating = true;
            try {
                text.setText(filter.fullText() == null ? "" : filter.fullText());
            } finally {
                updating = false;
            }
        }
    }

    private static <K> Set<K> keys(FacetCounts options, Function<FacetCounts, Map<K, Long>> dimension) {
        return options == null
                ? Set.of()
                : new java.util.LinkedHashSet<>(dimension.apply(options).keySet());
    }

    private static Label facetTitle(String text) {
        Label title = new Label(text);
        title.getStyleClass().add(Styles.FACET_TITLE);
        return title;
    }

    /** A run to explore, or all runs ({@code runId} null). */
    record RunChoice(Long runId, String label) {
        static final RunChoice ALL = new RunChoice(null, "All runs");
    }

    private static final class RunCell extends ListCell<RunChoice> {
        @Override
        protected void updateItem(RunChoice choice, boolean empty) {
            super.updateItem(choice, empty);
            setText(empty || choice == null ? null : choice.label());
        }
    }

    private final class VerdictCell extends ListCell<VerdictChoice> {
        @Override
        protected void updateItem(VerdictChoice choice, boolean empty) {
            super.updateItem(choice, empty);
            FacetCounts counts = viewModel.chains().counts().get();
            setText(empty || choice == null ? null : choice.label(counts == null ? null : counts.verdicts()));
        }
    }
}
