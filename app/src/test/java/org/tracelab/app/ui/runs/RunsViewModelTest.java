package org.tracelab.app.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.app.service.samples.SampleStoreService;
import org.tracelab.app.testing.RepairRuns;
import org.tracelab.app.ui.ImmediateSession;
import org.tracelab.core.samples.IllustrativeRunBuilder;
import org.tracelab.core.verify.Verifiers;
import org.tracelab.core.verify.text.punkt.BuiltInSentenceSplitter;

/** The runs of the open store, on jobs that run at once: first start, a store with runs, reloads. */
class RunsViewModelTest {

    @TempDir
    Path dir;

    private final ImmediateSession test = new ImmediateSession();

    @AfterEach
    void close() {
        test.close();
        assertThat(test.reported()).as("errors reported").isEmpty();
    }

    private RunsViewModel runs() {
        return new RunsViewModel(test.session(), test.jobs(), test.errors());
    }

    @Test
    void aNewStoreIsReadAndEmpty() {
        RunsViewModel runs = runs();
        assertThat(runs.empty().get()).as("nothing read before a store is open").isFalse();

        test.open(dir.resolve("new.tracelab.db"));

        assertThat(runs.loaded().get()).isTrue();
        assertThat(runs.loading().get()).isFalse();
        assertThat(runs.runs()).isEmpty();
        assertThat(runs.empty().get()).isTrue();
    }

    @Test
    void theIllustrativeSampleRunIsListedAndLabelled() {
        Path samples = dir.resolve("samples.tracelab.db");
        new SampleStoreService(Verifiers.create(new BuiltInSentenceSplitter()), Clock.systemUTC())
                .install(samples, IllustrativeRunBuilder.Listener.NONE);
        RunsViewModel runs = runs();

        test.open(samples);

        assertThat(runs.runs()).hasSize(1);
        RunRow row = runs.runs().get(0);
        assertThat(row.illustration()).isTrue();
        assertThat(row.modes()).isEqualTo("direct, prompt_retry, full_pcl");
        assertThat(row.status()).isEqualTo("finished");
        assertThat(runs.empty().get()).isFalse();
    }

    @Test
    void refreshReadsRunsAddedSinceAndAnotherStoreReplacesTheList() {
        Path store = dir.resolve("repairs.tracelab.db");
        RepairRuns.create(store, 2);
        RunsViewModel runs = runs();
        test.open(store);
        assertThat(runs.runs()).extracting(RunRow::name).containsExactly("repairs");

        RepairRuns.create(store, 3);
        runs.refresh();
        assertThat(runs.runs()).extracting(RunRow::id).containsExactly(1L, 2L);

        test.open(dir.resolve("other.tracelab.db"));
        assertThat(runs.runs()).isEmpty();
        assertThat(test.jobs().titles()).filteredOn("Loading runs"::equals).hasSize(3);
    }
}
