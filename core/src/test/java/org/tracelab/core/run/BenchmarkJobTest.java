package org.tracelab.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.flags.FlagNames;
import org.tracelab.core.model.ChatMessage;
import org.tracelab.core.model.ChatModel;
import org.tracelab.core.model.ChatRequest;
import org.tracelab.core.model.ChatResult;
import org.tracelab.core.model.FinishReason;
import org.tracelab.core.model.ModelException;
import org.tracelab.core.model.ReasoningFilter;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.ChainKey;
import org.tracelab.core.trace.DatasetDescription;
import org.tracelab.core.trace.ModelDescription;
import org.tracelab.core.trace.RunStatus;
import org.tracelab.core.trace.Strategy;

@Timeout(30)
class BenchmarkJobTest {

    private static final String RETRY_MARKER = "Follow every one of these requirements";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-01T12:00:00Z"), ZoneOffset.UTC);
    private static final List<Mode> ALL_MODES =
            List.of(Mode.parse("direct"), Mode.parse("prompt_retry"), Mode.parse("full_pcl"));

    /** Local problems: commas and a missing end phrase. */
    private static IfevalTask colours(int key) {
        return TestTasks.task(
                key,
                "Name three colours (task " + key + "). Do not use any commas. End with \"Done.\"",
                "punctuation:no_comma",
                "{}",
                "startend:end_checker",
                "{\"end_phrase\": \"Done.\"}");
    }

    /**
     * First answer breaks both rules (with a comma-laden reasoning block that must not count), the rephrased
     * retry fixes the commas only, a patch fixes both.
     */
    private static String colourReplies(ChatRequest request) {
        String last = ScriptedTestModel.lastUserMessage(request);
        if (last.contains(RETRY_MARKER)) {
            return "red green and blue.";
        }
        if (request.messages().size() == 3) {
            return "red green and blue. Done.";
        }
        return "<think>hmm, colours, easy</think>red, green and blue.";
    }

    private static RunDescription description() {
        return new RunDescription(
                "test run",
                ModelDescription.served("llama.cpp", "test-model", List.of("http://127.0.0.1:1/v1"), Map.of()),
                new DatasetDescription("test", "c".repeat(64), 3),
                null);
    }

    private static BenchmarkPlan plan(
            List<IfevalTask> tasks, List<Mode> modes, List<Long> seeds, int forks, int concurrency) {
        return new BenchmarkPlan(
                tasks, modes, seeds, forks, CallSettings.defaults("test-model", forks, null, null), concurrency);
    }

    private static BenchmarkJob job(BenchmarkPlan plan, ChatModel model, TraceSink sink, ProgressListener listener) {
        return new BenchmarkJob(plan, model, TestTasks.verifier(), ReasoningFilter.enabled(), sink, listener, CLOCK);
    }

    private static List<Strategy> strategies(List<RecordedAttempt> chain) {
        return chain.stream().map(a -> a.attempt().strategy()).toList();
    }

