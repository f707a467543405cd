package org.tracelab.core.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.dataset.TaskFile;
import org.tracelab.core.dataset.TaskFileReader;
import org.tracelab.core.dataset.TaskFormat;
import org.tracelab.core.flags.FeasibilityChecker;
import org.tracelab.core.testing.SharedData;
import org.tracelab.core.verify.BuiltInConstraints;
import org.tracelab.core.verify.constraint.ConstraintFamily;
import org.tracelab.core.verify.constraint.ConstraintRegistry;

/** The composer on the shipped pool: counts, determinism, conflicts, feasibility, filters and provenance. */
class TaskComposerTest {

    private static final ConstraintRegistry REGISTRY = BuiltInConstraints.registry();
    private static final Path POOL = Path.of("samples/pool/tracelab-prompt-pool.txt");

    private static PromptPool pool;

    @TempDir
    Path dir;

    @BeforeAll
    static void readPool() {
        pool = PromptPool.read(SharedData.repositoryRoot().resolve(POOL));
    }

    private static ComposeOptions options(int perTask, long seed) {
        return new ComposeOptions(
                perTask, new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), seed, ComposeOptions.DEFAULT_MAX_TOKENS);
    }

    private static List<ComposedTask> compose(ComposeOptions options) throws ComposeException {
        return new TaskComposer(REGISTRY).compose(pool, options);
    }

    @Test
    void theShippedPoolHasOverTwoHundredPromptsAndGivesOneTaskPerPrompt() throws ComposeException {
        assertThat(pool.prompts()).hasSize(219);
        List<ComposedTask> tasks = compose(options(2, 42));
        assertThat(tasks).hasSize(219);
        assertThat(tasks)
                .extracting(t -> t.provenance().get("pool_line").asLong())
                .containsExactlyElementsOf(
                        pool.prompts().stream().map(PoolPrompt::line).toList());
        assertThat(tasks)
                .allSatisfy(t -> assertThat(t.instructionIds()).hasSize(2).doesNotHaveDuplicates());
        assertThat(tasks.stream().map(ComposedTask::key).distinct().count()).isEqualTo(219);
    }

    @Test
    void theSameInputsAndSeedGiveTheSameBytes() throws Exception {
        Path first = dir.resolve("a.jsonl");
        Path second = dir.resolve("b.jsonl");
        ComposedTaskWriter.write(first, compose(options(3, 7)));
        ComposedTaskWriter.write(
                second,
                new TaskComposer(BuiltInConstraints.registry())
                        .compose(PromptPool.read(SharedData.repositoryRoot().resolve(POOL)), options(3, 7)));
        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
        assertThat(Files.readAllLines(first)).hasSize(219);
    }

    @Test
    void theShippedExampleIsWhatTheComposerWritesForSeedFortyTwo() throws Exception {
        Path written = dir.resolve("example.jsonl");
        ComposedTaskWriter.write(written, compose(options(2, 42)));
        assertThat(Files.readAllBytes(written))
                .isEqualTo(Files.readAllBytes(
                        SharedData.repositoryRoot().resolve("samples/pool/tracelab-composed-tasks.jsonl")));
    }

    @Test
    void reportsEachTaskAndStopsWhenTheListenerThrows() throws ComposeException {
        List<Integer> done = new java.util.ArrayList<>();
        List<ComposedTask> tasks = new TaskComposer(REGISTRY).compose(pool, options(2, 42), (n, total) -> {
            assertThat(total).isEqualTo(219);
            done.add(n);
        });
        assertThat(tasks).hasSize(219);
        assertThat(done).hasSize(219).startsWith(1, 2, 3).endsWith(219);

        assertThatThrownBy(() -> new TaskComposer(REGISTRY).compose(pool, options(2, 42), (n, total) -> {
                    if (n == 5) {
                        throw new IllegalStateException("cancelled");
                    }
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cancelled");
    }

    @Test
    void theFirstPromptsOfAPoolComposeToTheFirstTasksOfTheWholePool() throws ComposeException {
        List<ComposedTask> whole = compose(options(3, 9));
        PromptPool three = pool.first(3);
        assertThat(three.name()).isEqualTo(pool.name());
        assertThat(three.sha256()).isEqualTo(pool.sha256());
        List<ComposedTask> preview = new TaskComposer(REGISTRY).compose(three, options(3, 9));
        assertThat(preview).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(preview.get(i).toJson()).isEqualTo(whole.get(i).toJson());
        }
        assertThat(pool.first(500).prompts()).hasSize(219);
    }

    @Test
    void anotherSeedGivesOtherTasks() throws ComposeException {
        List<ComposedTask> a = compose(options(2, 1));
        List<ComposedTask> b = compose(options(2, 2));
        long same = 0;
        for (int i = 0; i < a.size(); i++) {
            same += a.get(i).prompt().equals(b.get(i).prompt()) ? 1 : 0;
        }
        // Two of 25 types drawn with random kwargs: a repeat is possible but rare.
        assertThat(same).isLessThan(a.size() / 10);
    }

    @Test
    void noTaskHoldsConflictingOrInfeasibleConstraints() throws Exception {
        List<ComposedTask> tasks = compose(options(5, 11));
        Path file = dir.resolve("five.jsonl");
        ComposedTaskWriter.write(file, tasks);
        TaskFile read = new TaskFileReader(REGISTRY).read(file);
        assertThat(read.format()).isEqualTo(TaskFormat.IFEVAL);
        assertThat(read.tasks()).hasSize(219);
        FeasibilityChecker feasibility = new FeasibilityChecker(ComposeOptions.DEFAULT_MAX_TOKENS);
        for (IfevalTask task : read.tasks()) {
            List<String> ids = task.instructionIds();
            assertThat(ids).hasSize(5);
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    assertThat(REGISTRY.conflictBetween(ids.get(i), ids.get(j)))
                            .as("%s has %s with %s", task.keyText(), ids.get(i), ids.get(j))
                            .isEmpty();
                }
            }
            assertThat(feasibility.check(task)).as(task.keyText()).isEmpty();
            assertThat(task.provenance()).isNotNull();
        }
    }

    @Test
    void everyComposableIfevalTypeIsDrawnAndKwargsStayInTheirRanges() throws ComposeException {
        Map<String, Integer> counts = new HashMap<>();
        List<ComposedTask> tasks = compose(options(2, 42));
        tasks.forEach(t -> t.instructionIds().forEach(id -> counts.merge(id, 1, Integer::sum)));
        assertThat(counts.keySet()).containsAll(REGISTRY.ids(ConstraintFamily.IFEVAL));
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2 * 219);
        for (ComposedTask task : tasks) {
            for (int i = 0; i < task.instructionIds().size(); i++) {
                if (task.instructionIds().get(i).equals("length_constraints:number_words")) {
                    int words = task.kwargs().get(i).get("num_words").asInt();
                    assertThat(words).isBetween(50, 400);
                    assertThat(words % 50).isZero();
                }
                if (task.instructionIds().get(i).equals("combination:repeat_prompt")) {
                    String base = pool.prompts().stream()
                            .filter(p -> p.line()
                                    == task.provenance().get("pool_line").asLong())
                            .findFirst()
                            .orElseThrow()
                            .text();
                    assertThat(task.kwargs().get(i).get("prompt_to_repeat").asText())
                            .isEqualTo(base);
                }
            }
        }
    }

    @Test
    void thePromptIsTheBasePromptThenEachDescription() throws Exception {
        ComposedTask task = compose(options(2, 42)).get(0);
        String base = pool.prompts().get(0).text();
        assertThat(task.prompt()).startsWith(base + "\n\n");
        for (int i = 0; i < 2; i++) {
            String description = REGISTRY.create(
                            task.instructionIds().get(i), task.kwargs().get(i))
                    .description();
            assertThat(task.prompt()).contains(description);
        }
        assertThat(TaskComposer.prompt("Explain tides", List.of())).startsWith("Explain tides.\n\n");
    }

    @Test
    void theProvenanceNamesPoolLineConstraintsSeedAndHeldOutIds() throws ComposeException {
        SortedSet<String> holdout = new TreeSet<>(Set.of("punctuation:no_comma", "startend:quotation"));
        List<ComposedTask> tasks = new TaskComposer(REGISTRY)
                .compose(pool, new ComposeOptions(3, new TreeSet<>(), new TreeSet<>(), holdout, 5, 1280));
        ComposedTask first = tasks.get(0);
        assertThat(first.provenance().toString())
                .isEqualTo("{\"composer\":\"tracelab-compose/1\",\"pool\":"
                        + "\"tracelab-prompt-pool.txt\",\"pool_sha256\":\"" + pool.sha256() + "\",\"pool_line\":"
                        + pool.prompts().get(0).line() + ",\"constraint_ids\":" + idsJson(first.instructionIds())
                        + ",\"seed\":5,\"holdout_ids\":[\"punctuation:no_comma\",\"startend:quotation\"]}");
        assertThat(first.key())
                .isEqualTo("tracelab-prompt-pool-" + pool.prompts().get(0).line());
        assertThat(tasks).allSatisfy(t -> assertThat(t.instructionIds()).doesNotContainAnyElementsOf(holdout));
    }

    @Test
    void onlyAndExcludedIdsNarrowTheDraw() throws ComposeException {
        SortedSet<String> only =
                new TreeSet<>(Set.of("punctuation:no_comma", "detectable_format:title", "keywords:existence"));
        List<ComposedTask> tasks = new TaskComposer(REGISTRY)
                .compose(pool, new ComposeOptions(2, only, new TreeSet<>(), new TreeSet<>(), 3, 1280));
        assertThat(tasks).allSatisfy(t -> assertThat(only).containsAll(t.instructionIds()));
        SortedSet<String> excluded =
                new TreeSet<>(REGISTRY.ids(ConstraintFamily.IFEVAL).headSet("keywords"));
        List<ComposedTask> rest = new TaskComposer(REGISTRY)
                .compose(pool, new ComposeOptions(1, new TreeSet<>(), excluded, new TreeSet<>(), 3, 1280));
        assertThat(rest).allSatisfy(t -> assertThat(t.instructionIds()).doesNotContainAnyElementsOf(excluded));
    }

    @Test
    void refusesUnknownIdsUncomposableIdsAndTooFewCompatibleTypes() {
        TaskComposer composer = new TaskComposer(REGISTRY);
        assertThatThrownBy(() -> composer.compose(
                        pool,
                        new ComposeOptions(
                                1, new TreeSet<>(Set.of("no_comma")), new TreeSet<>(), new TreeSet<>(), 1, 1280)))
                .hasMessageStartingWith(
                        "unknown constraint id \"no_comma\"; the nearest known are punctuation:no_comma");
        assertThatThrownBy(() -> composer.compose(
                        pool,
                        new ComposeOptions(
                                1, new TreeSet<>(Set.of("rule:regex")), new TreeSet<>(), new TreeSet<>(), 1, 1280)))
                .hasMessageStartingWith("rule:regex cannot be composed: its kwargs need a person");
        assertThatThrownBy(() -> composer.compose(
                        pool,
                        new ComposeOptions(
                                2,
                                new TreeSet<>(Set.of("change_case:english_lowercase", "change_case:english_capital")),
                                new TreeSet<>(),
                                new TreeSet<>(),
                                1,
                                1280)))
                .hasMessageContaining("conflict too much to pick 2");
        assertThatThrownBy(() -> new ComposeOptions(6, new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), 1, 1280))
                .hasMessage("constraints per task must be 1 to 5, got 6");
    }

    @Test
    void readsAJsonLinesPoolAndReportsBadLines() throws IOException {
        Path good = dir.resolve("pool.jsonl");
        Files.writeString(good, "{\"prompt\": \"Describe a harbour at dawn.\"}\n\n{\"prompt\": \"Explain tides.\"}\n");
        assertThat(PromptPool.read(good).prompts()).extracting(PoolPrompt::line).containsExactly(1L, 3L);
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"prompt\": \"ok\"}\n{\"text\": \"no prompt\"}\n");
        assertThatThrownBy(() -> PromptPool.read(bad)).hasMessageContaining("bad.jsonl:2: prompt: missing");
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "# only a comment\n\n");
        assertThatThrownBy(() -> PromptPool.read(empty)).hasMessageContaining("no prompts in the pool");
    }

    private static String idsJson(List<String> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }
}
