package org.tracelab.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tracelab.core.testing.LoopbackFaultServer;
import org.tracelab.core.testing.LoopbackFaultServer.Behaviour;

/**
 * The client against a server that misbehaves the way real ones do: every fault ends as a transport fault naming
 * the endpoint (never as an answer), within the timeouts, and what can be retried is retried.
 */
@Timeout(60)
class FaultInjectionTest {

    private static final Duration IDLE = Duration.ofMillis(800);
    private static final Duration LIMIT = Duration.ofSeconds(4);

    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private LoopbackFaultServer server;

    @BeforeEach
    void start() throws IOException {
        server = LoopbackFaultServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private OpenAiCompatibleClient client(boolean streaming, int retries) {
        return client(streaming, retries, OpenAiClientConfig.DEFAULT_MAX_RESPONSE_BYTES);
    }

    private OpenAiCompatibleClient client(boolean streaming, int retries, long maxBytes) {
        OpenAiClientConfig config = OpenAiClientConfig.forEndpoint(URI.create(server.baseUrl()))
                .withTimeouts(new CallTimeouts(Duration.ofSeconds(1), IDLE, LIMIT))
                .withRetryPolicy(
                        new RetryPolicy(retries, Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMillis(50)))
                .withStreaming(streaming)
                .withMaxResponseBytes(maxBytes);
        return new OpenAiCompatibleClient(config, waits::add, new SplittableRandom(3));
    }

    private static ChatRequest request() {
        return ChatRequest.of(LoopbackFaultServer.MODEL, List.of(ChatMessage.user("Say something.")))
                .withMaxTokens(64)
                .withSeed(2L);
    }

    private ModelException fails(OpenAiCompatibleClient client) {
        ModelException failure = catchThrowableOfType(ModelException.class, () -> client.chat(request()));
        assertThat(failure).as("the call must fail, not answer").isNotNull();
        assertThat(failure.kind().transportFault()).as(failure.kind().name()).isTrue();
        assertThat(failure.endpoint()).hasValue(server.baseUrl());
        assertThat(failure.getMessage()).doesNotContain("\n");
        return failure;
    }

    private static long millisSince(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    @Test
    void aHealthyStreamIsReassembledWithItsUsageAndEndpoint() throws ModelException {
        ChatResult result = client(true, 0).chat(request());

        assertThat(result.content()).isEqualTo("This is a test answer, from the TEST model.");
        assertThat(result.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(result.promptTokens()).isEqualTo(12);
        assertThat(result.completionTokens()).isEqualTo(9);
        assertThat(result.endpoint()).isEqualTo(server.baseUrl());
        assertThat(server.chatRequests().get(0).path("stream").asBoolean()).isTrue();
    }

    @Test
    void aRefusedConnectionIsAConnectionFaultAfterTheRetries() {
        server.close();
        long started = System.nanoTime();

        ModelException failure = fails(client(true, 2));

        assertThat(failure.kind()).isEqualTo(ModelException.Kind.CONNECTION);
        assertThat(waits).hasSize(2);
        assertThat(millisSince(started)).isLessThan(3_000);
    }

    @Test
    void aResetConnectionIsRetriedAndThenAConnectionFault() {
        server.always(LoopbackFaultServer.RESET);

        ModelException failure = fails(client(true, 2));

        assertThat(failure.kind()).isEqualTo(ModelException.Kind.CONNECTION);
        assertThat(server.calls()).isEqualTo(3);
    }

    @Test
    void aServerStallingBeforeItsHeadersCostsTheIdleTimeoutOnAStream() {
        server.always(LoopbackFaultServer.STALL_BEFORE_HEADERS);
        long started = System.nanoTime();

        ModelException failure = fails(client(true, 2));

        assertThat(failure.kind()).isEqualTo(ModelException.Kind.TIMEOUT);
        assertThat(failure.getMessage()).contains("idle timeout");
        // Not retried: one idle timeout, not three, and far below the per-call limit.
        assertThat(server.calls()).isEqualTo(1);
        assertThat(millisSince(started)).isBetween(IDLE.toMillis(), IDLE.toMillis() + 1_500);
    }

    @Test
    void aServerStallingAfterItsHeadersCostsTheIdleTimeout() {
        server.always(LoopbackFaultServer.STALL_AFTER_HEADERS);
        long started = System.nanoTime();

        ModelException failure = fails(client(true, 2));

        assertThat(failure.kind()).isEqualTo(ModelException.Kind.TIMEOUT);
        assertThat(failure.getMessage()).contains("after the headers");
        assertThat(millisSince(started)).isBetween(IDLE.toMillis(), IDLE.toMillis() + 1_500);
    }

    @Test
    void withoutAStreamASilentServerIsBoundByThePerCallLimit() {
        server.always(LoopbackFaultServer.STALL_BEFORE_HEADERS);
        long started = System.nanoTime();

        ModelException failure = fails(client(false, 0));

        assertThat(failure.kind()).isEqualTo(ModelException.Kind.TIMEOUT);
        assertThat(failure.getMessage()).contains("per-call limit");
        assertThat(millisSince(started)).isBetween(LIMIT.toMillis(), LIMIT.toMillis() + 1_500);
    }

    @Test
    void thePerCallLimitGrowsWithMaxTokens() {
        CallTimeouts derived = CallTimeouts.defaults();
        assertThat(derived.limitFor(1280)).isEqualTo(Duration.ofSeconds(60 + 640));
        assertThat(derived.limitFor(64)).isEqualTo(Duration.ofSeconds(60 + 32));
        assertThat(derived.limitFor(null)).isEqualTo(Duration.ofMinutes(10));
        assertThat(derived.withPerCall(Duration.ofSeconds(30)).limitFor(1280)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void garbageIsAMalformedAnswerFaultNotAnAnswer() {
        server.always(LoopbackFaultServer.GARBAGE);

        ModelException failure = fails(client(true, 2));

        assertThat(failure.kind()).isEqualTo(ModelException.Kind.MALFORMED_RESPONSE);
    }

    @Test
    void aStreamDroppedHalfWayIsAConnectionFault() {
        server.always(LoopbackFaultServer.DROP_MID_STREAM);

        ModelException failure = fails(client(true, 1));

        assertThat(failure.kind()).isEqualTo(ModelException.Kind.CONNECTION);
        assertThat(server.calls()).isEqualTo(2);
    }

    @Test
    void tenMegabytesArriveWholeWithinTheResponseLimit() throws ModelException {
        server.then(new Behaviour.Huge(10_000_000));

        ChatResult result = client(false, 0).chat(request());

        assertThat(result.content()).hasSize(10_000_000);
    }

    @Test
    void anAnswerBeyondTheResponseLimitIsAbandoned() {
        server.always(new Behaviour.Huge(10_000_000));

        ModelException failure = fails(client(false, 0, 1L << 20));

        assertThat(failure.kind()).isEqualTo(ModelException.Kind.MALFORMED_RESPONSE);
        assertThat(failure.getMessage()).contains("larger than 1 MiB");
    }

    @Test
    void rateLimitsAndServerErrorsAreRetriedHonouringRetryAfter() throws ModelException {
        server.then(new Behaviour.Status(429, "1"), new Behaviour.Status(503, null), new Behaviour.Status(500, "0"));

        ChatResult result = client(true, 3).chat(request());

        assertThat(result.content()).isNotEmpty();
        assertThat(server.calls()).isEqualTo(4);
        // 1 s asked for, capped at the policy's 50 ms; then backoff (10..20 ms); then the 0 s asked for.
        assertThat(waits).hasSize(3);
        assertThat(waits.get(0)).isEqualTo(Duration.ofMillis(50));
        assertThat(waits.get(1)).isBetween(Duration.ofMillis(5), Duration.ofMillis(20));
        assertThat(waits.get(2)).isEqualTo(Duration.ZERO);
    }

    @Test
    void errorsThatOutlastTheRetriesAreFaultsOfTheirKind() {
        for (Behaviour behaviour : List.of(
                new Behaviour.Status(429, null), new Behaviour.Status(500, null), new Behaviour.Status(503, "2"))) {
            server.always(behaviour);
            ModelException failure = fails(client(true, 1));
            assertThat(failure.kind()).isIn(ModelException.Kind.RATE_LIMITED, ModelException.Kind.SERVER_ERROR);
            assertThat(failure.httpStatus()).hasValue(((Behaviour.Status) behaviour).code());
        }
    }

    @Test
    void aRestartedServerAnswersAgain() throws Exception {
        server.close();
        fails(client(true, 0));

        server.restart();
        ChatResult result = client(true, 0).chat(request());

        assertThat(result.content()).isNotEmpty();
    }
}
