package org.tracelab.app.ui.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.app.service.store.OpenStore;
import org.tracelab.app.service.workspace.StoreWorkspace;
import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.app.ui.errors.ErrorReporter;
import org.tracelab.app.ui.jobs.ImmediateJobs;
import org.tracelab.app.ui.jobs.Jobs;
import org.tracelab.app.ui.jobs.QueuedJobs;
import org.tracelab.app.ui.runs.RunRow;
import org.tracelab.core.trace.Strategy;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.storage.StoredAttempt;
import org.tracelab.storage.query.ChainSummary;
import org.tracelab.storage.query.VerdictFilter;
import org.tracelab.storage.query.VerdictLevel;

/** The explorer's view model on a real store, its jobs run inline: no stage, no FX thread. */
class ExplorerViewModelTest {

    @TempDir
    Path dir;

    private final List<String> errors = new ArrayList<>();
    private final ErrorReporter reporter = (summary, cause) -> errors.add(summary + " / " + cause);
    private final List<String> diffs = new ArrayList<>();
    private Path file;
    private ExplorerTestStore store;
    private OpenStore traces;
    private StoreWorkspace workspace;
    private SimpleObjectProperty<Workspace> open;
    private ObservableList<RunRow> runs;

    @BeforeEach
    void openStore() {
        file = dir.resolve("explorer.tracelab.db");
        traces = OpenStore.open(file);
        store = ExplorerTestStore.fill(traces.writer());
        workspace = new StoreWorkspace(traces, Clock.systemUTC());
        open = new SimpleObjectProperty<>(workspace);
        runs = FXCollections.observableArrayList(workspace.runs().stream()
                .map(run -> RunRow.of(run, ZoneOffset.UTC))
                .toList());
    }

    @AfterEach
    void close() {
        workspace.close();
        assertThat(errors).isEmpty();
    }

    private ExplorerViewModel viewModel(Jobs jobs) {
        return new ExplorerViewModel(
                open,
                runs,
                jobs,
                reporter,
                (TaskRecord task, List<StoredAttempt> chain, StoredAttempt left, StoredAttempt right) ->
                        diffs.add(task.datasetKey() + ":" + left.attempt().index() + "->"
                                + right.attempt().index()));
    }

    private static List<Long> ids(ExplorerViewModel viewModel) {
        return viewModel.chains().rows().stream().map(ChainSummary::chainId).toList();
    }

    @Test
    void showsTheNewestRunUntilAnotherIsChosen() {
        ExplorerViewModel viewModel = viewModel(new ImmediateJobs());

        assertThat(viewModel.chains().summary().get()).isEqualTo("run " + store.run());
        assertThat(ids(viewModel))
                .containsExactly(store.directComma(), store.repaired(), store.title(), store.directTwoCommas());
        assertThat(viewModel.chains().counts().get().total()).isEqualTo(4);
        assertThat(viewModel.chains().options().get().modes()).containsOnlyKeys("direct", "repair");
        assertThat(viewModel.chains().moreBelow().get()).isFalse();
    }

    @Test
    void readersKeptOpenForTheExplorerSeeLaterCommits() {
        ExplorerViewModel viewModel = viewModel(new ImmediateJobs());
        assertThat(viewModel.chains().counts().get().total()).isEqualTo(4);
        var writer = traces.writer();
        var chain = writer.beginChain(new org.tracelab.core.trace.ChainKey(store.run(), "1", "direct", 3L, 0));
        writer.appendAttempt(chain, org.tracelab.core.testing.SampleTraces.failingDirect("late, answer"));
        writer.finishChain(chain, 0);
        writer.commit();

        viewModel.chains().reload();

        assertThat(ids(viewModel)).hasSize(5).endsWith(chain.chainId());
        assertThat(viewModel.chains().counts().get().total()).isEqualTo(5);
    }

