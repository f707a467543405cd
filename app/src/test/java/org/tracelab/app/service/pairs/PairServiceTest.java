package org.tracelab.app.service.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.app.service.TaskProgress;
import org.tracelab.app.service.export.ExportService;
import org.tracelab.app.service.store.OpenStore;
import org.tracelab.app.testing.RepairRuns;
import org.tracelab.core.export.ExportOptions;
import org.tracelab.core.export.ExportPreview;
import org.tracelab.core.export.ExportResult;
import org.tracelab.core.export.ExportStyle;
import org.tracelab.core.export.PairOrigin;
import org.tracelab.core.run.PairMiner;
import org.tracelab.core.trace.Curation;
import org.tracelab.core.trace.CurationState;
import org.tracelab.core.trace.Strategy;
import org.tracelab.storage.TraceStore;

/** Pair candidates for the Pairs view and curated export, on a store with three repaired tasks. */
class PairServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path file;
    private long run;

    @BeforeEach
    void createStore() {
        file = dir.resolve("t.tracelab.db");
        run = RepairRuns.create(file, 3);
    }

    @Test
    void listsTheRepairAndTheCrossChainPairOfEachTaskInPreferenceOrder() {
        List<MinedPair> pairs = list(PairFilter.run(run));

        assertThat(pairs).extracting(MinedPair::taskKey).containsExactly("t1", "t1", "t2", "t2", "t3", "t3");
        assertThat(pairs)
                .extracting(MinedPair::origin)
                .containsExactly(
                        PairOrigin.REPAIR,
                        PairOrigin.CROSS_CHAIN,
                        PairOrigin.REPAIR,
                        PairOrigin.CROSS_CHAIN,
                        PairOrigin.REPAIR,
                        PairOrigin.CROSS_CHAIN);
        MinedPair repair = pairs.get(0);
        assertThat(repair.chosen().mode()).isEqualTo("full_pcl");
        assertThat(repair.chosen().strategy()).isEqualTo(Strategy.PATCH);
        assertThat(repair.chosen().index()).isEqualTo(1);
        assertThat(repair.rejected().chainId()).isEqualTo(repair.chosen().chainId());
        assertThat(repair.rejected().index()).isZero();
        assertThat(repair.scoreGap()).isEqualTo(1.0);
        assertThat(repair.curation()).isEqualTo(Curation.NONE);
        MinedPair cross = pairs.get(1);
        assertThat(cross.chosen().attemptId()).isEqualTo(repair.chosen().attemptId());
        assertThat(cross.rejected().mode()).isEqualTo("direct");
        assertThat(pairs.get(3).rejected().flags()).containsExactly("refusal");
        assertThat(pairs.get(3).flagged()).isTrue();
        assertThat(pairs.get(1).flagged()).isFalse();
    }

    @Test
    void filtersByModeInstructionOriginFlagAndCuration() {
        List<MinedPair> all = list(PairFilter.run(run));
        curate(all.get(0), CurationState.INCLUDED, "clean");
        curate(all.get(1), CurationState.EXCLUDED, null);

        assertThat(list(PairFilter.run(run).withOrigin(PairOrigin.REPAIR)))
                .hasSize(3)
                .allMatch(p -> p.origin() == PairOrigin.REPAIR);
        assertThat(list(PairFilter.run(run).withMode("direct")))
                .hasSize(3)
                .allMatch(p -> p.origin() == PairOrigin.CROSS_CHAIN);
        assertThat(list(PairFilter.run(run).withMode("full_pcl"))).hasSize(6);
        assertThat(list(PairFilter.run(run).withMode("prompt_retry"))).isEmpty();
        assertThat(list(PairFilter.run(run).withInstruction(RepairRuns.INSTRUCTION)))
                .hasSize(6);
        assertThat(list(PairFilter.run(run).withInstruction("change_case:english_lowercase")))
                .isEmpty();
        assertThat(list(PairFilter.run(run).withFlagged(true)))
                .extracting(MinedPair::taskKey)
                .containsExactly("t2");
        assertThat(list(PairFilter.run(run).withFlagged(false))).hasSize(5);
        List<MinedPair> included = list(PairFilter.run(run).withCuration(CurationState.INCLUDED));
        assertThat(included)
                .extracting(MinedPair::target)
                .containsExactly(all.get(0).target());
        assertThat(included.get(0).curation()).isEqualTo(new Curation(CurationState.INCLUDED, "clean"));
        assertThat(list(PairFilter.run(run).withCuration(CurationState.EXCLUDED)))
                .hasSize(1);
        assertThat(list(PairFilter.run(run).withCuration(CurationState.NONE))).hasSize(4);
    }

    @Test
    void readsBothAnswersAndThePromptOfOnePair() {
        MinedPair cross = list(PairFilter.run(run)).get(5);
        try (OpenStore store = OpenStore.open(file)) {
            PairTexts texts = new PairService(store).texts(cross);
            assertThat(List.of(texts.prompt(), texts.chosen(), texts.rejected()))
                    .containsExactly(RepairRuns.prompt(3), RepairRuns.fixedText(3), RepairRuns.directText(3));
            assertThat(texts.chosenVerdicts())
                    .singleElement()
                    .satisfies(v -> assertThat(v.strict()).isTrue());
            assertThat(texts.rejectedVerdicts())
                    .singleElement()
                    .satisfies(v -> assertThat(v.strict()).isFalse());
        }
    }

    @Test
    void aThrowingProgressListenerStopsTheListing() {
        List<Integer> seen = new ArrayList<>();
        try (OpenStore store = OpenStore.open(file)) {
            assertThatThrownBy(() -> new PairService(store).pairs(PairFilter.run(run), (done, total) -> {
                        seen.add(done);
                        throw new CancellationException("stop");
                    }))
                    .isInstanceOf(CancellationException.class);
        }
        assertThat(seen).containsExactly(1);
    }

    @Test
    void onlyCuratedExportWritesExactlyTheIncludedPairsAndNeverAnExcludedOne() throws IOException {
        List<MinedPair> all = list(PairFilter.run(run));
        curate(all.get(0), CurationState.INCLUDED, null);
        curate(all.get(5), CurationState.INCLUDED, "cross");
        curate(all.get(2), CurationState.EXCLUDED, "not this one");

        ExportResult curated = export(dir.resolve("curated.jsonl"), true);
        assertThat(lines(curated.train()))
                .containsExactly(
                        List.of(RepairRuns.prompt(1), RepairRuns.fixedText(1), RepairRuns.repairedText(1)),
                        List.of(RepairRuns.prompt(3), RepairRuns.fixedText(3), RepairRuns.directText(3)));

        // All candidates: every listed unflagged pair but the excluded one.
        ExportResult everything = export(dir.resolve("all.jsonl"), false);
        assertThat(lines(everything.train()))
                .hasSize(4)
                .doesNotContain(List.of(RepairRuns.prompt(2), RepairRuns.fixedText(2), RepairRuns.repairedText(2)));
    }

    @Test
    void previewMinesLikeTheExportWithoutWriting() {
        curate(list(PairFilter.run(run)).get(0), CurationState.INCLUDED, null);
        try (OpenStore store = OpenStore.open(file)) {
            ExportPreview preview = new ExportService(store, Clock.systemUTC(), "test")
                    .preview(request(dir.resolve("missing/p.jsonl"), true), 5, TaskProgress.NONE);
            assertThat(preview.firstLines()).hasSize(1).first().asString().contains(RepairRuns.fixedText(1));
        }
        assertThat(dir.resolve("missing")).doesNotExist();
    }

    private ExportResult export(Path out, boolean onlyCurated) {
        try (OpenStore store = OpenStore.open(file)) {
            return new ExportService(store, Clock.systemUTC(), "test")
                    .export(request(out, onlyCurated), TaskProgress.NONE, (written, total) -> {});
        }
    }

    private ExportService.Request request(Path out, boolean onlyCurated) {
        return new ExportService.Request(
                run,
                ExportService.Kind.DPO,
                PairMiner.DEFAULT_MAX_PAIRS_PER_TASK,
                ExportOptions.defaults(out).withStyle(ExportStyle.STANDARD).withOnlyCurated(onlyCurated));
    }

    /** Each line as [prompt, chosen, rejected]. */
    private static List<List<String>> lines(Path file) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            JsonNode node = JSON.readTree(line);
            lines.add(List.of(
                    node.get("prompt").asText(),
                    node.get("chosen").asText(),
                    node.get("rejected").asText()));
        }
        return lines;
    }

    private List<MinedPair> list(PairFilter filter) {
        try (OpenStore store = OpenStore.open(file)) {
            return new PairService(store).pairs(filter, TaskProgress.NONE);
        }
    }

    private void curate(MinedPair pair, CurationState state, String note) {
        try (TraceStore store = TraceStore.open(file)) {
            store.writer().curate(pair.target(), new Curation(state, note));
            store.writer().commit();
        }
    }
}
