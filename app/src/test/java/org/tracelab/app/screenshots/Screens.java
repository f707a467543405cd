package org.tracelab.app.screenshots;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.tracelab.app.ui.compare.ChangeFilter;
import org.tracelab.app.ui.compare.CompareViewModel;
import org.tracelab.app.ui.compose.ComposeDialog;
import org.tracelab.app.ui.compose.ComposeViewModel;
import org.tracelab.app.ui.diff.DiffView;
import org.tracelab.app.ui.explorer.ChainDetailModel;
import org.tracelab.app.ui.explorer.ExplorerViewModel;
import org.tracelab.app.ui.runs.RunDialogs;
import org.tracelab.app.ui.runs.RunRow;
import org.tracelab.app.ui.shell.Desktop;
import org.tracelab.app.ui.shell.MainViewModel;
import org.tracelab.app.ui.shell.Section;
import org.tracelab.core.compare.TaskChange;
import org.tracelab.storage.query.ChainSummary;

/**
 * Every view and dialog of the app, in the order the screenshot tour and the layout checks visit them. Written for
 * any store with runs (the first run stands in where one is needed); {@link org.tracelab.app.testing.RealisticStore}
 * gives them long names, several seeds and repairs. To cover a new view or dialog, add it here: both the layout
 * check ({@code LayoutGuardTest}) and {@code packaging/screenshots.sh} then visit it.
 */
public final class Screens {

    /** The system property naming the prompt pool the New task set screen composes from. */
    public static final String POOL = "tracelab.screenshot.pool";

    /** The phrase the explorer's search screen looks for. */
    public static final String SEARCH = "river";

    private Screens() {}