    @Test
    void instructionAndVerdictFilterKeepsTheChainsFailingThatInstruction() {
        ExplorerViewModel viewModel = viewModel(new ImmediateJobs());

        viewModel.applyFilter(viewModel
                .chains()
                .filter()
                .get()
                .withInstructionIds(List.of(ExplorerTestStore.NO_COMMA))
                .withVerdict(new VerdictFilter(VerdictLevel.STRICT, false)));

        assertThat(ids(viewModel)).containsExactly(store.directComma(), store.directTwoCommas());
        assertThat(viewModel.chains().counts().get().total()).isEqualTo(2);
        assertThat(viewModel.chains().summary().get())
                .isEqualTo("run " + store.run() + " · instruction punctuation:no_comma · strict fail");
    }

    @Test
    void eachRunKeepsItsOwnFilter() {
        ExplorerViewModel viewModel = viewModel(new ImmediateJobs());
        viewModel.applyFilter(viewModel.chains().filter().get().withModes(List.of("repair")));
        assertThat(ids(viewModel)).containsExactly(store.repaired());

        viewModel.selectRun(store.otherRun());
        assertThat(viewModel.chains().summary().get()).isEqualTo("run " + store.otherRun());
        assertThat(ids(viewModel)).hasSize(1).doesNotContain(store.repaired());

        viewModel.selectRun(store.run());
        assertThat(viewModel.chains().summary().get()).isEqualTo("run " + store.run() + " · mode repair");
        assertThat(ids(viewModel)).containsExactly(store.repaired());

        viewModel.selectRun(null);
        assertThat(viewModel.chains().counts().get().total()).as("all runs").isEqualTo(5);
    }

    @Test
    void aNewerFilterWinsOverAnOlderReadThatFinishesLast() {
        QueuedJobs jobs = new QueuedJobs();
        ExplorerViewModel viewModel = viewModel(jobs);
        jobs.runAll();
        viewModel.applyFilter(viewModel.chains().filter().get().withModes(List.of("direct")));
        viewModel.applyFilter(viewModel.chains().filter().get().withModes(List.of("repair")));
        assertThat(jobs.pending())
                .filteredOn(job -> job.title().equals("Reading chains"))
                .extracting(QueuedJobs.Pending::cancelled)
                .containsExactly(true, false);

        jobs.runNewestFirst();

        assertThat(ids(viewModel)).containsExactly(store.repaired());
        assertThat(viewModel.chains().counts().get().total()).isEqualTo(1);
        assertThat(viewModel.chains().loading().get()).isFalse();
    }

    @Test
    void openingAChainShowsItsFinalAttemptComparesItWithItsParentAndListsTheTasksOtherChains() {
        ExplorerViewModel viewModel = viewModel(new ImmediateJobs());
        ChainSummary repaired = viewModel.chains().rows().get(1);

        viewModel.selectChain(repaired);

        ChainDetailModel chain = viewModel.chain();
        assertThat(chain.attempts())
                .extracting(attempt -> attempt.attempt().strategy())
                .containsExactly(Strategy.DIRECT, Strategy.PATCH);
        assertThat(chain.selectedAttempt().get().attempt().index()).isEqualTo(1);
        assertThat(chain.compareLeft().get().attempt().index()).isZero();
        assertThat(chain.compareRight().get().attempt().index()).isEqualTo(1);
        assertThat(chain.detail().get().sameTask())
                .extracting(ChainSummary::chainId)
                .containsExactly(store.directComma(), store.directTwoCommas());
        // Each chain's final answer ranked within its (task, seed): the repair passes, seed 2 stands alone.
        assertThat(chain.detail().get().ranks())
                .containsOnly(
                        java.util.Map.entry(store.repaired(), new org.tracelab.core.run.ChainRank(1L, 1, 2)),
                        java.util.Map.entry(store.directComma(), new org.tracelab.core.run.ChainRank(1L, 2, 2)),
                        java.util.Map.entry(store.directTwoCommas(), new org.tracelab.core.run.ChainRank(2L, 1, 1)));
        StoredAttempt first = chain.attempts().get(0);
        // The one-character comma span of "rain, rain" is widened to its word so the mark is visible.
        assertThat(chain.detail().get().evidenceOf(first))
                .containsExactly(new EvidenceMark(
                        0, 5, List.of("punctuation:no_comma: found 1 comma; the " + "instruction forbids any")));

        viewModel.selectPreviousAttempt();
        assertThat(chain.selectedAttempt().get()).isEqualTo(first);
        viewModel.openDiff();
        assertThat(diffs).containsExactly("1:0->1");

        viewModel.selectNextChain();
        assertThat(viewModel.selectedChain().get().chainId()).isEqualTo(store.title());
        assertThat(chain.attempts()).hasSize(1);
        assertThat(chain.canCompare().get()).isFalse();
        viewModel.openDiff();
        assertThat(diffs).hasSize(1);
        assertThat(chain.status().get()).startsWith("Choose two different attempts");
    }

