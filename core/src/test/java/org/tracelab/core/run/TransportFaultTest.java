package org.tracelab.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.flags.FlagNames;
import org.tracelab.core.model.ChatModel;
import org.tracelab.core.model.ChatRequest;
import org.tracelab.core.model.ChatResult;
import org.tracelab.core.model.FinishReason;
import org.tracelab.core.model.ModelCapabilities;
import org.tracelab.core.model.ModelException;
import org.tracelab.core.model.ModelSource;
import org.tracelab.core.model.ReasoningFilter;
import org.tracelab.core.trace.CallFault;
import org.tracelab.core.trace.ChainKey;
import org.tracelab.core.trace.DatasetDescription;
import org.tracelab.core.trace.RunStatus;

/** Transport faults are not verdicts: they leave chains unfinished, interrupt the run, and resume mends it exactly. */
@Timeout(30)
class TransportFaultTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-01T12:00:00Z"), ZoneOffset.UTC);
    private static final List<Mode> ALL_MODES =
            List.of(Mode.parse("direct"), Mode.parse("prompt_retry"), Mode.parse("full_pcl"));
    private static final String ENDPOINT = "http://127.0.0.1:9/v1";

    private static IfevalTask colours(int key) {
        return TestTasks.task(
                key,
                "Name three colours (task " + key + "). Do not use any commas. End with \"Done.\"",
                "punctuation:no_comma",
                "{}",
                "startend:end_checker",
                "{\"end_phrase\": \"Done.\"}");
    }

    /** First answer breaks both rules, the retry one, a patch none: every mode's chain has its own shape. */
    private static String replies(ChatRequest request) {
        String last = ScriptedTestModel.lastUserMessage(request);
        if (last.contains("Follow every one of these requirements")) {
            return "red green and blue.";
        }
        if (request.messages().size() == 3) {
            return "red green and blue. Done.";
        }
        return "red, green and blue.";
    }

    private static RunDescription description() {
        return new RunDescription(
                "faults",
                new org.tracelab.core.trace.ModelDescription(
                        "llama.cpp", "test-model", List.of(ENDPOINT), null, null, Map.of()),
                new DatasetDescription("test", "c".repeat(64), 3),
                null);
    }

    private static BenchmarkPlan plan(List<IfevalTask> tasks, int faultLimit) {
        return new BenchmarkPlan(
                tasks, ALL_MODES, List.of(7L), 1, CallSettings.defaults("test-model", 1, null, null), 1, faultLimit);
    }

    private static BenchmarkJob job(BenchmarkPlan plan, ChatModel model, TraceSink sink) {
        return new BenchmarkJob(
                plan, model, TestTasks.verifier(), ReasoningFilter.enabled(), sink, ProgressListener.NONE, CLOCK);
    }

    private static ModelException down() {
        return new ModelException(ModelException.Kind.CONNECTION, "connection refused — is the server running?")
                .at(ENDPOINT);
    }

    @Test
    void aDeadServerInterruptsTheRunWithNoChainFinishedAndStopsAfterTheFaultLimit() {
        ScriptedTestModel dead = new ScriptedTestModel(r -> {
            throw down();
        });
        InMemoryTraceSink sink = new InMemoryTraceSink();
        List<IfevalTask> tasks = IntStream.rangeClosed(1, 10)
                .mapToObj(TransportFaultTest::colours)
                .toList();

        JobOutcome outcome = job(plan(tasks, 4), dead, sink).start(description());

        assertThat(outcome.status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(sink.status(outcome.runId())).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(sink.violations()).isEmpty();
        // Four faults in a row stop the run: ten groups would have cost ten calls.
        assertThat(dead.requests()).hasSize(4);
        assertThat(outcome.faults()).isEqualTo(4);
        assertThat(outcome.attempts()).isZero();
        assertThat(outcome.chainsFinished()).isZero();
        assertThat(outcome.chainsUnfinished()).isEqualTo(30);
        assertThat(sink.finals()).isEmpty();
        assertThat(sink.attemptCount()).isZero();
        assertThat(sink.faults()).hasSize(4).allSatisfy(fault -> {
            assertThat(fault.mode())
                    .as("a shared first call belongs to no one mode")
                    .isNull();
            assertThat(fault.attemptIndex()).isZero();
            assertThat(fault.endpoint()).isEqualTo(ENDPOINT);
            assertThat(fault.kind()).isEqualTo("connection");
        });
        assertThat(outcome.lastFault()).map(CallFault::endpoint).hasValue(ENDPOINT);
    }

    @Test
    void everyTransportKindIsAFaultAndABadRequestIsNot() {
        for (ModelException.Kind kind : ModelException.Kind.values()) {
            boolean expected = switch (kind) {
                case CONNECTION, TIMEOUT, RATE_LIMITED, SERVER_ERROR, MODEL_LOADING, MALFORMED_RESPONSE -> true;
                default -> false;
            };
            assertThat(kind.transportFault()).as(kind.name()).isEqualTo(expected);
        }
    }

    @Test
    void aResumeAfterTheServerCameBackEqualsARunThatWasNeverInterrupted() {
        List<IfevalTask> tasks = IntStream.rangeClosed(1, 6)
                .mapToObj(TransportFaultTest::colours)
                .toList();
        InMemoryTraceSink reference = new InMemoryTraceSink();
        ScriptedTestModel healthy = ScriptedTestModel.replying(TransportFaultTest::replies);
        JobOutcome uninterrupted = job(plan(tasks, 3), healthy, reference).start(description());
        assertThat(uninterrupted.status()).isEqualTo(RunStatus.FINISHED);

        // The server dies after its 5th answer (in the middle of a group: a retry or a patch is in flight).
        AtomicInteger calls = new AtomicInteger();
        ScriptedTestModel dying = new ScriptedTestModel(request -> {
            if (calls.incrementAndGet() > 5) {
                throw down();
            }
            return ScriptedTestModel.reply(replies(request));
        });
        InMemoryTraceSink sink = new InMemoryTraceSink();
        JobOutcome interrupted = job(plan(tasks, 3), dying, sink).start(description());

        assertThat(interrupted.status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(interrupted.faults()).isEqualTo(3);
        assertThat(interrupted.attempts()).isEqualTo(5);
        assertThat(interrupted.chainsFinished() + interrupted.chainsUnfinished())
                .isEqualTo(18);
        assertThat(sink.finals()).hasSize(interrupted.chainsFinished());
        long openWithAttempts = sink.chains().entrySet().stream()
                .filter(e ->
                        !sink.finals().containsKey(e.getKey()) && !e.getValue().isEmpty())
                .count();
        assertThat(openWithAttempts)
                .as("a chain the fault cut keeps its recorded attempts")
                .isPositive();

        ScriptedTestModel back = ScriptedTestModel.replying(TransportFaultTest::replies);
        JobOutcome resumed = job(plan(tasks, 3), back, sink).resume(interrupted.runId());

        assertThat(resumed.status()).isEqualTo(RunStatus.FINISHED);
        assertThat(sink.violations()).isEmpty();
        assertThat(sink.resumedChains()).isEqualTo((int) openWithAttempts);
        // Exactly the calls the interrupted session did not complete, each asked once more.
        assertThat(back.requests().size() + 5).isEqualTo(healthy.requests().size());
        assertThat(back.requests().stream().map(ChatRequest::seed).toList())
                .isEqualTo(healthy.requests().subList(5, healthy.requests().size()).stream()
                        .map(ChatRequest::seed)
                        .toList());
        assertThat(sink.finals()).isEqualTo(reference.finals());
        assertThat(sink.chains()).isEqualTo(reference.chains());
        assertThat(sink.attemptCount()).isEqualTo(reference.attemptCount());
        assertThat(interrupted.attempts() + resumed.attempts()).isEqualTo(uninterrupted.attempts());
    }

    @Test
    void aFlakyServerCostsOnlyTheFaultedGroupsAndTheRunStaysInterrupted() {
        AtomicInteger calls = new AtomicInteger();
        // Every 4th call fails: never four in a row, so the run goes on to the end.
        ScriptedTestModel flaky = new ScriptedTestModel(request -> {
            if (calls.incrementAndGet() % 4 == 0) {
                throw new ModelException(ModelException.Kind.SERVER_ERROR, "HTTP 503 from " + ENDPOINT).at(ENDPOINT);
            }
            return ScriptedTestModel.reply(replies(request));
        });
        InMemoryTraceSink sink = new InMemoryTraceSink();
        List<IfevalTask> tasks = IntStream.rangeClosed(1, 8)
                .mapToObj(TransportFaultTest::colours)
                .toList();

        JobOutcome outcome = job(plan(tasks, 4), flaky, sink).start(description());

        assertThat(outcome.status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(outcome.faults()).isEqualTo(sink.faults().size()).isPositive();
        assertThat(outcome.chainsFinished() + outcome.chainsUnfinished()).isEqualTo(24);
        assertThat(outcome.chainsUnfinished()).isPositive();
        // No recorded attempt carries a server error: faults are kept apart.
        assertThat(sink.chains().values().stream().flatMap(List::stream))
                .allSatisfy(a -> assertThat(a.attempt().error()).isNull());
        assertThat(sink.faults()).allSatisfy(f -> assertThat(f.kind()).isEqualTo("server_error"));
    }

    @Test
    void aRunawayAnswerIsStoredCutToTheCapAndFlagged() {
        String huge = "word ".repeat(100_000);
        ScriptedTestModel verbose = ScriptedTestModel.replying(r -> huge);
        InMemoryTraceSink sink = new InMemoryTraceSink();
        CallSettings calls = CallSettings.defaults("test-model", 1, null, null).withMaxAnswerChars(1_000);
        BenchmarkPlan plan =
                new BenchmarkPlan(List.of(colours(1)), List.of(Mode.parse("direct")), List.of(7L), 1, calls, 1);

        job(plan, verbose, sink).start(description());

        RecordedAttempt attempt = sink.chain("1", "direct", 7, 0).get(0);
        assertThat(attempt.attempt().output()).hasSize(1_000).isEqualTo(huge.substring(0, 1_000));
        assertThat(attempt.verifiedOutput()).hasSize(1_000);
        assertThat(attempt.attempt().flags()).contains(FlagNames.TRUNCATED_ANSWER_CAP);
        assertThat(FlagNames.disqualifiesChosen(FlagNames.TRUNCATED_ANSWER_CAP)).isTrue();
    }

    @Test
    void aContextTooSmallForPromptAndMaxTokensIsFlaggedAndTheEndpointRecorded() {
        ChatModel smallContext = new ChatModel() {
            @Override
            public ChatResult chat(ChatRequest request) {
                return new ChatResult("red green and blue. Done.", FinishReason.STOP, "stop", 900, 40, 3, "m")
                        .at(ENDPOINT);
            }

            @Override
            public ModelCapabilities capabilities() {
                return new ModelCapabilities(true, true, true, true, true);
            }

            @Override
            public ModelSource source() {
                return new ScriptedTestModel(r -> null).source();
            }

            @Override
            public OptionalInt contextTokens() {
                return OptionalInt.of(2_048);
            }
        };
        InMemoryTraceSink sink = new InMemoryTraceSink();
        BenchmarkPlan plan = new BenchmarkPlan(
                List.of(colours(1)),
                List.of(Mode.parse("direct")),
                List.of(7L),
                1,
                CallSettings.defaults("test-model", 1, null, null),
                1);

        JobOutcome outcome = job(plan, smallContext, sink).start(description());

        assertThat(outcome.status()).isEqualTo(RunStatus.FINISHED);
        RecordedAttempt attempt = sink.chain("1", "direct", 7, 0).get(0);
        // 900 prompt tokens + 1,280 max tokens > 2,048
        assertThat(attempt.attempt().flags()).contains(FlagNames.INFEASIBLE_CONTEXT);
        assertThat(attempt.attempt().endpoint()).isEqualTo(ENDPOINT);
        assertThat(sink.tasks().get("1").feasibilityFlags()).doesNotContain(FlagNames.INFEASIBLE_CONTEXT);
        assertThat(sink.finals()).containsKey(new ChainKey(outcome.runId(), "1", "direct", 7L, 0));
    }
}
