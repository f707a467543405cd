package org.tracelab.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracelab.core.export.Fixtures.example;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.core.testing.SampleTraces;
import org.tracelab.core.trace.TaskRecord;

/** The card says which tasks were composed and from which pool, and warns only when IFEval's prompts are used. */
class TaskOriginsCardTest {

    @TempDir
    Path dir;

    private final DatasetExporter exporter = new DatasetExporter(Fixtures.CLOCK);

    private static TaskRecord composed(String key, String pool, String sha, long seed) {
        return new TaskRecord(
                key,
                "Describe a harbour.\n\nDo not use any commas in your response.",
                List.of("punctuation:no_comma"),
                List.of(SampleTraces.json("{}")),
                List.of(),
                List.of(),
                SampleTraces.json("{\"composer\":\"tracelab-compose/1\",\"pool\":\"" + pool + "\",\"pool_sha256\":\""
                        + sha + "\",\"pool_line\":4,\"constraint_ids\":[\"punctuation:no_comma\"],\"seed\":" + seed
                        + ",\"holdout_ids\":[]}"));
    }

    private static TaskRecord plain(String key) {
        return new TaskRecord(
                key, "Write a haiku.", List.of("punctuation:no_comma"), List.of(SampleTraces.json("{}")), List.of());
    }

    private String card(String name, boolean ifevalFlag, TaskRecord... tasks) throws IOException {
        TaskOrigins.Builder origins = new TaskOrigins.Builder();
        for (TaskRecord task : tasks) {
            origins.add(7, task);
        }
        ExportKind kind = ExportKind.kto(List.of(example("1", "P", "x", true)));
        exporter.export(
                kind,
                ExportOptions.defaults(dir.resolve(name + ".jsonl")),
                new ExportSource(List.of(Fixtures.RUN), "t", ifevalFlag, origins.build()),
                ExportListener.NONE);
        return Files.readString(dir.resolve("README.md"));
    }

    private JsonNode manifest(String name) throws IOException {
        return new ObjectMapper().readTree(dir.resolve(name + ".manifest.json").toFile());
    }

    @Test
    void composedTasksFromOwnPromptsAreNamedAndNeverWarned() throws IOException {
        String card = card(
                "own",
                true,
                composed("pool-4", "my-pool.txt", "a".repeat(64), 42),
                composed("pool-9", "my-pool.txt", "a".repeat(64), 7),
                composed("pool-4", "my-pool.txt", "a".repeat(64), 42));
        assertThat(card)
                .doesNotContain(DatasetCard.IFEVAL_WARNING)
                .contains("## Task origins\n\n2 of the 2 tasks this export drew from were composed")
                .contains("| `my-pool.txt` | 2 | 7, 42 | " + "a".repeat(64) + " |")
                .doesNotContain("The other");
        assertThat(manifest("own").at("/ifeval_prompts").asBoolean()).isFalse();
        assertThat(manifest("own").at("/task_origins/composed").asInt()).isEqualTo(2);
        assertThat(manifest("own").at("/task_origins/pools/0/pool").asText()).isEqualTo("my-pool.txt");
    }

    @Test
    void composingFromIfevalsOwnPromptsStillWarns() throws IOException {
        String card = card("ifeval-pool", false, composed("input_data-3", "input_data.jsonl", "b".repeat(64), 1));
        assertThat(card).contains(DatasetCard.IFEVAL_WARNING).contains("`input_data.jsonl`");
        String byDigest = card(
                "ifeval-digest",
                false,
                composed("p-3", "p.jsonl", "67ffeee0fcb87c317c5b08a2de85557b4a7e96ada6178aa645b4954fe4b53d49", 1));
        assertThat(byDigest).contains(DatasetCard.IFEVAL_WARNING);
    }

    @Test
    void uncomposedTasksOfAnIfevalRunStillWarnAndAreCounted() throws IOException {
        String card = card("mixed", true, composed("pool-4", "my-pool.txt", "a".repeat(64), 42), plain("1001"));
        assertThat(card)
                .contains(DatasetCard.IFEVAL_WARNING)
                .contains("1 of the 2 tasks this export drew from were composed")
                .contains("The other task comes from its run's task file as written.");
    }

    @Test
    void thePreviewCarriesTheOriginsAndWarningsTheCardWillShow() {
        TaskOrigins.Builder origins = new TaskOrigins.Builder();
        origins.add(7, composed("pool-4", "my-pool.txt", "a".repeat(64), 42)).add(7, plain("1001"));
        ExportPreview preview = exporter.preview(
                ExportKind.kto(List.of(example("1", "P", "x", true))),
                ExportOptions.defaults(dir.resolve("nowhere/kto.jsonl")),
                new ExportSource(List.of(Fixtures.RUN), "t", true, origins.build()),
                1);
        assertThat(preview.origins().tasks()).isEqualTo(2);
        assertThat(preview.origins().composed()).isEqualTo(1);
        assertThat(preview.origins().poolList())
                .extracting(TaskOrigins.Pool::name)
                .containsExactly("my-pool.txt");
        assertThat(preview.warnings()).contains(ExportPlan.IFEVAL_WARNING);
    }

    @Test
    void withoutComposedTasksTheCardHasNoOriginsSection() throws IOException {
        assertThat(card("plain", false, plain("1")))
                .doesNotContain("## Task origins")
                .doesNotContain(DatasetCard.IFEVAL_WARNING);
        assertThat(manifest("plain").at("/task_origins/tasks").asInt()).isEqualTo(1);
    }
}
