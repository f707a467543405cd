package org.tracelab.app.ui.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.app.cli.CliRunner;
import org.tracelab.app.service.compose.ComposeService;
import org.tracelab.app.service.report.InstructionLabels;
import org.tracelab.app.ui.errors.ErrorReporter;
import org.tracelab.app.ui.jobs.ImmediateJobs;
import org.tracelab.app.ui.jobs.Jobs;
import org.tracelab.app.ui.jobs.QueuedJobs;
import org.tracelab.core.testing.SharedData;
import org.tracelab.core.verify.BuiltInConstraints;
import org.tracelab.core.verify.constraint.ConstraintFamily;
import org.tracelab.core.verify.constraint.ConstraintRegistry;

/**
 * File › New task set… without a window, on jobs that run at once: each section's problems (pool, per task,
 * include/exclude, hold-out), the preview of the first tasks, and Compose writing exactly the file the command line
 * writes; Cancel on queued jobs writes nothing.
 */
class ComposeViewModelTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ConstraintRegistry REGISTRY = BuiltInConstraints.registry();
    private static final Path SHIPPED_POOL =
            SharedData.repositoryRoot().resolve("samples/pool/tracelab-prompt-pool.txt");

    @TempDir
    Path dir;

    private final List<String> reported = new ArrayList<>();
    private final ErrorReporter errors = (summary, cause) -> reported.add(summary);
    private final List<Path> remembered = new ArrayList<>();
    private final List<Path> usedInBenchmark = new ArrayList<>();
    private Path pool;

    @BeforeEach
    void writePool() throws IOException {
        pool = Files.writeString(
                dir.resolve("my-pool.txt"),
                String.join(
                        "\n",
                        "# a few base prompts of my own",
                        "Describe a lighthouse keeper's morning.",
                        "",
                        "Explain how a bicycle gear works to a ten-year-old.",
                        "Write a note to a neighbour about a lost cat.",
                        "Give advice on planting tomatoes on a balcony.",
                        ""));
    }

    @AfterEach
    void nothingReported() {
        assertThat(reported).as("errors reported").isEmpty();
    }

    private ComposeViewModel form(Jobs jobs) {
        return new ComposeViewModel(
                jobs,
                errors,
                new ComposeService(REGISTRY),
                new InstructionLabels(REGISTRY),
                remembered::add,
                usedInBenchmark::add);
    }

    @Test
    void anEmptyFormAsksForThePoolAndTheTaskFile() {
        ComposeViewModel form = form(new ImmediateJobs());
        assertThat(form.validationMessages())
                .containsExactly(
                        "Choose a pool of base prompts (.txt: one per line, or .jsonl with a \"prompt\" field).",
                        "Choose where to write the task file.");
        assertThat(form.canCompose().get()).isFalse();
        assertThat(form.preview()).isEmpty();
        assertThat(form.previewStatus().get()).isEqualTo("The first tasks show here once the form is complete.");
    }

    @Test
    void choosingThePoolReadsItAndSuggestsATaskFileBesideIt() {
        ComposeViewModel form = form(new ImmediateJobs());
        form.files().pool().set(pool);
        assertThat(form.files().poolSummary().get()).isEqualTo("4 prompts in my-pool.txt");
        assertThat(form.files().out().get()).isEqualTo(dir.resolve("my-pool.tasks.jsonl"));
        assertThat(form.validationMessages()).isEmpty();
        assertThat(form.canCompose().get()).isTrue();
    }

    @Test
    void aBadPoolIsRefusedWithItsFileLineAndField() throws IOException {
        Path bad = Files.writeString(
                dir.resolve("bad.jsonl"), "{\"prompt\": \"Fine.\"}\n{\"text\": \"no prompt\"}\n" + "{\"prompt\": 3}\n");
        ComposeViewModel form = form(new ImmediateJobs());
        form.files().pool().set(bad);
        assertThat(form.files().poolSummary().get())
                .isEqualTo("Cannot use this pool: " + bad + ":2: prompt: missing (and 1 more)");
        assertThat(form.validationMessages())
                .containsExactly("The pool cannot be used: " + bad + ":2: prompt: missing (and 1 more)");

        form.files().pool().set(dir.resolve("absent.txt"));
        assertThat(form.validationMessages()).first().asString().startsWith("The pool cannot be used: ");
    }

    @Test
    void theTaskFileMustBeJsonLinesAndNotThePool() {
        ComposeViewModel form = form(new ImmediateJobs());
        form.files().pool().set(pool);
        form.files().out().set(dir.resolve("tasks.txt"));
        assertThat(form.validationMessages()).containsExactly("The task file must be a .jsonl file (JSON Lines).");
        Path jsonlPool = dir.resolve("pool.jsonl");
        form.files().out().set(jsonlPool);
        assertThat(form.validationMessages()).isEmpty();
        writeJsonPool(jsonlPool);
        form.files().pool().set(jsonlPool);
        assertThat(form.validationMessages()).containsExactly("The task file must not be the pool itself.");
    }

    @Test
    void constraintsPerTaskSeedAndMaxTokensMustBeWholeNumbersInRange() {
        ComposeViewModel form = form(new ImmediateJobs());
        form.files().pool().set(pool);
        for (String bad : List.of("0", "6", "two", "", "2.5")) {
            form.draw().perTask().set(bad);
            assertThat(form.validationMessages())
                    .as(bad)
                    .containsExactly("Constraints per task must be a whole number from 1 to 5.");
        }
        form.draw().perTask().set("5");
        form.draw().seed().set("seven");
        form.draw().maxTokens().set("0");
        assertThat(form.validationMessages())
                .containsExactly("Seed must be a whole number.", "Max tokens must be a whole number of at least 1.");
        form.draw().seed().set("-3");
        form.draw().maxTokens().set("512");
        assertThat(form.validationMessages()).isEmpty();
    }

    @Test
    void useOnlyAndNeverCannotBothBeTickedNorATypeBothUsedAndHeldOut() {
        ComposeViewModel form = form(new ImmediateJobs());
        form.files().pool().set(pool);
        ConstraintChoicesSection types = form.constraints();
        types.choice("punctuation:no_comma").only().set(true);
        types.choice("change_case:english_lowercase").only().set(true);
        assertThat(form.validationMessages()).isEmpty();

        types.choice("detectable_format:title").never().set(true);
        assertThat(form.validationMessages())
                .containsExactly("Tick types under “Use only” or under “Never”, not "
                        + "both (as the command line takes --ids or --exclude-ids).");

        types.choice("detectable_format:title").never().set(false);
        types.choice("punctuation:no_comma").holdout().set(true);
        assertThat(form.validationMessages())
                .containsExactly("No commas (punctuation:no_comma) is held out, so it cannot also be a type to use.");
        assertThat(form.canCompose().get()).isFalse();
    }

    @Test
    void tooFewTypesLeftForThePerTaskCountIsAProblem() {
        ComposeViewModel form = form(new ImmediateJobs());
        form.files().pool().set(pool);
        form.constraints().choice("punctuation:no_comma").only().set(true);
        form.draw().perTask().set("2");
        assertThat(form.validationMessages())
                .containsExactly("Only 1 constraint types are left to draw from, fewer than the 2 per task asked.");
        form.draw().perTask().set("1");
        assertThat(form.validationMessages()).isEmpty();
        assertThat(form.preview()).hasSize(3).allSatisfy(task -> {
            assertThat(task.constraints()).extracting(label -> label.id()).containsExactly("punctuation:no_comma");
            assertThat(task.constraintNames()).isEqualTo("No commas");
        });
    }

    @Test
    void thePreviewShowsTheFirstTasksExactlyAsComposeWritesThem() throws IOException {
        ComposeViewModel form = form(new ImmediateJobs());
        form.files().pool().set(pool);
        form.draw().perTask().set("3");
        form.draw().seed().set("7");
        assertThat(form.previewStatus().get()).isEqualTo("The first 3 of 4 tasks, as they will be written:");
        List<TaskPreview> previewed = List.copyOf(form.preview());
        assertThat(previewed).extracting(TaskPreview::key).containsExactly("my-pool-2", "my-pool-4", "my-pool-5");
        assertThat(previewed).allSatisfy(task -> {
            assertThat(task.constraints()).hasSize(3);
            assertThat(task.constraints()).allSatisfy(label -> {
                assertThat(label.family()).isEqualTo(ConstraintFamily.IFEVAL);
                assertThat(label.name()).isNotEqualTo(label.id());
            });
        });

        form.compose();

        List<JsonNode> written = lines(form.composedFile().get());
        assertThat(written).hasSize(4);
        for (int i = 0; i < previewed.size(); i++) {
            assertThat(written.get(i).get("key").asText())
                    .isEqualTo(previewed.get(i).key());
            assertThat(written.get(i).get("prompt").asText())
                    .isEqualTo(previewed.get(i).prompt());
        }
        assertThat(form.preview()).containsExactlyElementsOf(previewed);
    }

    @Test
    void composeWritesByteForByteWhatTheCommandLineWrites() throws IOException {
        ComposeViewModel form = form(new ImmediateJobs());
        Path fromTheApp = dir.resolve("app.jsonl");
        form.files().pool().set(SHIPPED_POOL);
        form.files().out().set(fromTheApp);
        form.draw().perTask().set("2");
        form.draw().seed().set("11");
        form.constraints().choice("language:response_language").never().set(true);
        form.constraints().choice("detectable_format:json_format").never().set(true);
        form.constraints().choice("combination:repeat_prompt").holdout().set(true);
        assertThat(form.validationMessages()).isEmpty();

        form.compose();

        assertThat(form.summary().get())
                .isEqualTo("Composed 219 tasks from tracelab-prompt-pool.txt (2 per task, 22 "
                        + "types to draw from, seed 11) and wrote " + fromTheApp + ".");
        assertThat(form.progress().get()).isEqualTo(1.0);
        assertThat(form.message().get()).isEqualTo("task 219 of 219");
        assertThat(form.composedFile().get()).isEqualTo(fromTheApp);
        assertThat(remembered).containsExactly(fromTheApp);

        Path fromTheCommandLine = dir.resolve("cli.jsonl");
        CliRunner.Result cli = CliRunner.run(
                "compose",
                "--prompts",
                SHIPPED_POOL.toString(),
                "--out",
                fromTheCommandLine.toString(),
                "--per-task",
                "2",
                "--seed",
                "11",
                "--exclude-ids",
                "language:response_language,detectable_format:json_format",
                "--holdout-ids",
                "combination:repeat_prompt");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(Files.readAllBytes(fromTheApp)).isEqualTo(Files.readAllBytes(fromTheCommandLine));

        Set<String> drawn = new HashSet<>();
        lines(fromTheApp).forEach(task -> task.get("instruction_id_list").forEach(id -> drawn.add(id.asText())));
        assertThat(drawn)
                .hasSize(22)
                .doesNotContain(
                        "language:response_language", "detectable_format:json_format", "combination:repeat_prompt");
        assertThat(lines(fromTheApp))
                .allSatisfy(
                        task -> assertThat(task.at("/provenance/holdout_ids").toString())
                                .isEqualTo("[\"combination:repeat_prompt\"]"));

        form.useInBenchmark();
        assertThat(usedInBenchmark).containsExactly(fromTheApp);
    }

    @Test
    void aCancelledComposeWritesNothing() {
        QueuedJobs jobs = new QueuedJobs();
        ComposeViewModel form = form(jobs);
        form.files().pool().set(pool);
        jobs.runAll();
        Path out = form.files().out().get();
        assertThat(form.canCompose().get()).isTrue();

        form.compose();
        assertThat(form.running().get()).isTrue();
        assertThat(form.canCompose().get()).as("not twice at once").isFalse();
        form.cancel();
        jobs.runAll();

        assertThat(form.summary().get()).isEqualTo("Cancelled; nothing was written.");
        assertThat(form.running().get()).isFalse();
        assertThat(form.composedFile().get()).isNull();
        assertThat(out).doesNotExist();
        assertThat(remembered).isEmpty();
        form.useInBenchmark();
        assertThat(usedInBenchmark).isEmpty();
    }

    @Test
    void theChecklistListsEveryTypeByBenchmarkAndFindsThemByNameOrId() {
        ComposeViewModel form = form(new ImmediateJobs());
        ConstraintChoicesSection types = form.constraints();
        assertThat(types.choices()).hasSize(REGISTRY.types().size());
        List<ConstraintFamily> families =
                types.choices().stream().map(choice -> choice.label().family()).toList();
        assertThat(families).isSortedAccordingTo(Enum::compareTo);
        assertThat(types.choices().stream().filter(ConstraintChoice::composable).count())
                .isEqualTo(REGISTRY.types().stream()
                        .filter(type -> type.sampler().isPresent())
                        .count());
        assertThat(types.choice("rule:word_count").composable()).isFalse();
        assertThat(types.choice("rule:word_count").details()).startsWith("rule:word_count\nnot drawn by the composer");
        assertThat(types.choice("length_constraints:number_words").details())
                .startsWith("length_constraints:number_words\ndrawn with ");

        types.search().set("COMMA");
        assertThat(types.shown())
                .extracting(ConstraintChoice::id)
                .contains("punctuation:no_comma")
                .allSatisfy(id -> assertThat(types.choice(id).matches("comma")).isTrue());
        types.search().set("Word count");
        assertThat(types.shown())
                .extracting(ConstraintChoice::id)
                .contains("length_constraints:number_words", "rule:word_count");
        types.search().set("");
        assertThat(types.shown()).hasSameSizeAs(types.choices());

        types.choice("punctuation:no_comma").holdout().set(true);
        types.clear();
        assertThat(types.holdout()).isEmpty();
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    private static void writeJsonPool(Path file) {
        try {
            Files.writeString(file, "{\"prompt\": \"Describe a harbour at dawn.\"}\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