    @Test
    void eachModeHasItsChainShapeAndTheFirstCallIsMadeOnce() {
        ScriptedTestModel model = ScriptedTestModel.replying(BenchmarkJobTest::colourReplies);
        InMemoryTraceSink sink = new InMemoryTraceSink();

        JobOutcome outcome = job(
                        plan(List.of(colours(1)), ALL_MODES, List.of(42L), 1, 2), model, sink, ProgressListener.NONE)
                .start(description());

        assertThat(outcome.status()).isEqualTo(RunStatus.FINISHED);
        assertThat(sink.status(outcome.runId())).isEqualTo(RunStatus.FINISHED);
        assertThat(sink.violations()).isEmpty();
        List<RecordedAttempt> direct = sink.chain("1", "direct", 42, 0);
        List<RecordedAttempt> retry = sink.chain("1", "prompt_retry", 42, 0);
        List<RecordedAttempt> pcl = sink.chain("1", "full_pcl", 42, 0);
        assertThat(strategies(direct)).containsExactly(Strategy.DIRECT);
        assertThat(strategies(retry)).containsExactly(Strategy.DIRECT, Strategy.RETRY);
        assertThat(strategies(pcl)).containsExactly(Strategy.DIRECT, Strategy.PATCH);

        // One first call, one retry, one patch.
        assertThat(model.requests()).hasSize(3);
        assertThat(outcome.attempts()).isEqualTo(3);
        RecordedAttempt first = direct.get(0);
        assertThat(retry.get(0)).isEqualTo(first);
        assertThat(pcl.get(0)).isEqualTo(first);
        assertThat(first.shared()).isTrue();
        assertThat(first.attempt().flags()).contains(RecordedAttempt.SHARED_FLAG);
        assertThat(retry.get(1).shared()).isFalse();

        // Raw output kept, reasoning removed before verification.
        assertThat(first.attempt().output()).startsWith("<think>");
        assertThat(first.verifiedOutput()).isEqualTo("red, green and blue.");
        assertThat(first.attempt().finishReason()).isEqualTo("stop");
        assertThat(first.attempt().promptTokens()).isEqualTo(10);
        assertThat(first.attempt().request())
                .singleElement()
                .satisfies(m -> assertThat(m.role()).isEqualTo("user"));
        assertThat(pcl.get(1).attempt().parentIndex()).isZero();
        assertThat(pcl.get(1).attempt().request()).hasSize(3);

        // Final answer = best attempt: retry improves on the first, patch passes.
        Map<ChainKey, Integer> finals = sink.finals();
        assertThat(finals).hasSize(3);
        assertThat(finals.get(new ChainKey(outcome.runId(), "1", "direct", 42L, 0)))
                .isZero();
        assertThat(finals.get(new ChainKey(outcome.runId(), "1", "prompt_retry", 42L, 0)))
                .isEqualTo(1);
        assertThat(finals.get(new ChainKey(outcome.runId(), "1", "full_pcl", 42L, 0)))
                .isEqualTo(1);
        assertThat(pcl.get(1).attempt().followsAllStrict(2)).isTrue();

        assertThat(sink.run(outcome.runId()).modes()).containsExactly("direct", "prompt_retry", "full_pcl");
        assertThat(sink.run(outcome.runId()).verifierVersion())
                .isEqualTo(TestTasks.verifier().version());
    }

    @Test
    void theSystemPromptOpensEveryRequestOfEveryModeAndIsRecorded() {
        String system = "You are a careful assistant. Follow the user's formatting rules exactly.";
        ScriptedTestModel model = ScriptedTestModel.replying(request -> {
            String last = ScriptedTestModel.lastUserMessage(request);
            return last.contains(RETRY_MARKER)
                    ? "red green and blue."
                    : last.contains("Edit your answer minimally")
                            ? "red green and blue. Done."
                            : "red, green and blue.";
        });
        InMemoryTraceSink sink = new InMemoryTraceSink();
        CallSettings calls = CallSettings.defaults("test-model", 1, null, null).withSystemPrompt(system);
        BenchmarkPlan plan = new BenchmarkPlan(List.of(colours(1)), ALL_MODES, List.of(42L), 1, calls, 1);

        JobOutcome outcome = job(plan, model, sink, ProgressListener.NONE).start(description());

        assertThat(outcome.status()).isEqualTo(RunStatus.FINISHED);
        assertThat(model.requests()).hasSize(3).allSatisfy(request -> {
            assertThat(request.messages().get(0).role()).isEqualTo(ChatMessage.Role.SYSTEM);
            assertThat(request.messages().get(0).content()).isEqualTo(system);
            assertThat(request.messages().subList(1, request.messages().size()))
                    .noneMatch(m -> m.role() == ChatMessage.Role.SYSTEM);
        });
        List<List<RecordedAttempt>> chains = List.of(
                sink.chain("1", "direct", 42, 0),
                sink.chain("1", "prompt_retry", 42, 0),
                sink.chain("1", "full_pcl", 42, 0));
        assertThat(chains.stream().flatMap(List::stream)).hasSize(5).allSatisfy(recorded -> {
            assertThat(recorded.attempt().request().get(0).role()).isEqualTo("system");
            assertThat(recorded.attempt().request().get(0).content()).isEqualTo(system);
            assertThat(recorded.attempt().request().get(1).role()).isEqualTo("user");
        });
        assertThat(strategies(chains.get(2))).containsExactly(Strategy.DIRECT, Strategy.PATCH);
        assertThat(chains.get(2).get(1).attempt().request())
                .extracting(m -> m.role())
                .containsExactly("system", "user", "assistant", "user");
    }

