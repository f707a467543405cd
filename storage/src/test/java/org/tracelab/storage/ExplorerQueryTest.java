package org.tracelab.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.core.testing.SampleTraces;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.ChainKey;
import org.tracelab.core.trace.Curation;
import org.tracelab.core.trace.CurationState;
import org.tracelab.core.trace.CurationTarget;
import org.tracelab.core.trace.Flags;
import org.tracelab.core.trace.SourceVerdict;
import org.tracelab.core.trace.Strategy;
import org.tracelab.storage.query.ChainPage;
import org.tracelab.storage.query.ChainQuery;
import org.tracelab.storage.query.ChainSummary;
import org.tracelab.storage.query.FacetCounts;
import org.tracelab.storage.query.ModeAggregate;
import org.tracelab.storage.query.PageRequest;
import org.tracelab.storage.query.VerdictCounts;
import org.tracelab.storage.query.VerdictLevel;

/**
 * A small run with known content: task "1" (no_comma + lowercase), modes direct and repair, seeds 1 and 2.
 * <ul>
 *   <li>direct/1: one failing attempt (comma), flagged truncated</li>
 *   <li>direct/2: one failing attempt "we, too", plus flag refusal added later</li>
 *   <li>repair/1: failing direct then passing patch; source verdict says fail (disagrees); curated included</li>
 *   <li>repair/2: open (one failing attempt, never finished)</li>
 * </ul>
 */
class ExplorerQueryTest {

    @TempDir
    Path dir;

    private TraceStore store;
    private TraceReader reader;
    private long run;
    private long directSeed1;
    private long directSeed2;
    private long repairSeed1;
    private long repairSeed2;

    @BeforeEach
    void fillStore() {
        store = TraceStore.open(dir.resolve("q.db"));
        TraceWriter writer = store.writer();
        run = writer.createRun(SampleTraces.run("r"));
        long otherRun = writer.createRun(SampleTraces.run("other"));
        writer.putTask(run, SampleTraces.task("1"));
        writer.putTask(otherRun, SampleTraces.task("1"));

        directSeed1 = chain(writer, run, "direct", 1L, List.of(SampleTraces.failingDirect("rain, rain")), 0);
        directSeed2 = chain(writer, run, "direct", 2L, List.of(SampleTraces.failingDirect("we, too")), 0);
        writer.addFlags(firstAttempt(directSeed2), List.of(Flags.REFUSAL));
        repairSeed1 = chain(
                writer,
                run,
                "repair",
                1L,
                List.of(SampleTraces.failingDirect("rain, soft"), SampleTraces.passingPatch("rain soft")),
                1);
        writer.setSourceVerdict(repairSeed1, new SourceVerdict("wasmagent", false, null));
        writer.curate(new CurationTarget.ChainTarget(repairSeed1), new Curation(CurationState.INCLUDED, "good"));
        repairSeed2 = chain(writer, run, "repair", 2L, List.of(SampleTraces.failingDirect("x, y")), null);
        chain(writer, otherRun, "direct", 1L, List.of(SampleTraces.failingDirect("elsewhere")), null);
        writer.commit();
        reader = store.openReader();
    }

    @AfterEach
    void close() {
        reader.close();
        store.close();
    }

    @Test
    void filtersCombineAcrossDimensions() {
        assertThat(ids(ChainQuery.all().withRuns(run)))
                .containsExactly(directSeed1, directSeed2, repairSeed1, repairSeed2);
        assertThat(ids(ChainQuery.all().withRuns(run).withModes("repair"))).containsExactly(repairSeed1, repairSeed2);
        assertThat(ids(ChainQuery.all().withRuns(run).withSeeds(2L))).containsExactly(directSeed2, repairSeed2);
        assertThat(ids(ChainQuery.all().withRuns(run).withVerdict(VerdictLevel.STRICT, true)))
                .containsExactly(repairSeed1);
        assertThat(ids(ChainQuery.all().withRuns(run).withVerdict(VerdictLevel.BOTH, false)))
                .containsExactly(directSeed1, directSeed2);
        assertThat(ids(ChainQuery.all().withRuns(run).withStrategies(Strategy.PATCH)))
                .containsExactly(repairSeed1);
        assertThat(ids(ChainQuery.all().withFlags(Flags.REFUSAL))).containsExactly(directSeed2);
        assertThat(ids(ChainQuery.all().withCuration(CurationState.INCLUDED))).containsExactly(repairSeed1);
        assertThat(ids(ChainQuery.all().withRuns(run).withCuration(CurationState.NONE)))
                .containsExactly(directSeed1, directSeed2, repairSeed2);
        assertThat(ids(ChainQuery.all().withSourceAgreement(false))).containsExactly(repairSeed1);
    }

    @Test
    void instructionFilterWithVerdictLooksAtThatInstructionOfTheFinalAttempt() {
        ChainQuery commaFailures = ChainQuery.all()
                .withRuns(run)
                .withInstructions("punctuation:no_comma")
                .withVerdict(VerdictLevel.STRICT, false);
        assertThat(ids(commaFailures)).containsExactly(directSeed1, directSeed2);
        ChainQuery lowercaseFailures = ChainQuery.all()
                .withInstructions("change_case:english_lowercase")
                .withVerdict(VerdictLevel.STRICT, false);
        assertThat(ids(lowercaseFailures)).isEmpty();
        assertThat(ids(ChainQuery.all().withRuns(run).withInstructions("punctuation:no_comma")))
                .hasSize(4);
    }