    @Test
    void includeAndExcludeSaveThePairWithTheBetterAttemptChosen() throws Exception {
        ExplorerViewModel viewModel = viewModel(new ImmediateJobs());
        viewModel.selectChain(viewModel.chains().rows().get(1));
        ChainDetailModel chain = viewModel.chain();
        // A is the passing patch, B the failing first answer: the patch is still the chosen side.
        StoredAttempt direct = chain.attempts().get(0);
        StoredAttempt patch = chain.attempts().get(1);
        chain.compareLeft().set(patch);
        chain.compareRight().set(direct);

        viewModel.includePair();
        assertThat(chain.status().get()).isEqualTo("Included pair: #1 patch chosen over #0 direct");
        assertThat(pairs()).containsExactly(patch.id() + ">" + direct.id() + ":included");

        viewModel.excludePair();
        assertThat(pairs()).containsExactly(patch.id() + ">" + direct.id() + ":excluded");
    }

    @Test
    void attemptsThatScoreTheSameMakeNoPair() throws Exception {
        ExplorerViewModel viewModel = viewModel(new ImmediateJobs());
        ChainDetailModel chain = viewModel.chain();
        viewModel.selectChain(viewModel.chains().rows().get(0));
        StoredAttempt oneComma = chain.attempts().get(0);
        assertThat(chain.canCompare().get()).as("one attempt only").isFalse();
        viewModel.includePair();
        assertThat(chain.status().get()).startsWith("Choose two different attempts");

        viewModel.selectChain(viewModel.chains().rows().get(3));
        chain.compareLeft().set(oneComma);
        chain.compareRight().set(chain.attempts().get(0));
        viewModel.includePair();

        assertThat(chain.status().get())
                .isEqualTo("#0 direct and #0 direct score the same, so neither is "
                        + "preferred: choose attempts that differ.");
        assertThat(pairs()).isEmpty();
    }

    @Test
    void scrollingDownHoldsABoundedWindowAndScrollingUpReadsDroppedPagesAgain() {
        ChainListModel chains = new ChainListModel(open, new ImmediateJobs(), reporter, 2, 4);
        List<Integer> shifts = new ArrayList<>();
        chains.setShiftListener(shifts::add);
        chains.selectRun(null);
        assertThat(chains.rows()).hasSize(2);

        chains.loadMore();
        chains.loadMore();
        assertThat(chains.rows())
                .as("the first page dropped")
                .hasSize(3)
                .extracting(ChainSummary::chainId)
                .startsWith(store.title(), store.directTwoCommas());
        assertThat(chains.moreBelow().get()).isFalse();
        assertThat(chains.moreAbove().get()).isTrue();
        assertThat(shifts).containsExactly(-2);

        chains.loadEarlier();
        assertThat(chains.rows())
                .extracting(ChainSummary::chainId)
                .containsExactly(store.directComma(), store.repaired(), store.title(), store.directTwoCommas());
        assertThat(chains.moreAbove().get()).isFalse();
        assertThat(chains.moreBelow().get()).as("the last page dropped in turn").isTrue();
        assertThat(shifts).containsExactly(-2, 2);
    }

    private List<String> pairs() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                ResultSet result = connection
                        .createStatement()
                        .executeQuery("SELECT chosen_attempt_id, rejected_attempt_id, state FROM pair_curation")) {
            while (result.next()) {
                rows.add(result.getLong(1) + ">" + result.getLong(2) + ":" + result.getString(3));
            }
        }
        return rows;
    }
}
