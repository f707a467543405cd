package org.tracelab.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tracelab.core.export.Fixtures.example;
import static org.tracelab.core.export.Fixtures.pair;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tracelab.core.trace.CurationState;

/** Which inputs become lines: flags, verdicts, and the never-a-gamed-positive rule. */
class SelectionTest {

    private static List<String> completions(ExportSelection selection) {
        return selection.lines().stream().map(ExportLine::json).toList();
    }

    @Test
    void flaggedExamplesAreExcludedByDefault() {
        ExportKind kind = ExportKind.kto(List.of(
                example("1", "P", "clean", true),
                example("1", "P", "refused", false, "refusal"),
                example("2", "Q", "too long", false, "truncated"),
                example("3", "R", "impossible", false, "infeasible:length_vs_max_tokens")));
        ExportSelection selection = kind.select(ExportStyle.STANDARD, false);
        assertThat(completions(selection))
                .containsExactly("{\"prompt\":\"P\",\"completion\":\"clean\",\"label\":true}");
        assertThat(selection.excluded(Exclusion.FLAGGED)).isEqualTo(3);
        assertThat(selection.inputs()).isEqualTo(4);
    }

    @Test
    void includeFlaggedAdmitsFlaggedNegativesAndFlaggedTasks() {
        ExportKind kind = ExportKind.kto(List.of(
                example("1", "P", "refused", false, "refusal"),
                example("2", "Q", "fits anyway", true, "infeasible:length_vs_max_tokens")));
        assertThat(kind.select(ExportStyle.STANDARD, true).lines())
                .extracting(ExportLine::label)
                .containsExactly(false, true);
    }

    @Test
    void aGamedTruncatedOrRefusedPositiveIsNeverExported() {
        List<ExportExample> examples = List.of(
                example("1", "P", "<<untitled>> ok", true, "gamed:title_placeholder"),
                example("2", "Q", "cut", true, "truncated"),
                example("3", "R", "I cannot", true, "refusal"));
        for (boolean include : new boolean[] {false, true}) {
            for (ExportKind kind : List.of(ExportKind.sft(examples), ExportKind.kto(examples))) {
                ExportSelection selection = kind.select(ExportStyle.STANDARD, include);
                assertThat(selection.lines())
                        .as("%s, includeFlagged=%s", kind.id(), include)
                        .isEmpty();
                assertThat(selection.excluded(Exclusion.UNFIT_POSITIVE)).isEqualTo(3);
            }
        }
    }

    @Test
    void dpoNeverTakesAGamedChosenButIncludeFlaggedAdmitsAFlaggedRejected() {
        ExportKind kind = ExportKind.dpo(List.of(
                pair("1", "P", null, "gamed", "plain fail", Set.of("gamed:keywords_trailer"), Set.of()),
                pair("2", "Q", null, "good", "refusal text", Set.of(), Set.of("refusal"))));
        ExportSelection strict = kind.select(ExportStyle.STANDARD, false);
        assertThat(strict.lines()).isEmpty();
        assertThat(strict.excluded(Exclusion.UNFIT_POSITIVE)).isEqualTo(1);
        assertThat(strict.excluded(Exclusion.FLAGGED)).isEqualTo(1);
        ExportSelection lenient = kind.select(ExportStyle.STANDARD, true);
        assertThat(completions(lenient))
                .containsExactly("{\"prompt\":\"Q\",\"chosen\":\"good\",\"rejected\":\"refusal text\"}");
        assertThat(lenient.excluded(Exclusion.UNFIT_POSITIVE)).isEqualTo(1);
    }

    @Test
    void aRepairPairWhoseRejectedTextIsTheSharedFirstAttemptIsExportedByDefault() {
        ExportKind kind = ExportKind.dpo(
                List.of(pair("1", "P", null, "fixed", "first try", Set.of(), Set.of("shared:first_attempt"))));
        ExportSelection selection = kind.select(ExportStyle.STANDARD, false);
        assertThat(completions(selection))
                .containsExactly("{\"prompt\":\"P\",\"chosen\":\"fixed\",\"rejected\":\"first try\"}");
        assertThat(selection.excluded()).isEmpty();
    }