    @Test
    void fullTextFindsChainsByAnyAttemptsOutput() {
        assertThat(ids(ChainQuery.all().withFullText("soft"))).containsExactly(repairSeed1);
        assertThat(ids(ChainQuery.all().withFullText("RAIN"))).containsExactly(directSeed1, repairSeed1);
        assertThat(ids(ChainQuery.all().withFullText("\"unbalanced AND OR"))).isEmpty();
    }

    @Test
    void keysetPagesWalkEveryMatchOnce() {
        List<Long> seen = new ArrayList<>();
        PageRequest page = PageRequest.first(3);
        int pages = 0;
        while (page != null) {
            ChainPage result = reader.chains(ChainQuery.all(), page);
            result.rows().forEach(row -> seen.add(row.chainId()));
            page = result.next();
            pages++;
        }
        assertThat(seen).hasSize(5).doesNotHaveDuplicates().isSorted();
        assertThat(pages).isEqualTo(2);
    }

    @Test
    void summaryRowCarriesFinalVerdictAttemptCountCurationAndSource() {
        ChainSummary row = reader.chains(ChainQuery.all().withCuration(CurationState.INCLUDED), PageRequest.first(10))
                .rows()
                .get(0);
        assertThat(row)
                .isEqualTo(new ChainSummary(
                        repairSeed1,
                        run,
                        "1",
                        "repair",
                        1L,
                        0,
                        org.tracelab.core.trace.ChainStatus.FINISHED,
                        2,
                        1,
                        true,
                        true,
                        CurationState.INCLUDED,
                        false));
    }

    @Test
    void facetsCountTheSelectionPerDimension() {
        FacetCounts facets = reader.facets(ChainQuery.all().withRuns(run));
        assertThat(facets.total()).isEqualTo(4);
        assertThat(facets.runs()).isEqualTo(Map.of(run, 4L));
        assertThat(facets.modes()).containsExactly(Map.entry("direct", 2L), Map.entry("repair", 2L));
        assertThat(facets.seeds()).containsExactly(Map.entry(1L, 2L), Map.entry(2L, 2L));
        assertThat(facets.instructionIds())
                .containsExactly(Map.entry("change_case:english_lowercase", 4L), Map.entry("punctuation:no_comma", 4L));
        assertThat(facets.verdicts()).isEqualTo(new VerdictCounts(1, 2, 1, 2, 1));
        assertThat(facets.strategies()).containsExactly(Map.entry("direct", 4L), Map.entry("patch", 1L));
        assertThat(facets.flags()).containsExactly(Map.entry("refusal", 1L), Map.entry("truncated", 4L));
        assertThat(facets.curation()).containsExactly(Map.entry("included", 1L), Map.entry("none", 3L));

        assertThat(reader.facets(ChainQuery.all().withModes("repair")).total()).isEqualTo(2);
    }

    @Test
    void aggregatesUseFinalAttemptsAndIgnoreFlags() {
        List<ModeAggregate> aggregates = reader.aggregates(run);
        assertThat(aggregates).extracting(ModeAggregate::mode).containsExactly("direct", "repair");

        var direct = aggregates.get(0).all();
        assertThat(direct.chains()).isEqualTo(2);
        assertThat(direct.attempts()).isEqualTo(2);
        assertThat(direct.promptStrict()).isEqualTo(0.0);
        // Both direct attempts follow lowercase but not no_comma: 2 of 4 instructions, flags notwithstanding.
        assertThat(direct.instructionStrict()).isCloseTo(0.5, within(1e-9));

        var repair = aggregates.get(1).all();
        assertThat(repair.chains()).isEqualTo(2);
        assertThat(repair.finishedChains()).isEqualTo(1);
        assertThat(repair.attempts()).isEqualTo(3);
        assertThat(repair.promptStrict()).isEqualTo(1.0);
        assertThat(repair.instructionLoose()).isEqualTo(1.0);
        assertThat(repair.sourceDisagreements()).isEqualTo(1);

        assertThat(aggregates.get(1).bySeed())
                .extracting(ModeAggregate.SeedRates::seed)
                .containsExactly(1L, 2L);
        var seed2 = aggregates.get(1).bySeed().get(1).rates();
        assertThat(seed2.chains()).isEqualTo(1);
        assertThat(seed2.attempts()).isEqualTo(1);
        assertThat(seed2.promptStrict()).isNull();
    }

    @Test
    void readerKeepsAnsweringWhileTheWriterHoldsAnOpenBatch() {
        TraceWriter writer = store.writer();
        writer.putTask(run, SampleTraces.task("2"));
        writer.beginChain(new ChainKey(run, "2", "direct", 9L, 0));
        // Uncommitted: invisible, and the reader is not blocked by the writer's open transaction.
        assertThat(reader.facets(ChainQuery.all().withRuns(run)).total()).isEqualTo(4);
        writer.commit();
        assertThat(reader.facets(ChainQuery.all().withRuns(run)).total()).isEqualTo(5);
    }

    private List<Long> ids(ChainQuery query) {
        return reader.chains(query, PageRequest.first(100)).rows().stream()
                .map(ChainSummary::chainId)
                .toList();
    }

    private long firstAttempt(long chainId) {
        try (TraceReader peek = store.openReader()) {
            store.writer().commit();
            return peek.attempts(chainId).get(0).id();
        }
    }

    private static long chain(
            TraceWriter writer, long run, String mode, Long seed, List<Attempt> attempts, Integer finalIndex) {
        ChainHandle chain = writer.beginChain(new ChainKey(run, "1", mode, seed, 0));
        attempts.forEach(a -> writer.appendAttempt(chain, a));
        if (finalIndex != null) {
            writer.finishChain(chain, finalIndex);
        }
        return chain.chainId();
    }
}
