package org.tracelab.core.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracelab.core.dataset.IfevalPromptsReader;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.flags.FlagNames;
import org.tracelab.core.flags.GamingDetector;
import org.tracelab.core.importing.ImportedChain;
import org.tracelab.core.importing.ImportedRun;
import org.tracelab.core.io.InputProblemException;
import org.tracelab.core.run.InstructionRestater;
import org.tracelab.core.run.RecordedAttempt;
import org.tracelab.core.testing.SharedData;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.Message;
import org.tracelab.core.trace.ModelDescription;
import org.tracelab.core.trace.Strategy;
import org.tracelab.core.verify.InstructionVerdict;
import org.tracelab.core.verify.Verifier;
import org.tracelab.core.verify.Verifiers;
import org.tracelab.core.verify.text.punkt.BuiltInSentenceSplitter;

/**
 * The bundled hand-written traces, built as the app builds them: every chain replays through its mode, and
 * verdicts, flags and request messages are computed, never taken from the file.
 */
class IllustrativeRunBuilderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-12-01T10:00:00Z"), ZoneOffset.UTC);
    private static final Path TRACES = Path.of("samples/traces/illustrative-traces.jsonl");
    private static final Path TASKS = Path.of("samples/tasks/tracelab-sample-tasks.jsonl");

    private static Verifier verifier;
    private static ImportedRun run;
    private static Map<String, IfevalTask> tasks;

    @BeforeAll
    static void build() {
        verifier = Verifiers.create(new BuiltInSentenceSplitter());
        run = builder(verifier)
                .build(BundledSamples.traces(), BundledSamples.tasks(), IllustrativeRunBuilder.Listener.NONE);
        tasks = IfevalPromptsReader.read(SharedData.repositoryRoot().resolve(TASKS)).stream()
                .collect(Collectors.toMap(IfevalTask::keyText, Function.identity()));
    }

    private static IllustrativeRunBuilder builder(Verifier v) {
        return new IllustrativeRunBuilder(v, new GamingDetector(), CLOCK);
    }

    @Test
    void bundledFilesAreTheRepositoryCopies() throws Exception {
        Path root = SharedData.repositoryRoot();
        assertThat(BundledSamples.traces().text()).isEqualTo(Files.readString(root.resolve(TRACES)));
        assertThat(BundledSamples.tasks().text()).isEqualTo(Files.readString(root.resolve(TASKS)));
    }

    @Test
    void runIsNamedAsAnIllustrationEverywhere() {
        assertThat(run.info().isIllustration()).isTrue();
        assertThat(run.info().name()).contains("Illustration").contains("not model output");
        assertThat(run.info().model().backend()).isEqualTo(ModelDescription.ILLUSTRATION_BACKEND);
        assertThat(run.info().model().name()).contains("hand-written");
        assertThat(run.info().notes()).contains("written by hand").contains("No model produced them");
        assertThat(run.info().verifierVersion()).isEqualTo(verifier.version());
        assertThat(run.info().dataset().name()).isEqualTo("tracelab-sample-tasks.jsonl");
        assertThat(run.info().dataset().taskCount()).isEqualTo(71);
    }

    @Test
    void coversEveryModeStrategySeedAndFork() {
        assertThat(run.chains()).hasSize(21);
        assertThat(run.info().modes()).containsExactly("direct", "prompt_retry", "full_pcl");
        assertThat(run.info().seeds()).containsExactly(42L, 43L);
        assertThat(run.info().forks()).isEqualTo(2);
        Set<Strategy> strategies = run.chains().stream()
                .flatMap(c -> c.attempts().stream())
                .map(Attempt::strategy)
                .collect(Collectors.toSet());
        assertThat(strategies)
                .containsExactlyInAnyOrder(Strategy.DIRECT, Strategy.RETRY, Strategy.PATCH, Strategy.REGENERATE);
        assertThat(run.chains().stream().map(c -> c.task().datasetKey()).distinct())
                .hasSize(17);
    }

    @Test
    void everyVerdictIsTheVerifiersOwn() {
        for (ImportedChain chain : run.chains()) {
            IfevalTask task = tasks.get(chain.task().datasetKey());
            for (Attempt attempt : chain.attempts()) {
                assertThat(attempt.verdicts())
                        .as("line %d attempt %d", chain.line(), attempt.index())
                        .isEqualTo(verifier.verify(task.instructions(), attempt.output())
                                .instructions());
            }
        }
    }

    @Test
    void patchChainFailsOnCommasThenPasses() {
        ImportedChain patch = chain("9002", "full_pcl", 42, 0);
        Attempt first = patch.attempts().get(0);
        assertThat(strictFailures(first)).containsExactly("punctuation:no_comma");
        Attempt fixed = patch.attempts().get(1);
        assertThat(fixed.strategy()).isEqualTo(Strategy.PATCH);
        assertThat(fixed.parentIndex()).isZero();
        assertThat(fixed.followsAllStrict(2)).isTrue();
        assertThat(patch.finalIndex()).isEqualTo(1);
        // The runner's repair prompt: the prompt, the failed answer, and the violation with the verifier's finding.
        List<Message> request = fixed.request();
        assertThat(request).extracting(Message::role).containsExactly("user", "assistant", "user");
        assertThat(request.get(1).content()).isEqualTo(first.output());
        assertThat(request.get(2).content()).contains("Do not use any commas").contains("found 5 commas");
    }

    @Test
    void firstAttemptIsSharedByTheModesOfOneRolloutGroup() {
        List<ImportedChain> group = run.chains().stream()
                .filter(c -> c.task().datasetKey().equals("9002") && c.seed() == 42 && c.fork() == 0)
                .toList();
        assertThat(group).extracting(ImportedChain::mode).containsExactly("direct", "prompt_retry", "full_pcl");
        assertThat(group)
                .allSatisfy(c -> assertThat(c.attempts().get(0).flags()).contains(RecordedAttempt.SHARED_FLAG));
        assertThat(chain("9001", "direct", 42, 0).attempts().get(0).flags())
                .doesNotContain(RecordedAttempt.SHARED_FLAG);
    }

    @Test
    void retryRequestRestatesTheInstructions() {
        ImportedChain retry = chain("9018", "prompt_retry", 42, 0);
        assertThat(retry.attempts().get(0).followsAllStrict(2)).isFalse();
        Attempt second = retry.attempts().get(1);
        assertThat(second.strategy()).isEqualTo(Strategy.RETRY);
        assertThat(second.request())
                .containsExactly(new Message("user", InstructionRestater.rephrasedPrompt(tasks.get("9018"))));
        assertThat(second.followsAllStrict(2)).isTrue();
    }

    @Test
    void chainNotFixedEndsOnItsBestAttemptAndFails() {
        ImportedChain broken = chain("9058", "full_pcl", 42, 0);
        assertThat(broken.attempts())
                .extracting(Attempt::strategy)
                .containsExactly(Strategy.DIRECT, Strategy.REGENERATE, Strategy.PATCH, Strategy.REGENERATE);
        assertThat(broken.attempts()).noneMatch(a -> a.followsAllStrict(2));
        assertThat(broken.finalIndex()).isEqualTo(2);
        assertThat(chain("9054", "prompt_retry", 42, 0).attempts()).noneMatch(a -> a.followsAllStrict(2));
    }

    @Test
    void gamedFixesPassStrictButAreFlagged() {
        Attempt title = chain("9013", "full_pcl", 42, 0).attempts().get(1);
        assertThat(title.followsAllStrict(2)).isTrue();
        assertThat(title.flags()).contains(FlagNames.GAMED_TITLE_PLACEHOLDER);
        Attempt trailer = chain("9056", "full_pcl", 42, 0).attempts().get(1);
        assertThat(trailer.followsAllStrict(2)).isTrue();
        assertThat(trailer.flags()).contains(FlagNames.GAMED_KEYWORDS_TRAILER);
    }

    @Test
    void seedsAndForksDiffer() {
        assertThat(chain("9034", "direct", 42, 0).attempts().get(0).followsAllStrict(2))
                .isTrue();
        assertThat(chain("9034", "direct", 43, 0).attempts().get(0).followsAllStrict(2))
                .isFalse();
        assertThat(chain("9045", "direct", 42, 0).attempts().get(0).followsAllStrict(2))
                .isTrue();
        assertThat(chain("9045", "direct", 42, 1).attempts().get(0).followsAllStrict(2))
                .isFalse();
    }

    @Test
    void punktGivesTheSameVerdictsAsTheBuiltInSplitter() {
        Path nltk = SharedData.require("data/nltk_data");
        ImportedRun withPunkt = builder(Verifiers.create(nltk))
                .build(BundledSamples.traces(), BundledSamples.tasks(), IllustrativeRunBuilder.Listener.NONE);
        assertThat(withPunkt.info().verifierVersion()).startsWith("tracelab-ifeval/1+punkt ");
        for (int i = 0; i < run.chains().size(); i++) {
            assertThat(withPunkt.chains().get(i).attempts())
                    .extracting(Attempt::verdicts)
                    .as("line %d", run.chains().get(i).line())
                    .isEqualTo(run.chains().get(i).attempts().stream()
                            .map(Attempt::verdicts)
                            .toList());
        }
    }

    @Test
    void reportsEachBadLineAsFileLineFieldProblem() {
        SourceText bad = new SourceText(
                Path.of("mine.jsonl"),
                String.join(
                        "\n",
                        line(9002, "direct", "{\"strategy\": \"direct\", \"output\": \"No commas here at all.\"}"),
                        "{\"task\": 9002, \"mode\": \"sideways\", \"seed\": 1, \"attempts\": []}",
                        line(
                                9002,
                                "full_pcl",
                                "{\"strategy\": \"direct\", \"output\": \"One, two.\"},"
                                        + " {\"strategy\": \"regenerate\", \"parent\": 0, \"output\": \"One two.\"}"),
                        line(
                                9001,
                                "direct",
                                "{\"strategy\": \"direct\", \"output\": \"* a\"}, {\"strategy\": \"retry\","
                                        + " \"parent\": 0, \"output\": \"* b\"}"),
                        line(
                                4242,
                                "prompt_retry",
                                "{\"strategy\": \"direct\", \"output\": \"x\", \"verdict\": true}")));

        assertThatThrownBy(() ->
                        builder(verifier).build(bad, BundledSamples.tasks(), IllustrativeRunBuilder.Listener.NONE))
                .isInstanceOf(InputProblemException.class)
                .hasMessage(String.join(
                        "\n",
                        "mine.jsonl:2: mode: unknown mode 'sideways' (expected direct, prompt_retry or full_pcl)",
                        "mine.jsonl:2: attempts: must be a non-empty list of attempts, the first one a direct answer",
                        "mine.jsonl:5: attempts[0].verdict: unknown field (expected strategy, parent, output)"));

        SourceText wrongChains = new SourceText(
                Path.of("mine.jsonl"),
                String.join(
                        "\n",
                        line(9002, "direct", "{\"strategy\": \"direct\", \"output\": \"No commas here at all.\"}"),
                        line(
                                9002,
                                "full_pcl",
                                "{\"strategy\": \"direct\", \"output\": \"One, two.\"},"
                                        + " {\"strategy\": \"regenerate\", \"parent\": 0, \"output\": \"One two.\"}"),
                        line(
                                9001,
                                "direct",
                                "{\"strategy\": \"direct\", \"output\": \"* a\"}, {\"strategy\": \"retry\","
                                        + " \"parent\": 0, \"output\": \"* b\"}"),
                        line(9003, "full_pcl", "{\"strategy\": \"direct\", \"output\": \"<<A Title>> poem\"}"),
                        line(4242, "direct", "{\"strategy\": \"direct\", \"output\": \"x\"}")));
        assertThatThrownBy(() -> builder(verifier)
                        .build(wrongChains, BundledSamples.tasks(), IllustrativeRunBuilder.Listener.NONE))
                .isInstanceOf(InputProblemException.class)
                .hasMessage(String.join(
                        "\n",
                        "mine.jsonl:2: attempts[0].output: differs from the first attempt on line 1 (same task, seed "
                                + "and fork): the runner makes the first attempt once and shares it between the modes, "
                                + "so copy it exactly",
                        "mine.jsonl:2: attempts[1]: full_pcl would make a patch of attempt 0 here (attempt 0 fails "
                                + "punctuation:no_comma), not a regenerate of attempt 0",
                        "mine.jsonl:3: attempts[1]: one attempt too many: direct stops after attempt 0 (direct makes "
                                + "one attempt); remove it",
                        "mine.jsonl:4: attempts: ends too early: full_pcl would now make a patch of attempt 0 (attempt 0 "
                                + "fails change_case:english_lowercase); add it",
                        "mine.jsonl:5: task: no task with key 4242 in " + TASKS));
    }

    private static String line(int task, String mode, String attempts) {
        return "{\"task\": " + task + ", \"mode\": \"" + mode + "\", \"seed\": 42, \"attempts\": [" + attempts + "]}";
    }

    private static ImportedChain chain(String task, String mode, long seed, int fork) {
        return run.chains().stream()
                .filter(c -> c.task().datasetKey().equals(task)
                        && c.mode().equals(mode)
                        && c.seed() == seed
                        && c.fork() == fork)
                .findFirst()
                .orElseThrow();
    }

    private static List<String> strictFailures(Attempt attempt) {
        return attempt.verdicts().stream()
                .filter(v -> !v.strict())
                .map(InstructionVerdict::instructionId)
                .toList();
    }
}