    @Test
    void aPairWhoseChosenIsGamedIsNeverExportedWhateverItsProvenance() {
        ExportKind kind = ExportKind.dpo(List.of(pair(
                "1",
                "P",
                null,
                "Keywords: rain",
                "first try",
                Set.of("gamed:keywords_trailer", "rule_fix:drop_commas"),
                Set.of("shared:first_attempt"))));
        for (boolean include : new boolean[] {false, true}) {
            ExportSelection selection = kind.select(ExportStyle.STANDARD, include);
            assertThat(selection.lines()).as("includeFlagged=%s", include).isEmpty();
            assertThat(selection.excluded(Exclusion.UNFIT_POSITIVE)).isEqualTo(1);
        }
    }

    @Test
    void provenanceFlagsNeverExcludeButAQualityFlagBesideThemDoes() {
        ExportKind kind = ExportKind.kto(List.of(
                example("1", "P", "shared answer", true, "shared:first_attempt"),
                example("1", "P", "rule fixed", true, "rule_fix:drop_commas"),
                example("2", "Q", "shared refusal", false, "shared:first_attempt", "refusal")));
        ExportSelection selection = kind.select(ExportStyle.STANDARD, false);
        assertThat(selection.lines()).extracting(ExportLine::label).containsExactly(true, true);
        assertThat(selection.excluded()).containsExactly(java.util.Map.entry(Exclusion.FLAGGED, 1));
    }

    @Test
    void sftTakesOneBestAnswerPerTaskAndSeedByDefault() {
        List<ExportExample> examples = List.of(
                Fixtures.ranked("1", "first pass", true, 42, 1),
                Fixtures.ranked("1", "second pass, same rank", true, 42, 1),
                Fixtures.ranked("1", "a failure", false, 42, 2),
                Fixtures.ranked("1", "seed 43 pass", true, 43, 1),
                Fixtures.ranked("2", "best of task 2 fails", false, 42, 1));
        ExportSelection best = ExportKind.sft(examples).select(ExportStyle.STANDARD, false);
        assertThat(completions(best))
                .containsExactly(
                        "{\"prompt\":\"Prompt of 1\",\"completion\":\"first pass\"}",
                        "{\"prompt\":\"Prompt of 1\",\"completion\":\"seed 43 pass\"}");
        assertThat(best.excluded())
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of(Exclusion.NOT_BEST, 1, Exclusion.NOT_PASSING, 2));