    @Test
    void aBlankSystemPromptSendsNoSystemMessage() {
        CallSettings calls = CallSettings.defaults("test-model", 1, null, null).withSystemPrompt("  \n ");
        assertThat(calls.systemPrompt()).isNull();
        ScriptedTestModel model = ScriptedTestModel.replying(BenchmarkJobTest::colourReplies);

        job(
                        new BenchmarkPlan(
                                List.of(colours(1)), List.of(Mode.parse("direct")), List.of(42L), 1, calls, 1),
                        model,
                        new InMemoryTraceSink(),
                        ProgressListener.NONE)
                .start(description());

        assertThat(model.requests())
                .singleElement()
                .satisfies(
                        request -> assertThat(request.messages()).noneMatch(m -> m.role() == ChatMessage.Role.SYSTEM));
    }

    @Test
    void seedsDependOnTaskSeedForkAndAttemptButNeverOnTheMode() {
        ScriptedTestModel model = ScriptedTestModel.replying(BenchmarkJobTest::colourReplies);
        InMemoryTraceSink sink = new InMemoryTraceSink();
        job(plan(List.of(colours(1)), ALL_MODES, List.of(42L), 1, 1), model, sink, ProgressListener.NONE)
                .start(description());

        long firstSeed = SeedDeriver.callSeed(42, "1", 0, 0);
        long secondSeed = SeedDeriver.callSeed(42, "1", 0, 1);
        assertThat(model.requests()).extracting(ChatRequest::seed).containsExactly(firstSeed, secondSeed, secondSeed);
        assertThat(sink.chain("1", "prompt_retry", 42, 0).get(1).sampling().seed())
                .isEqualTo(secondSeed);
        assertThat(sink.chain("1", "full_pcl", 42, 0).get(1).sampling().seed()).isEqualTo(secondSeed);
        assertThat(model.requests()).allSatisfy(r -> {
            assertThat(r.temperature()).isEqualTo(0.2);
            assertThat(r.maxTokens()).isEqualTo(1280);
            assertThat(r.model()).isEqualTo("test-model");
        });
    }

    @Test
    void forksGetDistinctSeedsAndTheHigherDefaultTemperature() {
        ScriptedTestModel model = ScriptedTestModel.replying(r -> "red green and blue. Done.");
        InMemoryTraceSink sink = new InMemoryTraceSink();
        JobOutcome outcome = job(
                        plan(List.of(colours(1)), List.of(Mode.parse("direct")), List.of(42L, 43L), 3, 2),
                        model,
                        sink,
                        ProgressListener.NONE)
                .start(description());

        assertThat(outcome.chainsFinished()).isEqualTo(6);
        assertThat(model.requests())
                .extracting(ChatRequest::seed)
                .doesNotHaveDuplicates()
                .hasSize(6);
        assertThat(model.requests()).allSatisfy(r -> assertThat(r.temperature()).isEqualTo(0.8));
        assertThat(sink.finals().keySet()).extracting(ChainKey::fork).containsOnly(0, 1, 2);
        assertThat(sink.chain("1", "direct", 43, 2).get(0).sampling().seed())
                .isEqualTo(SeedDeriver.callSeed(43, "1", 2, 0));
    }

    @Test
    void structuralProblemsAreRegeneratedAndNoModeEndsBelowItsFirstAttempt() {
        IfevalTask words = TestTasks.task(
                2,
                "Describe the sea in at least 8 words.",
                "length_constraints:number_words",
                "{\"num_words\": 8, \"relation\": \"at least\"}");
        AtomicInteger calls = new AtomicInteger();
        // First answer too short; the regeneration is even shorter (and the second one too): the chain keeps
        // the first as its final answer.
        ScriptedTestModel model =
                ScriptedTestModel.replying(r -> calls.getAndIncrement() == 0 ? "The sea is wide and deep and" : "Sea.");
        InMemoryTraceSink sink = new InMemoryTraceSink();
        JobOutcome outcome = job(
                        plan(List.of(words), List.of(Mode.parse("full_pcl")), List.of(1L), 1, 1),
                        model,
                        sink,
                        ProgressListener.NONE)
                .start(description());

        List<RecordedAttempt> chain = sink.chain("2", "full_pcl", 1, 0);
        assertThat(strategies(chain)).containsExactly(Strategy.DIRECT, Strategy.REGENERATE, Strategy.REGENERATE);
        assertThat(chain.get(2).attempt().parentIndex()).isZero();
        assertThat(chain.get(1).attempt().flags()).doesNotContain(RecordedAttempt.SHARED_FLAG);
        assertThat(sink.finals().get(new ChainKey(outcome.runId(), "2", "full_pcl", 1L, 0)))
                .isZero();
    }

