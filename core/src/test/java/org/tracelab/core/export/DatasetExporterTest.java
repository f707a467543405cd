package org.tracelab.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.tracelab.core.export.Fixtures.example;
import static org.tracelab.core.export.Fixtures.pair;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.core.trace.CurationState;

class DatasetExporterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final DatasetExporter exporter = new DatasetExporter(Fixtures.CLOCK);

    @TempDir
    Path dir;

    private ExportResult export(ExportKind kind, ExportOptions options) {
        return exporter.export(kind, options, Fixtures.SOURCE, ExportListener.NONE);
    }

    private List<String> folder() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    private JsonNode manifest(String base) throws IOException {
        return MAPPER.readTree(dir.resolve(base + ".manifest.json").toFile());
    }

    @Test
    void writesTheLinesTheManifestAndTheCardAndNothingElse() throws IOException {
        ExportResult result = export(
                ExportKind.sft(List.of(example("1", "Say hi.", "hi", true))),
                ExportOptions.defaults(dir.resolve("sft.jsonl")).withStyle(ExportStyle.STANDARD));

        assertThat(folder()).containsExactly("README.md", "sft.jsonl", "sft.manifest.json");
        assertThat(Files.readString(dir.resolve("sft.jsonl")))
                .isEqualTo("{\"prompt\":\"Say hi.\",\"completion\":\"hi\"}\n");
        assertThat(result.train()).isEqualTo(dir.resolve("sft.jsonl").toAbsolutePath());
        assertThat(result.test()).isEmpty();
        assertThat(result.trainCounts()).isEqualTo(new SplitCounts(1, 1, 1));
    }

    @Test
    void reportsProgressLineByLineOverBothFiles() {
        List<String> calls = new ArrayList<>();
        exporter.export(
                ExportKind.sft(Fixtures.manyTasks(20)),
                ExportOptions.defaults(dir.resolve("p.jsonl")).withTestSplit(0.3, 1),
                Fixtures.SOURCE,
                (written, total) -> calls.add(written + "/" + total));
        assertThat(calls).hasSize(20).startsWith("1/20").endsWith("20/20");
    }

    @Test
    void duplicatesBecomeOneLine() throws IOException {
        ExportResult result = export(
                ExportKind.dpo(List.of(
                        pair("1", "P", "good", "bad"), pair("1", "P", "good", "bad"), pair("1", "P", "good", "worse"))),
                ExportOptions.defaults(dir.resolve("dpo.jsonl")).withStyle(ExportStyle.STANDARD));
        assertThat(Files.readAllLines(dir.resolve("dpo.jsonl")))
                .containsExactly(
                        "{\"prompt\":\"P\",\"chosen\":\"good\",\"rejected\":\"bad\"}",
                        "{\"prompt\":\"P\",\"chosen\":\"good\",\"rejected\":\"worse\"}");
        assertThat(result.excluded()).containsEntry(Exclusion.DUPLICATE, 1);
        assertThat(manifest("dpo").at("/counts/excluded/duplicate").asInt()).isEqualTo(1);
    }

    @Test
    void ktoDuplicatesAreJudgedWithoutTheLabel() throws IOException {
        export(
                ExportKind.kto(List.of(example("1", "P", "same", true), example("1", "P", "same", false))),
                ExportOptions.defaults(dir.resolve("kto.jsonl")).withStyle(ExportStyle.STANDARD));
        assertThat(Files.readAllLines(dir.resolve("kto.jsonl")))
                .containsExactly("{\"prompt\":\"P\",\"completion\":\"same\",\"label\":true}");
    }

    @Test
    void flaggedExamplesAreLeftOutUnlessIncluded() throws IOException {
        List<ExportExample> examples =
                List.of(example("1", "P", "ok", true), example("2", "Q", "no", false, "refusal"));
        ExportResult strict = export(ExportKind.kto(examples), ExportOptions.defaults(dir.resolve("a.jsonl")));
        ExportResult lenient = export(
                ExportKind.kto(examples),
                ExportOptions.defaults(dir.resolve("b.jsonl")).withIncludeFlagged(true));
        assertThat(Files.readAllLines(dir.resolve("a.jsonl"))).hasSize(1);
        assertThat(strict.excluded()).containsEntry(Exclusion.FLAGGED, 1);
        assertThat(Files.readAllLines(dir.resolve("b.jsonl"))).hasSize(2);
        assertThat(lenient.excluded()).isEmpty();
        assertThat(manifest("b").at("/filters/include_flagged").asBoolean()).isTrue();
    }

    @Test
    void onlyCuratedExportsTheIncludedPairsAndSaysSoInTheManifestAndCard() throws IOException {
        PreferencePair included = new PreferencePair(
                "1",
                "P",
                null,
                "good",
                "bad",
                1.0,
                PairOrigin.REPAIR,
                Fixtures.RANK_1_OVER_2,
                Set.of(),
                Set.of(),
                Fixtures.ref(),
                Fixtures.ref(),
                CurationState.INCLUDED);
        PreferencePair undecided = Fixtures.pair("2", "Q", "fine", "wrong");
        export(
                ExportKind.dpo(List.of(included, undecided)),
                ExportOptions.defaults(dir.resolve("dpo.jsonl"))
                        .withStyle(ExportStyle.STANDARD)
                        .withOnlyCurated(true));

        assertThat(Files.readAllLines(dir.resolve("dpo.jsonl")))
                .containsExactly("{\"prompt\":\"P\",\"chosen\":\"good\",\"rejected\":\"bad\"}");
        assertThat(manifest("dpo").at("/filters/only_curated").asBoolean()).isTrue();
        assertThat(manifest("dpo").at("/counts/excluded/not_included").asInt()).isEqualTo(1);
        assertThat(dir.resolve("README.md")).content().contains("Only material a person included");
    }

    @Test
    void onlyCuratedWithNothingIncludedIsAClearErrorAndWritesNothing() throws IOException {
        ExportKind kind = ExportKind.dpo(List.of(Fixtures.pair("1", "P", "good", "bad")));
        ExportOptions options = ExportOptions.defaults(dir.resolve("dpo.jsonl")).withOnlyCurated(true);
        assertThatThrownBy(() -> exporter.export(kind, options, Fixtures.SOURCE, ExportListener.NONE))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("1 not_included")
                .hasMessageContaining("include some first");
        assertThat(folder()).isEmpty();
    }

    @Test
    void previewShowsTheFirstLinesAndCountsWithoutWritingAFile() throws IOException {
        List<PreferencePair> pairs = List.of(
                Fixtures.pair("1", "P", "a", "b"),
                Fixtures.pair("2", "Q", "c", "d"),
                Fixtures.pair("3", "R", "e", "f"));
        ExportOptions options =
                ExportOptions.defaults(dir.resolve("nowhere/dpo.jsonl")).withStyle(ExportStyle.STANDARD);
        ExportPreview preview = exporter.preview(ExportKind.dpo(pairs), options, Fixtures.SOURCE, 2);
        assertThat(preview.firstLines())
                .containsExactly(
                        "{\"prompt\":\"P\",\"chosen\":\"a\",\"rejected\":\"b\"}",
                        "{\"prompt\":\"Q\",\"chosen\":\"c\",\"rejected\":\"d\"}");
        assertThat(preview.trainCounts().lines()).isEqualTo(3);
        assertThat(preview.inputs()).isEqualTo(3);
        assertThat(folder()).isEmpty();
    }

    @Test
    void theTestSplitHoldsOutWholeTasksTheSameWayEveryTime() throws IOException {
        List<ExportExample> examples = new ArrayList<>();
        for (int task = 0; task < 60; task++) {
            examples.add(example("t" + task, "Prompt " + task, "good " + task, true));
            examples.add(example("t" + task, "Prompt " + task, "bad " + task, false));
        }
        ExportOptions options = ExportOptions.defaults(dir.resolve("kto.jsonl")).withTestSplit(0.25, 9);
        ExportResult result = export(ExportKind.kto(examples), options);

        Set<String> trainPrompts = prompts(dir.resolve("kto.jsonl"));
        Set<String> testPrompts = prompts(dir.resolve("kto.test.jsonl"));
        assertThat(result.test()).contains(dir.resolve("kto.test.jsonl").toAbsolutePath());
        assertThat(trainPrompts).doesNotContainAnyElementsOf(testPrompts);
        assertThat(trainPrompts.size() + testPrompts.size()).isEqualTo(60);
        assertThat(result.testCounts().tasks()).isEqualTo(testPrompts.size()).isBetween(5, 25);
        assertThat(result.testCounts().lines()).isEqualTo(2 * testPrompts.size());

        byte[] train = Files.readAllBytes(dir.resolve("kto.jsonl"));
        byte[] test = Files.readAllBytes(dir.resolve("kto.test.jsonl"));
        Path again = Files.createDirectory(dir.resolve("again"));
        new DatasetExporter(Fixtures.CLOCK)
                .export(
                        ExportKind.kto(examples),
                        new ExportOptions(again.resolve("kto.jsonl"), options.style(), false, 0.25, 9),
                        Fixtures.SOURCE,
                        ExportListener.NONE);
        assertThat(again.resolve("kto.jsonl")).hasBinaryContent(train);
        assertThat(again.resolve("kto.test.jsonl")).hasBinaryContent(test);
    }

    private static Set<String> prompts(Path file) throws IOException {
        Set<String> prompts = new HashSet<>();
        for (String line : Files.readAllLines(file)) {
            prompts.add(MAPPER.readTree(line).at("/prompt/0/content").asText());
        }
        return prompts;
    }

    @Test
    void aStaleTestFileIsRemovedWhenTheNewExportHasNoSplit() throws IOException {
        ExportKind kind = ExportKind.sft(Fixtures.manyTasks(30));
        export(kind, ExportOptions.defaults(dir.resolve("sft.jsonl")).withTestSplit(0.3, 1));
        assertThat(dir.resolve("sft.test.jsonl")).exists();
        export(kind, ExportOptions.defaults(dir.resolve("sft.jsonl")));
        assertThat(folder()).containsExactly("README.md", "sft.jsonl", "sft.manifest.json");
        assertThat(Files.readAllLines(dir.resolve("sft.jsonl"))).hasSize(30);
    }

    @Test
    void theManifestRecordsSourceFiltersCountsAndEachLinesAttempts() throws IOException {
        PreferencePair pair = pair("1", "P", "good", "bad");
        exporter.export(
                ExportKind.dpo(List.of(pair)),
                ExportOptions.defaults(dir.resolve("dpo.jsonl")),
                new ExportSource(List.of(Fixtures.RUN), "0.1.0-test", false),
                ExportListener.NONE);
        JsonNode manifest = manifest("dpo");

        assertThat(manifest.get("format").asText()).isEqualTo("tracelab-export/1");
        assertThat(manifest.get("tracelab_version").asText()).isEqualTo("0.1.0-test");
        assertThat(manifest.get("created").asText()).isEqualTo("2025-06-01T12:00:00Z");
        assertThat(manifest.get("kind").asText()).isEqualTo("dpo");
        assertThat(manifest.get("style").asText()).isEqualTo("conversational");
        assertThat(manifest.get("trainer").asText()).isEqualTo("DPOTrainer");
        assertThat(manifest.at("/files/train").asText()).isEqualTo("dpo.jsonl");
        assertThat(manifest.at("/files/test").isNull()).isTrue();
        assertThat(manifest.at("/filters/test_fraction").asDouble()).isZero();
        assertThat(manifest.at("/runs/0/id").asLong()).isEqualTo(7);
        assertThat(manifest.at("/models/0").asText()).isEqualTo("qwen2.5-0.5b-instruct-q4_k_m.gguf");
        assertThat(manifest.at("/verifier_versions/0").asText()).isEqualTo("tracelab-ifeval/2+punkt");
        assertThat(manifest.at("/counts/inputs").asInt()).isEqualTo(1);
        assertThat(manifest.at("/counts/train/lines").asInt()).isEqualTo(1);
        assertThat(manifest.at("/counts/test/lines").asInt()).isZero();
        assertThat(manifest.at("/counts/pair_origins/repair").asInt()).isEqualTo(1);
        assertThat(manifest.at("/ifeval_prompts").asBoolean()).isFalse();
        JsonNode line = manifest.at("/lines/0");
        assertThat(line.get("split").asText()).isEqualTo("train");
        assertThat(line.get("task").asText()).isEqualTo("1");
        assertThat(line.at("/sources/0/attempt").asLong())
                .isEqualTo(pair.chosenSource().attemptId());
        assertThat(line.at("/sources/1/attempt").asLong())
                .isEqualTo(pair.rejectedSource().attemptId());
        assertThat(line.get("origin").asText()).isEqualTo("repair");
    }

    @Test
    void theStandardStyleWarnsThatItDropsTheSystemPrompt() throws IOException {
        ExportExample withSystem = Fixtures.withSystem(example("1", "P", "x", true), "Be brief.");
        ExportResult result = export(
                ExportKind.sft(List.of(withSystem)),
                ExportOptions.defaults(dir.resolve("s.jsonl")).withStyle(ExportStyle.STANDARD));
        assertThat(result.warnings()).anyMatch(warning -> warning.contains("system prompt"));
        assertThat(manifest("s").at("/system_prompts/0").asText()).isEqualTo("Be brief.");
    }

    @Test
    void theCardDescribesTheDataAndHowToTrainOnIt() throws IOException {
        export(
                ExportKind.dpo(List.of(pair("1", "P", "good", "bad"), pair("2", "Q", "good", "bad"))),
                ExportOptions.defaults(dir.resolve("dpo.jsonl")));
        String card = Files.readString(dir.resolve("README.md"));
        assertThat(card)
                .startsWith("---\nconfigs:\n- config_name: default\n  data_files:\n"
                        + "  - split: train\n    path: \"dpo.jsonl\"\ntags:\n")
                .contains(ExportPaths.CARD_MARKER)
                .contains("| train | `dpo.jsonl` | 2 | 2 |")
                .contains("`chosen`", "`rejected`", "`prompt`")
                .contains("load_dataset(\"json\", data_files={\"train\": \"dpo.jsonl\"})")
                .contains("from trl import DPOConfig, DPOTrainer", "DPOTrainer(model=model")
                .contains("qwen2.5-0.5b-instruct-q4_k_m.gguf", "tracelab-ifeval/2+punkt", "0.1.0-test")
                .doesNotContain("IFEval's own");
    }

    @Test
    void theCardNamesTheTestSplitWhenThereIsOne() throws IOException {
        export(
                ExportKind.sft(Fixtures.manyTasks(30)),
                ExportOptions.defaults(dir.resolve("sft.jsonl")).withTestSplit(0.3, 1));
        assertThat(Files.readString(dir.resolve("README.md")))
                .contains("  - split: test\n    path: \"sft.test.jsonl\"\n")
                .contains("\"test\": \"sft.test.jsonl\"", "eval_dataset=ds[\"test\"]", "SFTTrainer")
                .contains("no task is in both files");
    }

    @Test
    void theCardWarnsWhenThePromptsAreIfevalsOwn() throws IOException {
        ExportKind kind = ExportKind.kto(List.of(example("1", "P", "x", true)));
        ExportRun ifevalRun = new ExportRun(1, "r", "m", "v", "google/IFEval");
        exporter.export(
                kind,
                ExportOptions.defaults(dir.resolve("by-name.jsonl")),
                new ExportSource(List.of(ifevalRun), "t", false),
                ExportListener.NONE);
        assertThat(Files.readString(dir.resolve("README.md")))
                .contains(DatasetCard.IFEVAL_WARNING)
                .as("said once, at the top")
                .doesNotContain(ExportPlan.IFEVAL_WARNING)
                .contains("Training labels: 1 true, 0 false");
        assertThat(manifest("by-name").at("/ifeval_prompts").asBoolean()).isTrue();
        assertThat(manifest("by-name").at("/warnings/0").asText()).isEqualTo(ExportPlan.IFEVAL_WARNING);

        exporter.export(
                kind,
                ExportOptions.defaults(dir.resolve("by-flag.jsonl")),
                new ExportSource(List.of(Fixtures.RUN), "t", true),
                ExportListener.NONE);
        assertThat(Files.readString(dir.resolve("README.md"))).contains(DatasetCard.IFEVAL_WARNING);
    }

    @Test
    void theCardAndManifestSayWhenLinesComeFromIllustrativeTraces() throws IOException {
        ExportKind kind = ExportKind.kto(List.of(example("1", "P", "x", true)));
        ExportRun sample = new ExportRun(2, "Illustration", "hand-written (no model)", "v", "samples", true);
        exporter.export(
                kind,
                ExportOptions.defaults(dir.resolve("sample.jsonl")),
                new ExportSource(List.of(sample), "t", false),
                ExportListener.NONE);
        assertThat(Files.readString(dir.resolve("README.md"))).contains(DatasetCard.ILLUSTRATION_WARNING);
        assertThat(manifest("sample").at("/illustrative_traces").asBoolean()).isTrue();
        assertThat(manifest("sample").at("/warnings/0").asText()).isEqualTo(ExportPlan.ILLUSTRATION_WARNING);

        exporter.export(kind, ExportOptions.defaults(dir.resolve("model.jsonl")), Fixtures.SOURCE, ExportListener.NONE);
        assertThat(Files.readString(dir.resolve("README.md"))).doesNotContain(DatasetCard.ILLUSTRATION_WARNING);
        assertThat(manifest("model").at("/illustrative_traces").asBoolean()).isFalse();
    }

    @Test
    void aFailureWhileWritingLeavesNoFileAndNoTemporaryFile() throws IOException {
        ExportKind kind = ExportKind.sft(Fixtures.manyTasks(10));
        ExportOptions options = ExportOptions.defaults(dir.resolve("sft.jsonl"));
        assertThatThrownBy(() -> exporter.export(kind, options, Fixtures.SOURCE, (written, total) -> {
                    if (written == 4) {
                        throw new IllegalStateException("disk on fire");
                    }
                }))
                .hasMessage("disk on fire");
        assertThat(folder()).isEmpty();
    }

    @Test
    void aFailureLeavesAnEarlierExportUntouched() throws IOException {
        export(ExportKind.sft(Fixtures.manyTasks(3)), ExportOptions.defaults(dir.resolve("sft.jsonl")));
        byte[] before = Files.readAllBytes(dir.resolve("sft.jsonl"));
        List<String> filesBefore = folder();
        assertThatThrownBy(() -> exporter.export(
                        ExportKind.sft(Fixtures.manyTasks(10)),
                        ExportOptions.defaults(dir.resolve("sft.jsonl")),
                        Fixtures.SOURCE,
                        (written, total) -> {
                            throw new IllegalStateException("boom");
                        }))
                .hasMessage("boom");
        assertThat(folder()).isEqualTo(filesBefore);
        assertThat(dir.resolve("sft.jsonl")).hasBinaryContent(before);
    }

    @Test
    void anInterruptCancelsAndLeavesNoFile() throws IOException {
        try {
            assertThatThrownBy(() -> exporter.export(
                            ExportKind.sft(Fixtures.manyTasks(10)),
                            ExportOptions.defaults(dir.resolve("sft.jsonl")),
                            Fixtures.SOURCE,
                            (written, total) -> {
                                if (written == 3) {
                                    Thread.currentThread().interrupt();
                                }
                            }))
                    .isInstanceOf(ExportCancelledException.class)
                    .hasMessageContaining("cancelled");
            assertThat(Thread.currentThread().isInterrupted())
                    .as("interrupt status kept")
                    .isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(folder()).isEmpty();
    }

    @Test
    void anEmptySelectionIsAClearError() throws IOException {
        assertThatThrownBy(() -> export(ExportKind.dpo(List.of()), ExportOptions.defaults(dir.resolve("dpo.jsonl"))))
                .isInstanceOf(ExportException.class)
                .hasMessage("nothing to export: the selection has no preference pair(s) for DPO"
                        + " (check the run and that it has finished attempts)");
        assertThat(folder()).isEmpty();
    }

    @Test
    void aSelectionEmptiedByFiltersSaysWhy() throws IOException {
        ExportKind kind = ExportKind.sft(List.of(
                example("1", "P", "x", false),
                example("2", "Q", "y", true, "refusal"),
                example("3", "R", "z", true, "infeasible:empty_range")));
        assertThatThrownBy(() -> export(kind, ExportOptions.defaults(dir.resolve("sft.jsonl"))))
                .isInstanceOf(ExportException.class)
                .hasMessage("nothing to export: all 3 example(s) were excluded (1 unfit_positive, 1 flagged,"
                        + " 1 not_passing); include flagged texts to keep the flagged ones");
        assertThat(folder()).isEmpty();
    }

    @Test
    void aSplitThatLeavesNothingForTrainingIsAnError() throws IOException {
        assertThatThrownBy(() -> export(
                        ExportKind.sft(List.of(example("1", "P", "x", true))),
                        ExportOptions.defaults(dir.resolve("sft.jsonl")).withTestSplit(0.999, 3)))
                .isInstanceOf(ExportException.class)
                .hasMessageStartingWith("nothing left for training");
        assertThat(folder()).isEmpty();
    }

    @Test
    void badPathsAreClearErrors() throws IOException {
        ExportKind kind = ExportKind.sft(List.of(example("1", "P", "x", true)));
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        Files.createDirectory(dir.resolve("taken.jsonl"));
        assertThatThrownBy(() -> export(kind, ExportOptions.defaults(dir.resolve("missing/sft.jsonl"))))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("missing")
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> export(kind, ExportOptions.defaults(file.resolve("sft.jsonl"))))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("is not a folder");
        assertThatThrownBy(() -> export(kind, ExportOptions.defaults(dir.resolve("sft.json"))))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("NAME.jsonl");
        assertThatThrownBy(() -> export(kind, ExportOptions.defaults(dir.resolve("taken.jsonl"))))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("it is a folder");
        assertThat(folder()).containsExactly("plain.txt", "taken.jsonl");
    }

    @Test
    void anUnwritableFolderIsAClearError() throws IOException {
        assumeThat(System.getProperty("user.name")).as("root writes anywhere").isNotEqualTo("root");
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> export(
                            ExportKind.sft(List.of(example("1", "P", "x", true))),
                            ExportOptions.defaults(locked.resolve("sft.jsonl"))))
                    .isInstanceOf(ExportException.class)
                    .hasMessageContaining("is not writable");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aReadmeSomeoneElseWroteIsNeverOverwritten() throws IOException {
        Files.writeString(dir.resolve("README.md"), "# My project\n");
        assertThatThrownBy(() -> export(
                        ExportKind.sft(List.of(example("1", "P", "x", true))),
                        ExportOptions.defaults(dir.resolve("sft.jsonl"))))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("not a Tracelab dataset card");
        assertThat(folder()).containsExactly("README.md");
        assertThat(dir.resolve("README.md")).hasContent("# My project");
    }
}