    /** The views and dialogs, in visiting order. */
    public static List<Screen> all() {
        List<Screen> screens = new ArrayList<>();
        screens.add(new Screen(
                "runs",
                desktop -> section(desktop, Section.RUNS),
                (desktop, window) -> desktop.viewModel().runs().loaded().get()));
        screens.add(new Screen(
                "results",
                desktop -> {
                    desktop.viewModel().showResults(firstRun(desktop));
                    return main(desktop);
                },
                Screens::resultsShown));
        screens.add(new Screen(
                "results-compare",
                desktop -> {
                    desktop.viewModel()
                            .results()
                            .select(desktop.viewModel().runs().runs().stream()
                                    .map(RunRow::id)
                                    .limit(3)
                                    .toList());
                    return section(desktop, Section.RESULTS);
                },
                Screens::resultsShown));
        lastRun(screens, "results-import", (desktop, run) -> {
            desktop.viewModel().showResults(run);
            return main(desktop);
        });
        screens.add(new Screen(
                "explorer",
                desktop -> {
                    desktop.viewModel().showExplorer(firstRun(desktop));
                    // The run keeps its filter: the light pass's search must not empty the dark pass's list.
                    ExplorerViewModel explorer = desktop.viewModel().explorer();
                    explorer.applyFilter(explorer.chains().filter().get().withFullText(""));
                    return main(desktop);
                },
                (desktop, window) -> chainOpen(desktop, false)));
        screens.add(new Screen(
                "diff",
                desktop -> {
                    desktop.viewModel().explorer().openDiff();
                    return diffWindow().orElse(main(desktop));
                },
                (desktop, window) -> true));
        screens.add(new Screen(
                "explorer-search",
                desktop -> {
                    ExplorerViewModel explorer = desktop.viewModel().explorer();
                    explorer.selectChain(null);
                    explorer.applyFilter(explorer.chains().filter().get().withFullText(SEARCH));
                    return main(desktop);
                },
                (desktop, window) -> chainOpen(desktop, true)));
        screens.add(new Screen(
                "pairs",
                desktop -> {
                    desktop.viewModel().pairs().runId().set(firstRun(desktop));
                    return section(desktop, Section.PAIRS);
                },
                (desktop, window) -> {
                    MainViewModel app = desktop.viewModel();
                    if (app.pairs().loading().get()) {
                        return false;
                    }
                    if (!app.pairs().rows().isEmpty() && app.pairs().selected().get() == null) {
                        app.pairs().selected().set(app.pairs().rows().get(0));
                        return false;
                    }
                    return app.pairs().rows().isEmpty() || app.pairs().texts().get() != null;
                }));
        screens.add(new Screen("compare", Screens::openCompare, Screens::compared));
        screens.add(new Screen(
                "compare-diff",
                desktop -> {
                    CompareViewModel compare = desktop.viewModel().compare();
                    if (!compare.rows().isEmpty()) {
                        compare.open(compare.rows().get(0));
                    }
                    return main(desktop);
                },
                // The diff window opens once both answers are read in the background.
                (desktop, window) -> diffWindow()
                        .map(diff -> {
                            javafx.scene.Node busy = diff.getScene().lookup("#diffBusy");
                            return busy == null || !busy.isVisible();
                        })
                        .orElse(desktop.viewModel().compare().rows().isEmpty()),
                window -> diffWindow().orElse(window)));
        screens.add(new Screen(
                "compare-with-dialog",
                desktop -> {
                    desktop.viewModel().show(Section.EXPLORER);
                    if (desktop.viewModel().explorer().chain().selectedAttempt().get() != null) {
                        desktop.viewModel().explorer().compareWith();
                    }
                    return Window.getWindows().stream()
                            .filter(window -> window.getScene() != null
                                    && "compareWithDialog"
                                            .equals(window.getScene().getRoot().getId()))
                            .findFirst()
                            .orElse(main(desktop));
                },
                (desktop, window) -> {
                    if (window.getScene().lookup("#compareWithChains") instanceof TableView<?> chains
                            && chains.getItems().size() > 1
                            && chains.getSelectionModel().isEmpty()) {
                        chains.getSelectionModel().select(1);
                        return false;
                    }
                    return true;
                }));
        screens.add(Screen.at("import-dialog", desktop -> desktop.window().openImport()));
        screens.add(new Screen(
                "export-dialog",
                desktop -> {
                    desktop.viewModel().show(Section.RESULTS);
                    return desktop.window().openExport(null);
                },
                (desktop, window) -> window.getScene().lookup("#previewSummary") instanceof Label summary
                        && !summary.getText().startsWith("Computing")));
        screens.add(Screen.at("benchmark-dialog", desktop -> desktop.window().openBenchmark()));
        AtomicReference<ComposeViewModel> composing = new AtomicReference<>();
        screens.add(new Screen(
                "new-task-set-dialog",
                desktop -> {
                    ComposeDialog dialog = desktop.window().openNewTaskSet();
                    ComposeViewModel form = dialog.viewModel();
                    form.files().pool().set(pool());
                    form.draw().perTask().set("3");
                    form.constraints()
                            .choice("detectable_format:json_format")
                            .holdout()
                            .set(true);
                    composing.set(form);
                    return dialog.stage();
                },
                (desktop, window) -> !composing.get().preview().isEmpty()));
        screens.add(Screen.at("about-dialog", desktop -> window(desktop.window().about())));
        screens.add(
                Screen.at("shortcuts-dialog", desktop -> window(desktop.window().shortcuts())));
        screens.add(Screen.at(
                "rename-run-dialog",
                desktop -> show(RunDialogs.rename(desktop.window().stage(), firstRow(desktop)))));
        screens.add(Screen.at(
                "run-notes-dialog",
                desktop -> show(RunDialogs.notes(desktop.window().stage(), firstRow(desktop)))));
        screens.add(Screen.at(
                "delete-run-dialog",
                desktop -> show(RunDialogs.confirmDelete(
                        desktop.window().stage(), firstRow(desktop), new long[] {1234, 5678}))));
        screens.add(Screen.at(
                "duplicate-import-dialog",
                desktop -> show(org.tracelab.app.ui.importing.ImportDialog.duplicateWarning(
                        desktop.window().stage(),
                        new org.tracelab.app.ui.importing.ImportViewModel.Duplicates(java.util.Map.of(
                                java.nio.file.Path.of("qwen2.5-1.5b-seed42", "runs.jsonl"),
                                List.of(desktop.viewModel().runs().runs().get(0).id())))))));
        return screens;
    }

