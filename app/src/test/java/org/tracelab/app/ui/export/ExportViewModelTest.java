package org.tracelab.app.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.app.service.export.ExportService;
import org.tracelab.app.testing.RepairRuns;
import org.tracelab.app.ui.ImmediateSession;
import org.tracelab.core.export.ExportPreview;
import org.tracelab.core.export.SplitCounts;
import org.tracelab.core.export.TaskOrigins;
import org.tracelab.core.trace.TaskRecord;

/** The export form on a store of three repaired tasks, on jobs that run at once: sections, preview, export. */
class ExportViewModelTest {

    @TempDir
    Path dir;

    private final ImmediateSession test = new ImmediateSession();
    private final List<Path> opened = new ArrayList<>();
    private ExportViewModel form;
    private long run;

    @BeforeEach
    void openRepairs() {
        Path store = dir.resolve("repairs.tracelab.db");
        run = RepairRuns.create(store, 3);
        test.open(store);
        form = new ExportViewModel(
                test.session(), FXCollections.observableArrayList(), test.jobs(), test.errors(), opened::add);
    }

    @AfterEach
    void close() {
        test.close();
        assertThat(test.reported()).as("errors reported").isEmpty();
    }

    @Test
    void eachSectionSaysWhatIsMissingAndTheFileNameFollowsTheKind() {
        assertThat(form.validationMessages()).containsExactly("Choose the folder to write into.");
        assertThat(form.canExport().get()).isFalse();

        form.selection().testFraction().set("1");
        assertThat(form.validationMessages())
                .containsExactly(
                        "Test fraction: give a number from 0 up to (not including) 1, e.g. 0.1.",
                        "Choose the folder to write into.");

        form.selection().kind().set(ExportService.Kind.SFT);
        assertThat(form.destination().fileName().get()).isEqualTo("sft.jsonl");
        form.destination().fileName().set("mine.jsonl");
        form.selection().kind().set(ExportService.Kind.KTO);
        assertThat(form.destination().fileName().get())
                .as("a name the person gave stays")
                .isEqualTo("mine.jsonl");
    }

    @Test
    void recordsPreviewAndExportOneValidatedRecordPerChainAndTakeOnlyTheRun() throws Exception {
        form.selection().runId().set(run);
        form.selection().testFraction().set("not a number");
        form.selection().kind().set(ExportService.Kind.RECORDS);
        form.destination().folder().set(dir);

        assertThat(form.selection().records().get()).isTrue();
        assertThat(form.validationMessages())
                .as("the test fraction is TRL's, not the records'")
                .isEmpty();
        assertThat(form.destination().fileName().get()).isEqualTo("records.jsonl");
        assertThat(form.previewSummary().get()).startsWith("6 record(s), one per chain of 1 run(s)");
        assertThat(form.previewLines())
                .hasSize(ExportViewModel.PREVIEW_LINES)
                .allSatisfy(line -> assertThat(line).startsWith("{\"schema\":\"tracelab.compliance-eval-record\""));

        form.export();

        assertThat(form.summary().get()).isEqualTo("Wrote 6 record(s), one per chain.");
        assertThat(Files.readAllLines(dir.resolve("records.jsonl"))).hasSize(6);
        assertThat(form.writtenFiles())
                .containsExactly(dir.resolve("records.jsonl").toAbsolutePath().normalize());
    }

    @Test
    void everyPassingAnswerIsAnSftOptionOnly() {
        assertThat(form.selection().sft().get()).isFalse();
        form.selection().kind().set(ExportService.Kind.SFT);
        assertThat(form.selection().sft().get()).isTrue();
    }

    @Test
    void thePreviewCountsWhatTheExportThenWrites() throws Exception {
        form.selection().runId().set(run);
        form.destination().folder().set(dir);

        assertThat(form.previewSummary().get()).startsWith("5 training line(s) from 3 task(s); 6 candidate(s)");
        assertThat(form.previewLines()).hasSize(ExportViewModel.PREVIEW_LINES);
        assertThat(form.previewOrigins().get())
                .as("hand-made tasks, none composed, no IFEval prompts")
                .isEmpty();

        form.export();

        assertThat(form.running().get()).isFalse();
        assertThat(form.summary().get()).isEqualTo("Wrote 5 training line(s) from 3 task(s).");
        assertThat(Files.readAllLines(dir.resolve("dpo.jsonl"))).hasSize(5);
        assertThat(form.writtenFiles())
                .extracting(path -> path.getFileName().toString())
                .containsExactly("dpo.jsonl", "dpo.manifest.json", "README.md");
        form.openFolder();
        assertThat(opened).containsExactly(dir);
    }

    @Test
    void thePreviewSaysWhichTasksWereComposedFromWhichPoolAndWhatTheCardWarnsAbout() {
        TaskOrigins.Builder origins = new TaskOrigins.Builder();
        origins.add(1, composed("pool-2", "my-pool.txt", 42))
                .add(1, composed("pool-3", "my-pool.txt", 42))
                .add(2, composed("pool-2", "other.jsonl", 7))
                .add(
                        2,
                        new TaskRecord(
                                "1001",
                                "Write a haiku.",
                                List.of("punctuation:no_comma"),
                                List.of(JsonNodeFactory.instance.objectNode()),
                                List.of()));
        ExportPreview preview = new ExportPreview(
                List.of(),
                new SplitCounts(0, 0, 0),
                new SplitCounts(0, 0, 0),
                0,
                Map.of(),
                List.of("the prompts are IFEval's own: training on them contaminates IFEval scores"),
                origins.build());

        assertThat(ExportViewModel.origins(preview))
                .isEqualTo("3 of 4 tasks were composed from my-pool.txt (seed "
                        + "42), other.jsonl (seed 7); the other task comes from its run's task file.\nWarning: the prompts are "
                        + "IFEval's own: training on them contaminates IFEval scores.");
    }

    private static TaskRecord composed(String key, String pool, long seed) {
        ObjectNode provenance = JsonNodeFactory.instance
                .objectNode()
                .put("composer", "tracelab-compose/1")
                .put("pool", pool)
                .put("pool_sha256", "a".repeat(64))
                .put("pool_line", 2)
                .put("seed", seed);
        return new TaskRecord(
                key,
                "Describe a harbour.\n\nDo not use any commas in your response.",
                List.of("punctuation:no_comma"),
                List.of(JsonNodeFactory.instance.objectNode()),
                List.of(),
                List.of(),
                provenance);
    }

    @Test
    void curatedExportOfARunWithNoDecisionsIsRefusedWithAReason() {
        form.prepareCurated(run);
        form.destination().folder().set(dir);

        assertThat(form.previewSummary().get()).startsWith("Nothing to export");
        form.export();

        assertThat(form.summary().get()).startsWith("Not exported: nothing to export");
        assertThat(dir.resolve("dpo.jsonl")).doesNotExist();
    }
}
