package org.tracelab.app.ui.pairs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
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
        assertThat(pairs.rows())
                .filteredOn(row -> row.pair().origin() == PairOrigin.REPAIR)
                .hasSize(3);
        assertThat(pairs.loading().get()).isFalse();
        assertThat(pairs.progress().get()).isEqualTo(1.0);
        assertThat(pairs.summary().get()).isEqualTo("6 pairs · 0 included · 0 excluded · 1 with quality flags");
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
        PairTexts texts = pairs.texts().get();
        assertThat(List.of(texts.prompt(), texts.chosen(), texts.rejected()))
                .containsExactly(RepairRuns.prompt(1), RepairRuns.fixedText(1), RepairRuns.repairedText(1));

        pairs.include();
        pairs.note().set("clean fix");
        pairs.commitNote();
        assertThat(first.curation().get()).isEqualTo(new Curation(CurationState.INCLUDED, "clean fix"));
        assertThat(pairs.summary().get()).isEqualTo("6 pairs · 1 included · 0 excluded · 1 with quality flags");

        pairs.excludeAll();
        assertThat(pairs.summary().get()).isEqualTo("6 pairs · 0 included · 6 excluded · 1 with quality flags");
        assertThat(test.workspace().pairs(PairFilter.run(run).withCuration(CurationState.EXCLUDED), TaskProgress.NONE))
                .as("stored")
                .hasSize(6)
                .filteredOn(pair -> pair.target().equals(first.pair().target()))
                .extracting(pair -> pair.curation().note())
                .containsExactly("clean fix");
    }

    @Test
    void theSelectedPairShowsItsRanksTheWordDiffAndWhereTheRejectedAnswerBreaksTheRule() {
        pairs.runId().set(run);
        PairRow repair = pairs.rows().get(0);

        pairs.selected().set(repair);

        assertThat(repair.ranks()).isEqualTo("1 > 2");
        assertThat(repair.margin()).isEqualTo("all strict; +1 strict, +1 loose");
        PairComparison comparison = pairs.comparison().get();
        String rejected = RepairRuns.repairedText(1);
        int comma = rejected.indexOf(',');
        assertThat(comparison.rejectedEvidence()).singleElement().satisfies(mark -> {
            assertThat(mark.start()).isEqualTo(comma);
            assertThat(mark.end()).isEqualTo(comma + 1);
            assertThat(mark.notes()).containsExactly(RepairRuns.INSTRUCTION + ": found a comma");
        });
        assertThat(comparison.chosenEvidence()).isEmpty();
        assertThat(comparison.diff().identical()).isFalse();
        assertThat(comparison.diff().left())
                .anySatisfy(span -> assertThat(span.start()).isLessThanOrEqualTo(comma));
    }

    @Test
    void nGoesToTheNextUndecidedPairWrappingAround() {
        pairs.runId().set(run);
        pairs.selected().set(pairs.rows().get(0));
        pairs.include();
        pairs.selected().set(pairs.rows().get(2));
        pairs.exclude();

        pairs.selected().set(pairs.rows().get(0));
        pairs.selectNextUndecided();
        assertThat(pairs.selected().get()).isSameAs(pairs.rows().get(1));
        pairs.selectNextUndecided();
        assertThat(pairs.selected().get())
                .as("the excluded one is skipped")
                .isSameAs(pairs.rows().get(3));
        pairs.selected().set(pairs.rows().get(5));
        pairs.selectNextUndecided();
        assertThat(pairs.selected().get())
                .as("from the end back to the top")
                .isSameAs(pairs.rows().get(1));
    }

    @Test
    void provenanceFlagsAreListedApartAndNeverCountAsFlagged() {
        pairs.runId().set(run);
        PairRow refused = pairs.rows().stream()
                .filter(row -> row.task().equals("t2"))
                .filter(row -> row.pair().origin() == PairOrigin.CROSS_CHAIN)
                .findFirst()
                .orElseThrow();

        assertThat(refused.qualityFlags()).isEqualTo("refusal");
        assertThat(refused.provenance()).isEmpty();
        assertThat(pairs.rows()).filteredOn(row -> row.pair().flagged()).containsExactly(refused);
    }
}
