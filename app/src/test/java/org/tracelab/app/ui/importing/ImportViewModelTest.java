package org.tracelab.app.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracelab.app.ui.jobs.ImmediateJobs;
import org.tracelab.app.ui.workspace.StoreSession;
import org.tracelab.core.importing.ImportFormat;

/** The form's validation, without a window: Import needs a store, files, and prompts when the format needs them. */
class ImportViewModelTest {

    private final ImmediateJobs jobs = new ImmediateJobs();
    private final StoreSession noStore = new StoreSession(file -> {
        throw new AssertionError("not opened in this test");
    }, jobs, (summary, cause) -> {
    });

    @Test
    void anEmptyFormSaysWhatIsMissing() {
        ImportViewModel form = new ImportViewModel(noStore, jobs, (s, c) -> { }, used -> { });

        assertThat(form.validationMessages()).containsExactly("The store is not open yet.",
                "Add at least one file to import.",
                "Choose the prompts file (IFEval input_data.jsonl): wasmagent files carry no instruction lists.");
        assertThat(form.canImport().get()).isFalse();
    }

    @Test
    void promptsAreRequiredOnlyByFormatsWithoutInstructionLists() {
        ImportViewModel form = new ImportViewModel(noStore, jobs, (s, c) -> { }, used -> { });
        form.source().files().add(Path.of("samples_ifeval_x.jsonl"));

        form.source().format().set(ImportFormat.LM_EVAL);
        assertThat(form.validationMessages()).containsExactly("The store is not open yet.");

        form.source().format().set(ImportFormat.IFEVAL_RESPONSES);
        assertThat(form.validationMessages()).contains(
                "Choose the prompts file (IFEval input_data.jsonl): ifeval-responses files carry no instruction lists.");

        form.verification().prompts().set(Path.of("input_data.jsonl"));
        assertThat(form.validationMessages()).isEqualTo(List.of("The store is not open yet."));
    }
}
