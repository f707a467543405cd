package org.tracelab.app.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.app.service.bench.DatasetDownloads;
import org.tracelab.app.service.bench.LocalModelConnections;
import org.tracelab.app.service.samples.SampleStoreService;
import org.tracelab.app.ui.ImmediateSession;
import org.tracelab.app.ui.Theme;
import org.tracelab.app.ui.settings.JsonSettingsFile;
import org.tracelab.app.ui.settings.Settings;
import org.tracelab.core.verify.BuiltInConstraints;
import org.tracelab.core.verify.Verifiers;
import org.tracelab.core.verify.text.punkt.BuiltInSentenceSplitter;

/** The main window's state without a window, on jobs that run at once: settings, stores, Resume, the sample store. */
class MainViewModelTest {

    @TempDir
    Path dir;

    private final ImmediateSession test = new ImmediateSession();
    private final List<Object> resumed = new ArrayList<>();

    private MainViewModel main(JsonSettingsFile settings) {
        Path samples = dir.resolve("samples.tracelab.db");
        return new MainViewModel(
                test.session(),
                test.jobs(),
                test.errors(),
                settings,
                settings.load(),
                new LocalModelConnections(),
                new DatasetDownloads(
                        (listener, cancelled) -> {
                            throw new AssertionError("not downloaded in this test");
                        },
                        (listener, cancelled) -> {
                            throw new AssertionError("not downloaded in this test");
                        }),
                folder -> {},
                progress -> {
                    new SampleStoreService(Verifiers.create(new BuiltInSentenceSplitter()), Clock.systemUTC())
                            .install(samples, progress);
                    return samples;
                },
                BuiltInConstraints.registry());
    }

    @Test
    void settingsFollowTheStoreAndTheThemeAndAreSavedAtOnce() {
        JsonSettingsFile file = new JsonSettingsFile(dir.resolve("config/settings.json"));
        MainViewModel main = main(file);
        Path store = dir.resolve("traces.tracelab.db");

        main.openStore(store);
        main.toggleTheme();

        Settings saved = file.load();
        assertThat(saved.lastStore()).isEqualTo(store.toAbsolutePath());
        assertThat(saved.theme()).isEqualTo(Theme.DARK);
        assertThat(main.theme().get()).isEqualTo(Theme.DARK);
        main.shutdown(5);
        assertThat(test.session().workspace().get()).as("detached and closed").isNull();
        assertThat(test.reported()).isEmpty();
    }

    @Test
    void aRunThatRecordsNoPlanCannotBeResumedAndSaysWhy() {
        MainViewModel main = main(new JsonSettingsFile(dir.resolve("settings.json")));
        main.samples().open();
        long run = main.runs().runs().get(0).id();

        main.prepareResume(run, resumed::add);

        assertThat(resumed).isEmpty();
        assertThat(test.reported())
                .containsExactly("Run #" + run + " cannot be resumed: it does not record how it "
                        + "was run (imports never can). Start a new benchmark instead.");
        main.shutdown(5);
    }

    @Test
    void theSampleStoreIsBuiltThenOpenedAndShowsItsOneRun() {
        MainViewModel main = main(new JsonSettingsFile(dir.resolve("settings.json")));
        main.openStore(dir.resolve("traces.tracelab.db"));

        main.samples().open();

        assertThat(test.session().storeFile().get())
                .isEqualTo(dir.resolve("samples.tracelab.db").toAbsolutePath());
        assertThat(main.runs().runs()).hasSize(1).allMatch(run -> run.illustration());
        main.showResults(main.runs().runs().get(0).id());
        assertThat(main.section().get()).isEqualTo(Section.RESULTS);
        assertThat(main.results().results()).hasSize(1);
        assertThat(main.explorer().chains().rows())
                .as("the explorer shows the newest run")
                .hasSize(21);
        assertThat(test.reported()).isEmpty();
        main.shutdown(5);
    }
}
