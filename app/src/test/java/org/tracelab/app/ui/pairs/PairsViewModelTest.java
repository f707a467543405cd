package org.tracelab.app.ui.pairs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.app.service.TaskProgress;
import org.tracelab.app.service.pairs.PairFilter;
import org.tracelab.app.service.pairs.PairTexts;
import org.tracelab.app.testing.RepairRuns;
import org.tracelab.app.ui.ImmediateSession;
import org.tracelab.app.ui.runs.RunsViewModel;
import org.tracelab.core.export.PairOrigin;
import org.tracelab.core.trace.Curation;
import org.tracelab.core.trace.CurationState;

/**
 * The Pairs section on a store of three repaired tasks (a repair pair and a cross-chain pair each: 6 candidates, the
 * second task's direct answer flagged), on jobs that run at once.
 */
class PairsViewModelTest {

    @TempDir
    Path dir;

    private final ImmediateSession test = new ImmediateSession();
    private PairsViewModel pairs;
    private long run;

    @BeforeEach
    void openRepairs() {
        Path store = dir.resolve("repairs.tracelab.db");
        run = RepairRuns.create(store, 3);
        RunsViewModel runs = new RunsViewModel(test.session(), test.jobs(), test.errors());
        pairs = new PairsViewModel(test.session(), runs, test.jobs(), test.errors());
        test.open(store);
    }

    @AfterEach
    void close() {
        test.close();
        assertThat(test.reported()).as("errors reported").isEmpty();
    }

    @Test
    void choosingARunMinesEveryCandidateWithProgress() {
        assertThat(pairs.message().get()).isEqualTo("Choose a run to see its pair candidates.");

        pairs.runId().set(run);

        assertThat(pairs.rows()).hasSize(6);
        assertThat(pairs.rows()).filteredOn(row -> row.pair().origin() == PairOrigin.REPAIR).hasSize(3);
        assertThat(pairs.loading().get()).isFalse();
        assertThat(pairs.progress().get()).isEqualTo(1.0);
        assertThat(pairs.summary().get()).isEqualTo("6 pairs · 0 included · 0 excluded");
        assertThat(pairs.modes()).containsExactly("direct", "full_pcl");
        assertThat(pairs.instructionIds()).containsExactly(RepairRuns.INSTRUCTION);
    }

    @Test
    void filtersListExactlyTheMatchingPairs() {
        pairs.runId().set(run);

        pairs.flagged().set(FlagChoice.FLAGGED);
        assertThat(pairs.rows()).hasSize(1).allMatch(row -> row.pair().flagged());

        pairs.flagged().set(FlagChoice.ANY);
        pairs.origin().set(PairOrigin.REPAIR);
        assertThat(pairs.rows()).hasSize(3).allMatch(row -> row.task().startsWith("t"));
    }

    @Test
    void selectingAPairReadsItsTextsAndDecisionsAreSavedInTheStore() {
        pairs.runId().set(run);
        PairRow first = pairs.rows().get(0);

        pairs.selected().set(first);
        assertThat(pairs.texts().get()).isEqualTo(new PairTexts(RepairRuns.prompt(1), RepairRuns.fixedText(1),
                RepairRuns.repairedText(1)));

        pairs.include();
        pairs.note().set("clean fix");
        pairs.commitNote();
        assertThat(first.curation().get()).isEqualTo(new Curation(CurationState.INCLUDED, "clean fix"));
        assertThat(pairs.summary().get()).isEqualTo("6 pairs · 1 included · 0 excluded");

        pairs.excludeAll();
        assertThat(pairs.summary().get()).isEqualTo("6 pairs · 0 included · 6 excluded");
        assertThat(test.workspace().pairs(PairFilter.run(run).withCuration(CurationState.EXCLUDED),
                TaskProgress.NONE)).as("stored").hasSize(6)
                .filteredOn(pair -> pair.target().equals(first.pair().target()))
                .extracting(pair -> pair.curation().note()).containsExactly("clean fix");
    }
}