        ExportSelection all = ExportKind.sft(examples)
                .select(SelectionRules.of(ExportStyle.STANDARD, false).withSftAllPassing(true));
        assertThat(all.lines()).hasSize(3);
        assertThat(all.excluded()).containsExactly(java.util.Map.entry(Exclusion.NOT_PASSING, 2));
    }

    @Test
    void aGamedOrExcludedBestAnswerDoesNotTakeItsGroupsPlace() {
        List<ExportExample> examples = List.of(
                Fixtures.ranked("1", "<<untitled>> gamed pass", true, 42, 1, "gamed:title_placeholder"),
                chainCurated(Fixtures.ranked("1", "excluded pass", true, 42, 1), CurationState.EXCLUDED),
                Fixtures.ranked("1", "clean shared pass", true, 42, 1, "shared:first_attempt"),
                Fixtures.ranked("1", "another clean pass", true, 42, 1));
        ExportSelection best = ExportKind.sft(examples).select(ExportStyle.STANDARD, false);
        assertThat(completions(best))
                .containsExactly("{\"prompt\":\"Prompt of 1\",\"completion\":\"clean shared pass\"}");
        assertThat(best.excluded())
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                        Exclusion.UNFIT_POSITIVE, 1, Exclusion.EXCLUDED_BY_CURATOR, 1, Exclusion.NOT_BEST, 1));
    }

    @Test
    void sftTakesOnlyPassingAttempts() {
        ExportKind kind = ExportKind.sft(List.of(example("1", "P", "pass", true), example("1", "P", "fail", false)));
        ExportSelection selection = kind.select(ExportStyle.STANDARD, true);
        assertThat(completions(selection)).containsExactly("{\"prompt\":\"P\",\"completion\":\"pass\"}");
        assertThat(selection.excluded(Exclusion.NOT_PASSING)).isEqualTo(1);
    }

    @Test
    void aPairOfIdenticalTextsIsRefused() {
        assertThatThrownBy(() -> pair("1", "P", "same", "same"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same text");
    }

    @Test
    void malformedFlagsAreRefused() {
        assertThatThrownBy(() -> example("1", "P", "x", true, "Gamed Title"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("malformed flag");
    }

    @Test
    void anExcludedPairIsNeverExportedAndOnlyCuratedKeepsTheIncludedOnes() {
        PreferencePair included = curated(pair("1", "P", "good one", "bad one"), CurationState.INCLUDED);
        PreferencePair excluded = curated(pair("2", "Q", "good two", "bad two"), CurationState.EXCLUDED);
        PreferencePair undecided = pair("3", "R", "good three", "bad three");
        ExportKind kind = ExportKind.dpo(List.of(included, excluded, undecided));

        ExportSelection all = kind.select(ExportStyle.STANDARD, true, false);
        assertThat(completions(all))
                .containsExactly(
                        "{\"prompt\":\"P\",\"chosen\":\"good one\",\"rejected\":\"bad one\"}",
                        "{\"prompt\":\"R\",\"chosen\":\"good three\",\"rejected\":\"bad three\"}");
        assertThat(all.excluded(Exclusion.EXCLUDED_BY_CURATOR)).isEqualTo(1);

        ExportSelection onlyCurated = kind.select(ExportStyle.STANDARD, true, true);
        assertThat(completions(onlyCurated))
                .containsExactly("{\"prompt\":\"P\",\"chosen\":\"good one\",\"rejected\":\"bad one\"}");
        assertThat(onlyCurated.excluded(Exclusion.EXCLUDED_BY_CURATOR)).isEqualTo(1);
        assertThat(onlyCurated.excluded(Exclusion.NOT_INCLUDED)).isEqualTo(1);
    }

    @Test
    void chainCurationDecidesSftAndKtoExamples() {
        ExportExample included = chainCurated(example("1", "P", "kept", true), CurationState.INCLUDED);
        ExportExample excluded = chainCurated(example("2", "Q", "dropped", true), CurationState.EXCLUDED);
        ExportExample undecided = example("3", "R", "undecided", false);
        List<ExportExample> examples = List.of(included, excluded, undecided);

        assertThat(completions(ExportKind.sft(examples).select(ExportStyle.STANDARD, false, false)))
                .containsExactly("{\"prompt\":\"P\",\"completion\":\"kept\"}");
        assertThat(completions(ExportKind.kto(examples).select(ExportStyle.STANDARD, false, false)))
                .containsExactly(
                        "{\"prompt\":\"P\",\"completion\":\"kept\",\"label\":true}",
                        "{\"prompt\":\"R\",\"completion\":\"undecided\",\"label\":false}");
        ExportSelection onlyCurated = ExportKind.kto(examples).select(ExportStyle.STANDARD, false, true);
        assertThat(completions(onlyCurated))
                .containsExactly("{\"prompt\":\"P\",\"completion\":\"kept\",\"label\":true}");
        assertThat(onlyCurated.excluded(Exclusion.EXCLUDED_BY_CURATOR)).isEqualTo(1);
        assertThat(onlyCurated.excluded(Exclusion.NOT_INCLUDED)).isEqualTo(1);
    }

    private static PreferencePair curated(PreferencePair p, CurationState state) {
        return new PreferencePair(
                p.taskKey(),
                p.prompt(),
                p.systemPrompt(),
                p.chosen(),
                p.rejected(),
                p.scoreGap(),
                p.origin(),
                p.ranking(),
                p.chosenFlags(),
                p.rejectedFlags(),
                p.chosenSource(),
                p.rejectedSource(),
                state);
    }

    private static ExportExample chainCurated(ExportExample e, CurationState state) {
        return new ExportExample(
                e.taskKey(),
                e.prompt(),
                e.systemPrompt(),
                e.completion(),
                e.passesAllStrict(),
                e.flags(),
                e.source(),
                state,
                e.rank());
    }
}
