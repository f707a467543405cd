package org.tracelab.app.screenshots;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tracelab.app.testing.RealisticStore;
import org.tracelab.app.ui.FixedFileChoosers;
import org.tracelab.app.ui.FxThreadGuard;
import org.tracelab.app.ui.GuardedSettingsStore;
import org.tracelab.app.ui.GuardedWorkspace;
import org.tracelab.app.ui.Theme;
import org.tracelab.app.ui.settings.JsonSettingsFile;
import org.tracelab.app.ui.settings.Settings;
import org.tracelab.app.ui.settings.WindowBounds;
import org.tracelab.app.ui.shell.Desktop;
import org.tracelab.app.ui.shell.Section;

/**
 * The truncation guard: every view and dialog of {@link Screens}, on a store that looks like a researcher's
 * ({@link RealisticStore}: long model names, long flags, three runs, four-digit token counts), in a 1280 × 800
 * window, light and dark. Fails when any visible label, button, header or number cell is cut with an ellipsis, or a
 * chart's legend shows a colour its series is not drawn in ({@link LayoutGuard}).
 */
@ExtendWith(ApplicationExtension.class)
class LayoutGuardTest {

    private static final long TIMEOUT_SECONDS = 30;

    @TempDir
    Path dir;

    private final FxThreadGuard guard = new FxThreadGuard();
    private Desktop desktop;

    @Start
    void start(Stage stage) {
        Path store = dir.resolve("realistic.tracelab.db");
        RealisticStore.create(store);
        Settings settings = Settings.defaults().withWindow(new WindowBounds(0, 0, 1280, 800, false));
        desktop = Desktop.start(
                stage,
                store,
                Desktop.Dependencies.of(
                        GuardedWorkspace.opener(guard),
                        new GuardedSettingsStore(new JsonSettingsFile(dir.resolve("settings.json")), guard),
                        settings,
                        new FixedFileChoosers(),
                        2));
    }

    @AfterEach
    void shutDown(FxRobot robot) throws TimeoutException {
        robot.interact(desktop::shutdown);
        FxToolkit.cleanupStages();
        assertThat(guard.violations())
                .as("store, file or settings calls on the FX thread")
                .isEmpty();
    }

    @Test
    void everyViewAndDialogShowsItsTextWholeAndItsLegendsTrueInTheLightTheme(FxRobot robot) throws Exception {
        assertThat(visitAll(robot, Theme.LIGHT)).isEmpty();
    }

    @Test
    void everyViewAndDialogShowsItsTextWholeAndItsLegendsTrueInTheDarkTheme(FxRobot robot) throws Exception {
        assertThat(visitAll(robot, Theme.DARK)).isEmpty();
    }

    /**
     * The guard catches the bug the issue reported: the Export dialog as it was laid out before (a form whose label
     * column had no minimum width, so long run names in the choice box squeezed every label to "…"). The real
     * dialog is opened, its sections' column constraints and choice box widths put back as they were, and the guard
     * must name the labels.
     */
    @Test
    void catchesTheExportDialogAsItWasLaidOutBefore(FxRobot robot) throws Exception {
        waitUntil(() -> desktop.viewModel().runs().runs().size() == 3);
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            Window export = desktop.window().openExport(null);
            for (javafx.scene.Node node : export.getScene().getRoot().lookupAll(".form")) {
                if (node instanceof javafx.scene.layout.GridPane form) {
                    form.getColumnConstraints()
                            .setAll(
                                    new javafx.scene.layout.ColumnConstraints(),
                                    grow(),
                                    new javafx.scene.layout.ColumnConstraints());
                    // and the run choice as wide as its longest run's label, as it was
                    form.lookupAll(".combo-box").forEach(box -> {
                        ((javafx.scene.layout.Region) box).setPrefWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
                        ((javafx.scene.layout.Region) box).setMinWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
                    });
                }
            }
            problems.addAll(LayoutGuard.problems(export.getScene()));
            export.hide();
        });
        assertThat(problems)
                .anySatisfy(problem -> assertThat(problem).contains("of 'Run'"))
                .anySatisfy(problem -> assertThat(problem).contains("of 'Kind'"))
                .anySatisfy(problem -> assertThat(problem).contains("of 'Test fraction'"));
    }

    private static javafx.scene.layout.ColumnConstraints grow() {
        javafx.scene.layout.ColumnConstraints grow = new javafx.scene.layout.ColumnConstraints();
        grow.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        return grow;
    }

    private List<String> visitAll(FxRobot robot, Theme theme) throws TimeoutException {
        robot.interact(() -> desktop.viewModel().setTheme(theme));
        waitUntil(() -> desktop.viewModel().runs().loaded().get()
                && desktop.viewModel().runs().runs().size() == 3);
        assertThat(desktop.window().stage().getScene().getWidth()).isEqualTo(1280);
        assertThat(desktop.window().stage().getScene().getHeight()).isEqualTo(800);
        List<String> problems = new ArrayList<>();
        List<String> visited = new ArrayList<>();
        for (Screen screen : Screens.all()) {
            Window[] shown = new Window[1];
            robot.interact(() -> shown[0] = screen.open().apply(desktop));
            waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> screen.ready().test(desktop, shown[0]))
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> shown[0] = screen.shown().apply(shown[0]));
            robot.interact(() -> LayoutGuard.problems(shown[0].getScene())
                    .forEach(problem -> problems.add(theme + " " + screen.name() + ": " + problem)));
            visited.add(screen.name());
            if (screen.ownWindow(desktop, shown[0])) {
                robot.interact(shown[0]::hide);
            }
        }
        robot.interact(() -> desktop.viewModel().show(Section.RUNS));
        assertThat(visited).as("every screen visited").hasSize(Screens.all().size());
        return problems;
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> {
            try {
                return condition.call();
            } catch (Exception e) {
                return false;
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
