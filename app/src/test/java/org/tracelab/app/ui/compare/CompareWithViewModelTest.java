package org.tracelab.app.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.app.service.compare.LocatedChain;
import org.tracelab.app.testing.CompareTestStore;
import org.tracelab.app.ui.ImmediateSession;
import org.tracelab.app.ui.diff.DiffChain;
import org.tracelab.storage.StoredAttempt;
import org.tracelab.storage.TraceStore;
import org.tracelab.storage.query.ChainSummary;

/** "Compare with…" on two hand-made runs ({@link CompareTestStore}), on jobs that run at once. */
class CompareWithViewModelTest {

    @TempDir
    Path dir;

    private final ImmediateSession test = new ImmediateSession();
    private final List<List<DiffChain>> opened = new ArrayList<>();
    private final List<StoredAttempt> sides = new ArrayList<>();
    private CompareTestStore fixture;
    private CompareWithViewModel viewModel;
    private LocatedChain base2;

    @BeforeEach
    void open() {
        Path file = dir.resolve("compare-with.tracelab.db");
        try (TraceStore store = TraceStore.open(file)) {
            fixture = CompareTestStore.fill(store.writer());
        }
        test.open(file);
        ChainSummary chain = test.workspace().chainsOfTask("2").stream()
                .filter(c -> c.runId() == fixture.base())
                .findFirst()
                .orElseThrow();
        base2 = test.workspace().locateChain(chain).orElseThrow();
        viewModel = new CompareWithViewModel(
                test.session().workspace(),
                test.jobs(),
                test.errors(),
                (chains, left, right) -> {
                    opened.add(chains);
                    sides.add(left);
                    sides.add(right);
                },
                base2,
                base2.attempts().get(0));
    }

    @AfterEach
    void close() {
        test.close();
        assertThat(test.reported()).as("errors reported").isEmpty();
    }

    @Test
    void findsTheTasksChainsInEveryRunAndDiffsWithTheChosenOnesFinalAttempt() {
        viewModel.find();

        assertThat(viewModel.chains()).extracting(ChainSummary::runId).containsExactly(fixture.base(), fixture.tuned());
        assertThat(viewModel.status().get()).isEqualTo("2 chains of task 2 in 2 run(s).");
        viewModel.chain().set(viewModel.chains().get(1));
        assertThat(viewModel.attempt().get().attempt().output()).isEqualTo("soft rain, tuned 2");
        assertThat(viewModel.canCompare().get()).isTrue();

        viewModel.compare();

        assertThat(opened).hasSize(1);
        assertThat(opened.get(0))
                .extracting(DiffChain::label)
                .containsExactly(
                        "this · " + base2.label(),
                        "other · run #" + fixture.tuned() + " · direct · seed 42 · fork 0 · chain "
                                + viewModel.chains().get(1).chainId());
        assertThat(sides)
                .extracting(a -> a.attempt().output())
                .containsExactly("soft rain over base 2", "soft rain, tuned 2");
    }

    @Test
    void theSameAttemptCannotBeComparedWithItselfAndAnotherTaskCanBeFound() {
        viewModel.find();
        viewModel.chain().set(viewModel.chains().get(0)); // the chain of the attempt compared
        assertThat(viewModel.canCompare().get())
                .as("its only attempt is the one compared")
                .isFalse();

        viewModel.taskKey().set("6");
        viewModel.find();

        assertThat(viewModel.chains()).extracting(ChainSummary::runId).containsExactly(fixture.base());
        viewModel.taskKey().set("nope");
        viewModel.find();
        assertThat(viewModel.chains()).isEmpty();
        assertThat(viewModel.status().get()).isEqualTo("No chain of task nope in this store.");
        viewModel.compare();
        assertThat(opened).isEmpty();
    }
}