    @Test
    void aRejectedRequestIsAnAttemptWithAnErrorAndEndsTheChain() {
        ScriptedTestModel model = new ScriptedTestModel(r -> {
            throw new ModelException(ModelException.Kind.BAD_REQUEST, "no answer within 60 s");
        });
        InMemoryTraceSink sink = new InMemoryTraceSink();
        JobOutcome outcome = job(
                        plan(List.of(colours(1)), ALL_MODES, List.of(1L), 1, 1), model, sink, ProgressListener.NONE)
                .start(description());

        assertThat(outcome.status()).isEqualTo(RunStatus.FINISHED);
        assertThat(model.requests()).hasSize(1);
        assertThat(sink.chains().values()).hasSize(3).allSatisfy(chain -> {
            assertThat(chain).singleElement().satisfies(a -> {
                assertThat(a.attempt().error().kind()).isEqualTo("bad_request");
                assertThat(a.attempt().error().message()).isEqualTo("no answer within 60 s");
                assertThat(a.attempt().output()).isEmpty();
                assertThat(a.attempt().verdicts()).isEmpty();
            });
        });
        assertThat(sink.finals()).hasSize(3);
    }

    @Test
    void anErrorEveryCallWouldRepeatFailsTheJobWithoutFinishingChains() {
        ScriptedTestModel model = new ScriptedTestModel(r -> {
            throw new ModelException(ModelException.Kind.AUTH, "HTTP 401: invalid API key");
        });
        InMemoryTraceSink sink = new InMemoryTraceSink();
        JobOutcome outcome = job(
                        plan(List.of(colours(1), colours(2)), ALL_MODES, List.of(1L), 1, 1),
                        model,
                        sink,
                        ProgressListener.NONE)
                .start(description());

        assertThat(outcome.status()).isEqualTo(RunStatus.FAILED);
        assertThat(outcome.failure()).hasValueSatisfying(f -> assertThat(f).contains("invalid API key"));
        assertThat(sink.status(outcome.runId())).isEqualTo(RunStatus.FAILED);
        assertThat(sink.finals()).isEmpty();
    }

    @Test
    void truncatedAnswersAndInfeasibleTasksAreFlagged() {
        IfevalTask essay = TestTasks.task(
                3,
                "Write an essay of at least 2000 words.",
                "length_constraints:number_words",
                "{\"num_words\": 2000, \"relation\": \"at least\"}");
        ScriptedTestModel model = new ScriptedTestModel(
                r -> new ChatResult("The essay begins and", FinishReason.LENGTH, "length", 12, 1280, 3, null));
        InMemoryTraceSink sink = new InMemoryTraceSink();
        job(plan(List.of(essay), List.of(Mode.parse("direct")), List.of(1L), 1, 1), model, sink, ProgressListener.NONE)
                .start(description());

        assertThat(sink.tasks().get("3").feasibilityFlags()).containsExactly(FlagNames.INFEASIBLE_LENGTH_VS_MAX_TOKENS);
        Attempt attempt = sink.chain("3", "direct", 1, 0).get(0).attempt();
        assertThat(attempt.flags()).containsExactly(FlagNames.TRUNCATED);
        assertThat(attempt.finishReason()).isEqualTo("length");
    }

    @Test
    void neverMoreThanConcurrencyCallsAtOnce() throws Exception {
        CountDownLatch threeInFlight = new CountDownLatch(3);
        ScriptedTestModel model = new ScriptedTestModel(request -> {
            threeInFlight.countDown();
            try {
                // The first three calls wait for each other: proves three run at once.
                threeInFlight.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new ModelException(ModelException.Kind.CANCELLED, "interrupted");
            }
            return ScriptedTestModel.reply(colourReplies(request));
        });
        List<IfevalTask> tasks =
                IntStream.rangeClosed(1, 12).mapToObj(BenchmarkJobTest::colours).toList();
        InMemoryTraceSink sink = new InMemoryTraceSink();
        List<Progress> reports = Collections.synchronizedList(new ArrayList<>());
        JobOutcome outcome = job(plan(tasks, ALL_MODES, List.of(1L), 1, 3), model, sink, reports::add)
                .start(description());

        assertThat(outcome.chainsFinished()).isEqualTo(36);
        assertThat(model.maxInFlight()).isEqualTo(3);
        assertThat(threeInFlight.getCount()).isZero();
        Progress last = reports.get(reports.size() - 1);
        assertThat(last.doneChains()).isEqualTo(36);
        assertThat(last.totalChains()).isEqualTo(36);
        assertThat(last.attempts()).isEqualTo(36);
        assertThat(last.byMode().get("direct").passRate()).isZero();
        assertThat(last.byMode().get("prompt_retry").passRate()).isZero();
        assertThat(last.byMode().get("full_pcl").passRate()).isEqualTo(1.0);
        assertThat(last.eta()).isPresent();
        assertThat(reports.get(0).doneChains()).isZero();
    }