    /**
     * The prompt pool the New task set screen composes from: {@code -Dtracelab.screenshot.pool}, else the shipped
     * one, found from the working directory up.
     */
    private static Path pool() {
        String given = System.getProperty(POOL);
        if (given != null) {
            return Path.of(given);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path shipped = dir.resolve("samples/pool/tracelab-prompt-pool.txt");
            if (Files.isRegularFile(shipped)) {
                return shipped;
            }
        }
        throw new IllegalStateException("no samples/pool/tracelab-prompt-pool.txt above "
                + Path.of("").toAbsolutePath() + "; give one with -D" + POOL);
    }

    /** Compare on the first two runs, or on the first and last mode of the only run. */
    private static Window openCompare(Desktop desktop) {
        List<RunRow> runs = desktop.viewModel().runs().runs();
        CompareViewModel compare = desktop.viewModel().compare();
        if (runs.size() >= 2) {
            compare.compareRuns(runs.get(0), runs.get(1));
        } else if (runs.size() == 1) {
            compare.sideA().run().set(runs.get(0));
            compare.sideB().run().set(runs.get(0));
        }
        return section(desktop, Section.COMPARE);
    }

    /** Once the statistics are in, keeps only the flipped tasks when there are any. */
    private static boolean compared(Desktop desktop, Window window) {
        CompareViewModel compare = desktop.viewModel().compare();
        if (desktop.viewModel().runs().runs().size() == 1
                && compare.sideA().modes().size() > 2
                && compare.heading().get().isEmpty()) {
            compare.sideA().mode().set(compare.sideA().modes().get(1));
            compare.sideB()
                    .mode()
                    .set(compare.sideB().modes().get(compare.sideB().modes().size() - 1));
            compare.compare();
            return false;
        }
        if (!compare.detailed().get()) {
            return false;
        }
        if (compare.count(TaskChange.FIXED) + compare.count(TaskChange.BROKEN) > 0
                && compare.change().get() != ChangeFilter.FLIPS) {
            compare.change().set(ChangeFilter.FLIPS);
            return false;
        }
        return true;
    }

    private static void lastRun(
            List<Screen> screens, String name, java.util.function.BiFunction<Desktop, Long, Window> open) {
        screens.add(new Screen(
                name,
                desktop -> {
                    List<RunRow> runs = desktop.viewModel().runs().runs();
                    return open.apply(desktop, runs.get(runs.size() - 1).id());
                },
                Screens::resultsShown));
    }

    private static boolean resultsShown(Desktop desktop, Window window) {
        return !desktop.viewModel().results().loading().get()
                && !desktop.viewModel().results().results().isEmpty();
    }

    /** Once the chain list is read, opens a chain with repairs (the most attempts), then waits for it. */
    private static boolean chainOpen(Desktop desktop, boolean anyChain) {
        ExplorerViewModel explorer = desktop.viewModel().explorer();
        ChainDetailModel chain = explorer.chain();
        List<ChainSummary> rows = explorer.chains().rows();
        if (rows.isEmpty() || explorer.chains().loading().get()) {
            return false;
        }
        if (explorer.selectedChain().get() == null) {
            explorer.selectChain(
                    anyChain
                            ? rows.get(0)
                            : rows.stream()
                                    .max(java.util.Comparator.comparingInt(ChainSummary::attempts))
                                    .orElseThrow());
            return false;
        }
        return chain.detail().get() != null && !chain.loading().get();
    }

    private static Optional<Window> diffWindow() {
        return Window.getWindows().stream()
                .filter(window -> window.getScene() != null && window.getScene().getRoot() instanceof DiffView)
                .findFirst();
    }

    private static long firstRun(Desktop desktop) {
        return firstRow(desktop).id();
    }

    private static RunRow firstRow(Desktop desktop) {
        return desktop.viewModel().runs().runs().get(0);
    }

    private static Window section(Desktop desktop, Section section) {
        desktop.viewModel().show(section);
        return main(desktop);
    }

    private static Window main(Desktop desktop) {
        return desktop.window().stage();
    }

    private static Window show(Dialog<?> dialog) {
        dialog.show();
        return window(dialog);
    }

    private static Window window(Dialog<?> dialog) {
        return dialog.getDialogPane().getScene().getWindow();
    }
}
