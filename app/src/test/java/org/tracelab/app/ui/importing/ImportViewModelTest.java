package org.tracelab.app.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.app.ui.ImmediateSession;
import org.tracelab.app.ui.jobs.ImmediateJobs;
import org.tracelab.app.ui.workspace.StoreSession;
import org.tracelab.core.dataset.IfevalPromptsReader;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.importing.ImportFormat;
import org.tracelab.core.testing.SharedData;

/**
 * The import form without a window, on jobs that run at once: its sections' validation (a store, files, prompts when
 * the format needs them) and an import of a good and a bad file into a temporary store.
 */
class ImportViewModelTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ImmediateJobs jobs = new ImmediateJobs();
    private final StoreSession noStore = new StoreSession(
            file -> {
                throw new AssertionError("not opened in this test");
            },
            jobs,
            (summary, cause) -> {});

    @Test
    void anEmptyFormSaysWhatIsMissing() {
        ImportViewModel form = new ImportViewModel(noStore, jobs, (s, c) -> {}, used -> {});

        assertThat(form.validationMessages())
                .containsExactly(
                        "The store is not open yet.",
                        "Add at least one file to import.",
                        "Choose the prompts file (IFEval input_data.jsonl): wasmagent files carry no instruction lists.");
        assertThat(form.canImport().get()).isFalse();
    }

    @Test
    void promptsAreRequiredOnlyByFormatsWithoutInstructionLists() {
        ImportViewModel form = new ImportViewModel(noStore, jobs, (s, c) -> {}, used -> {});
        form.source().files().add(Path.of("samples_ifeval_x.jsonl"));

        form.source().format().set(ImportFormat.LM_EVAL);
        assertThat(form.validationMessages()).containsExactly("The store is not open yet.");

        form.source().format().set(ImportFormat.IFEVAL_RESPONSES);
        assertThat(form.validationMessages())
                .contains(
                        "Choose the prompts file (IFEval input_data.jsonl): ifeval-responses files carry no instruction lists.");

        form.verification().prompts().set(Path.of("input_data.jsonl"));
        assertThat(form.validationMessages()).isEqualTo(List.of("The store is not open yet."));
    }

    @Test
    void importsEachFileInItsOwnTransactionAndListsTheProblemsOfTheOthers(@TempDir Path dir) throws Exception {
        Path prompts = SharedData.repositoryRoot().resolve("samples/tasks/tracelab-sample-tasks.jsonl");
        List<IfevalTask> tasks = IfevalPromptsReader.read(prompts).subList(0, 3);
        StringBuilder lines = new StringBuilder();
        for (IfevalTask task : tasks) {
            lines.append(JSON.writeValueAsString(Map.of("prompt", task.prompt(), "response", "An answer.")))
                    .append('\n');
        }
        Path good = Files.writeString(dir.resolve("responses.jsonl"), lines.toString());
        Path bad = Files.writeString(
                dir.resolve("bad.jsonl"), lines + "{\"prompt\": \"a prompt no task has\", \"response\": \"x\"}\n");
        List<List<Path>> used = new ArrayList<>();
        try (ImmediateSession test = new ImmediateSession().open(dir.resolve("import.tracelab.db"))) {
            ImportViewModel form = new ImportViewModel(test.session(), test.jobs(), test.errors(), used::add);
            form.source().format().set(ImportFormat.IFEVAL_RESPONSES);
            form.source().add(good);
            form.source().add(bad);
            form.source().add(good);
            form.verification().prompts().set(prompts);
            form.verification().nltkData().set(null);
            assertThat(form.source().files()).as("a file is listed once").containsExactly(good, bad);

            form.startImport();

            assertThat(form.running().get()).isFalse();
            assertThat(form.outcomes())
                    .extracting(FileOutcome::describe)
                    .containsExactly(
                            "Imported responses.jsonl: 3 chains into run 1",
                            "Not imported bad.jsonl: 1 problem (listed below), nothing written");
            assertThat(form.problems()).hasSize(1).first().asString().startsWith(bad + ":4: ");
            assertThat(form.summary().get()).isEqualTo("Imported 1 file, 1 not imported: see below.");
            assertThat(form.progress().get()).isEqualTo(1.0);
            assertThat(used).containsExactly(List.of(good, prompts));
            assertThat(test.workspace().runs()).hasSize(1);
            assertThat(test.workspace()
                            .report(1)
                            .orElseThrow()
                            .summary()
                            .modes()
                            .get(0)
                            .all()
                            .chains())
                    .isEqualTo(3);
            assertThat(test.reported()).isEmpty();
        }
    }
}