    @Test
    void cancellationLeavesOnlyWholeChainsFinishedAndResumeContinuesEachChainOnce() throws Exception {
        List<IfevalTask> tasks =
                IntStream.rangeClosed(1, 10).mapToObj(BenchmarkJobTest::colours).toList();
        BenchmarkPlan plan = plan(tasks, ALL_MODES, List.of(7L), 1, 2);
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch blocked = new CountDownLatch(1);
        ScriptedTestModel hanging = new ScriptedTestModel(request -> {
            if (calls.incrementAndGet() <= 7) {
                return ScriptedTestModel.reply(colourReplies(request));
            }
            blocked.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                throw new ModelException(ModelException.Kind.CANCELLED, "interrupted");
            }
            throw new AssertionError("unreachable");
        });
        InMemoryTraceSink sink = new InMemoryTraceSink();
        BenchmarkJob first = job(plan, hanging, sink, ProgressListener.NONE);
        CompletableFuture<JobOutcome> running = CompletableFuture.supplyAsync(() -> first.start(description()));
        assertThat(blocked.await(10, TimeUnit.SECONDS)).isTrue();
        first.cancel();
        JobOutcome cancelled = running.get(10, TimeUnit.SECONDS);

        assertThat(cancelled.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(sink.status(cancelled.runId())).isEqualTo(RunStatus.CANCELLED);
        assertThat(sink.violations()).isEmpty();
        Map<ChainKey, Integer> finishedBefore = sink.finals();
        assertThat(finishedBefore).isNotEmpty().hasSizeLessThan(30);
        finishedBefore
                .keySet()
                .forEach(key ->
                        assertThat(sink.chains().get(key)).hasSize(key.mode().equals("direct") ? 1 : 2));
        long openBefore = sink.chains().keySet().stream()
                .filter(k -> !finishedBefore.containsKey(k))
                .count();
        long groupsUntouched = tasks.stream()
                .filter(t -> finishedBefore.keySet().stream()
                        .noneMatch(k -> k.datasetKey().equals(t.keyText())))
                .count();

        ScriptedTestModel healthy = ScriptedTestModel.replying(BenchmarkJobTest::colourReplies);
        List<Progress> reports = Collections.synchronizedList(new ArrayList<>());
        JobOutcome resumed = job(plan, healthy, sink, reports::add).resume(cancelled.runId());

        assertThat(resumed.status()).isEqualTo(RunStatus.FINISHED);
        assertThat(sink.violations()).isEmpty();
        assertThat(resumed.chainsSkipped()).isEqualTo(finishedBefore.size());
        assertThat(resumed.chainsFinished() + resumed.chainsSkipped()).isEqualTo(30);
        assertThat(sink.finals()).hasSize(30);
        assertThat(sink.finishCalls().values()).containsOnly(1);
        // A cancelled chain keeps what it recorded (its first attempt at least) and goes on from there.
        assertThat(sink.resumedChains()).isEqualTo((int) openBefore);
        assertThat(sink.discardedChains()).isZero();
        sink.finals()
                .keySet()
                .forEach(key ->
                        assertThat(sink.chains().get(key)).hasSize(key.mode().equals("direct") ? 1 : 2));
        // A group with a finished chain reuses its stored first attempt instead of asking again.
        long firstCalls = healthy.requests().stream()
                .filter(r -> r.messages().size() == 1
                        && !r.messages().get(0).content().contains(RETRY_MARKER))
                .count();
        assertThat(firstCalls).isEqualTo(groupsUntouched);
        assertThat(reports.get(0).doneChains()).isEqualTo(finishedBefore.size());
        for (IfevalTask task : tasks) {
            Attempt shared = sink.chain(task.keyText(), "direct", 7, 0).get(0).attempt();
            assertThat(sink.chain(task.keyText(), "full_pcl", 7, 0).get(0).attempt())
                    .isEqualTo(shared);
        }
    }
}
