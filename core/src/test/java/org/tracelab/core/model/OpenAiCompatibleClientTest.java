package org.tracelab.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.tracelab.core.model.FakeModelServer.drop;
import static org.tracelab.core.model.FakeModelServer.json;
import static org.tracelab.core.model.FakeModelServer.slow;
import static org.tracelab.core.model.FakeModelServer.sse;
import static org.tracelab.core.model.FakeModelServer.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracelab.core.trace.ModelDescription;

class OpenAiCompatibleClientTest {

    private static final String COMPLETIONS = "/v1/chat/completions";
    private static final String SECRET = "sk-test-3f9a1c";

    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final Sleeper recordingSleeper = waits::add;
    private FakeModelServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = FakeModelServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private OpenAiCompatibleClient client(RetryPolicy retries, boolean streaming) {
        OpenAiClientConfig config = OpenAiClientConfig.forEndpoint(server.baseUrl())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3))
                .withRetryPolicy(retries)
                .withStreaming(streaming);
        return new OpenAiCompatibleClient(config, recordingSleeper, new SplittableRandom(7));
    }

    private static RetryPolicy retries(int max) {
        return new RetryPolicy(max, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(30));
    }

    private static ChatRequest request() {
        return ChatRequest.of(
                        "qwen2.5-0.5b-instruct",
                        List.of(ChatMessage.system("Answer briefly."), ChatMessage.user("Name a prime.")))
                .withTemperature(0.2)
                .withTopP(0.95)
                .withMaxTokens(64)
                .withSeed(42L)
                .withStop(List.of("</s>"));
    }

    @Test
    void sendsAllSamplingParametersAndReadsTheServersUsage() throws Exception {
        server.on(COMPLETIONS, json(200, Replies.llamaServerCompletion("Seven.", "stop", 23, 3)));

        ChatResult result = client(retries(0), false).chat(request());

        assertThat(result.content()).isEqualTo("Seven.");
        assertThat(result.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(result.truncated()).isFalse();
        assertThat(result.promptTokens()).isEqualTo(23);
        assertThat(result.completionTokens()).isEqualTo(3);
        assertThat(result.model()).isEqualTo("qwen2.5-0.5b-instruct-q4_k_m.gguf");
        assertThat(result.latencyMillis()).isBetween(0L, 3000L);

        JsonNode sent = new ObjectMapper()
                .readTree(server.requestsTo(COMPLETIONS).get(0).body());
        assertThat(sent.get("model").asText()).isEqualTo("qwen2.5-0.5b-instruct");
        assertThat(sent.get("messages").get(0).get("role").asText()).isEqualTo("system");
        assertThat(sent.get("messages").get(1).get("content").asText()).isEqualTo("Name a prime.");
        assertThat(sent.get("temperature").asDouble()).isEqualTo(0.2);
        assertThat(sent.get("top_p").asDouble()).isEqualTo(0.95);
        assertThat(sent.get("max_tokens").asInt()).isEqualTo(64);
        assertThat(sent.get("seed").asLong()).isEqualTo(42L);
        assertThat(sent.get("stop").get(0).asText()).isEqualTo("</s>");
        assertThat(sent.has("stream")).isFalse();
        assertThat(server.requestsTo(COMPLETIONS).get(0).authorization()).isNull();
    }

    @Test
    void leavesUnsetSamplingParametersToTheServer() throws Exception {
        server.on(COMPLETIONS, json(200, Replies.llamaServerCompletion("Hi", "stop", 5, 1)));

        client(retries(0), false).chat(ChatRequest.of("m", List.of(ChatMessage.user("Hi"))));

        JsonNode sent = new ObjectMapper()
                .readTree(server.requestsTo(COMPLETIONS).get(0).body());
        assertThat(sent.has("temperature")
                        || sent.has("top_p")
                        || sent.has("max_tokens")
                        || sent.has("seed")
                        || sent.has("stop"))
                .isFalse();
    }

    @Test
    void flagsAnAnswerCutByTheTokenLimitAsTruncated() throws Exception {
        server.on(COMPLETIONS, json(200, Replies.llamaServerCompletion("One two thr", "length", 10, 64)));

        ChatResult result = client(retries(0), false).chat(request());

        assertThat(result.finishReason()).isEqualTo(FinishReason.LENGTH);
        assertThat(result.rawFinishReason()).isEqualTo("length");
        assertThat(result.truncated()).isTrue();
    }

    @Test
    void reassemblesAStreamAndReadsUsageFromTheFinalChunk() throws Exception {
        server.on(
                COMPLETIONS,
                sse(
                        Replies.chunk("Sev", null),
                        Replies.chunk("en", null),
                        Replies.chunk(".\nDone", null),
                        Replies.chunk(null, "stop"),
                        Replies.usageChunk(31, 4),
                        "[DONE]"));

        ChatResult result = client(retries(0), true).chat(request());

        assertThat(result.content()).isEqualTo("Seven.\nDone");
        assertThat(result.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(result.promptTokens()).isEqualTo(31);
        assertThat(result.completionTokens()).isEqualTo(4);
        assertThat(result.model()).isEqualTo("llama3.2:1b");
        JsonNode sent = new ObjectMapper()
                .readTree(server.requestsTo(COMPLETIONS).get(0).body());
        assertThat(sent.get("stream").asBoolean()).isTrue();
        assertThat(sent.get("stream_options").get("include_usage").asBoolean()).isTrue();
    }

    @Test
    void aStreamWithoutUsageLeavesTokenCountsUnknownRatherThanEstimated() throws Exception {
        server.on(COMPLETIONS, sse(Replies.chunk("Hello", null), Replies.chunk(null, "length"), "[DONE]"));

        ChatResult result = client(retries(0), true).chat(request());

        assertThat(result.content()).isEqualTo("Hello");
        assertThat(result.truncated()).isTrue();
        assertThat(result.promptTokens()).isNull();
        assertThat(result.completionTokens()).isNull();
    }

    @Test
    void reasoningSplitOffByTheServerIsKeptInTheRawOutputAsAThinkBlock() throws Exception {
        server.on(
                COMPLETIONS,
                json(
                        200,
                        "{\"choices\":[{\"finish_reason\":\"stop\",\"message\":{\"role\":"
                                + "\"assistant\",\"reasoning_content\":\"Count first.\",\"content\":\"Three words here.\"}}],"
                                + "\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":12}}"));

        ChatResult result = client(retries(0), false).chat(request());

        assertThat(result.content()).isEqualTo("<think>Count first.</think>Three words here.");
        assertThat(ReasoningFilter.enabled().answerOf(result.content())).isEqualTo("Three words here.");
    }

    @Test
    void streamedReasoningDeltasAreKeptToo() throws Exception {
        server.on(
                COMPLETIONS,
                sse(
                        "{\"choices\":[{\"delta\":{\"reasoning\":\"Hm\"},\"finish_reason\":null}]}",
                        "{\"choices\":[{\"delta\":{\"reasoning\":\"m.\"},\"finish_reason\":null}]}",
                        Replies.chunk("Yes.", "stop"),
                        "[DONE]"));

        ChatResult result = client(retries(0), true).chat(request());

        assertThat(result.content()).isEqualTo("<think>Hmm.</think>Yes.");
    }

    @Test
    void ollamaErrorObjectInsideA200StreamBecomesAServerError() {
        server.on(
                COMPLETIONS,
                sse(
                        Replies.chunk("Par", null),
                        "{\"error\":{\"message\":\"model runner has unexpectedly stopped\",\"type\":\"api_error\"}}"));

        ModelException failure = catchThrowableOfType(
                ModelException.class, () -> client(retries(0), true).chat(request()));

        assertThat(failure.kind()).isEqualTo(ModelException.Kind.SERVER_ERROR);
        assertThat(failure.retryable()).isTrue();
        assertThat(failure.httpStatus()).contains(200);
        assertThat(failure.getMessage()).contains("model runner has unexpectedly stopped");
    }

    @Test
    void plainStringErrorInsideAStreamIsUnderstoodToo() {
        server.on(COMPLETIONS, sse("{\"error\":\"an error was encountered while running the model\"}"));

        ModelException failure = catchThrowableOfType(
                ModelException.class, () -> client(retries(0), true).chat(request()));

        assertThat(failure.kind()).isEqualTo(ModelException.Kind.SERVER_ERROR);
        assertThat(failure.getMessage()).contains("an error was encountered while running the model");
    }

    @Test
    void ollamaUnknownModelIsModelNotFoundAndNotRetried() {
        server.on(COMPLETIONS, json(404, Replies.OLLAMA_MODEL_NOT_FOUND));

        ModelException failure = catchThrowableOfType(
                ModelException.class, () -> client(retries(3), false).chat(request()));

        assertThat(failure.kind()).isEqualTo(ModelException.Kind.MODEL_NOT_FOUND);
        assertThat(failure.retryable()).isFalse();
        assertThat(failure.httpStatus()).contains(404);
        assertThat(failure.getMessage()).contains("model \"llama9\" not found, try pulling it first");
        assertThat(server.requestsTo(COMPLETIONS)).hasSize(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void openAiStyleErrorObjectIsABadRequestWithItsMessageAndType() {
        server.on(COMPLETIONS, json(400, Replies.CONTEXT_EXCEEDED));

        ModelException failure = catchThrowableOfType(
                ModelException.class, () -> client(retries(3), false).chat(request()));

        assertThat(failure.kind()).isEqualTo(ModelException.Kind.BAD_REQUEST);
        assertThat(failure.getMessage())
                .contains("the request exceeds the available context size")
                .contains("exceed_context_size_error");
        assertThat(server.requestsTo(COMPLETIONS)).hasSize(1);
    }

    @Test
    void retriesWhileLlamaServerIsLoadingTheModel() throws Exception {
        server.on(
                COMPLETIONS,
                json(503, Replies.LLAMA_SERVER_LOADING),
                json(503, Replies.LLAMA_SERVER_LOADING),
                json(200, Replies.llamaServerCompletion("Ready.", "stop", 8, 2)));

        ChatResult result = client(retries(3), false).chat(request());

        assertThat(result.content()).isEqualTo("Ready.");
        assertThat(server.requestsTo(COMPLETIONS)).hasSize(3);
        assertThat(waits).hasSize(2);
        // equal jitter: between half and all of 100 ms, then of 200 ms
        assertThat(waits.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(waits.get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void loadingErrorIsTypedWhenRetriesRunOut() {
        server.on(COMPLETIONS, json(503, Replies.LLAMA_SERVER_LOADING));

        ModelException failure = catchThrowableOfType(
                ModelException.class, () -> client(retries(2), false).chat(request()));

        assertThat(failure.kind()).isEqualTo(ModelException.Kind.MODEL_LOADING);
        assertThat(failure.getMessage()).contains("Loading model");
        assertThat(server.requestsTo(COMPLETIONS)).hasSize(3);
    }

    @Test
    void honoursRetryAfterOnRateLimit() throws Exception {
        server.on(
                COMPLETIONS,
                json(
                        429,
                        "{\"error\":{\"message\":\"Too many requests\",\"type\":\"rate_limit\"}}",
                        "Retry-After",
                        "7"),
                json(200, Replies.llamaServerCompletion("OK", "stop", 4, 1)));

        ChatResult result = client(retries(2), false).chat(request());

        assertThat(result.content()).isEqualTo("OK");
        assertThat(waits).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void rateLimitGivesUpAfterTheConfiguredRetries() {
        server.on(COMPLETIONS, json(429, "{\"error\":\"slow down\"}"));

        ModelException failure = catchThrowableOfType(
                ModelException.class, () -> client(retries(2), false).chat(request()));

        assertThat(failure.kind()).isEqualTo(ModelException.Kind.RATE_LIMITED);
        assertThat(failure.getMessage()).contains("slow down");
        assertThat(server.requestsTo(COMPLETIONS)).hasSize(3);
        assertThat(waits).hasSize(2);
    }

    @Test
    void serverErrorWithPlainTextBodyIsRetriedThenReported() {
        server.on(COMPLETIONS, text(500, "Internal Server Error"));

        ModelException failure = catchThrowableOfType(
                ModelException.class, () -> client(retries(1), false).chat(request()));

        assertThat(failure.kind()).isEqualTo(ModelException.Kind.SERVER_ERROR);
        assertThat(failure.getMessage()).contains("HTTP 500").contains("Internal Server Error");
        assertThat(server.requestsTo(COMPLETIONS)).hasSize(2);
    }

    @Test
    void slowAnswerTimesOutWithoutRetry() {
        server.on(COMPLETIONS, slow(2_000, json(200, Replies.llamaServerCompletion("late", "stop", 1, 1))));
        OpenAiClientConfig config = OpenAiClientConfig.forEndpoint(server.baseUrl())
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(250))
                .withRetryPolicy(retries(3));
        OpenAiCompatibleClient client = new OpenAiCompatibleClient(config, recordingSleeper, new SplittableRandom(1));

        long started = System.nanoTime();
        ModelException failure = catchThrowableOfType(ModelException.class, () -> client.chat(request()));
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertThat(failure.kind()).isEqualTo(ModelException.Kind.TIMEOUT);
        assertThat(failure.getMessage()).contains("250 ms");
        assertThat(elapsedMillis).isLessThan(1_500);
        assertThat(server.requestsTo(COMPLETIONS)).hasSize(1);
    }

    @Test
    void droppedConnectionIsRetriedAndThenSucceeds() throws Exception {
        server.on(COMPLETIONS, drop(), json(200, Replies.llamaServerCompletion("Back.", "stop", 6, 2)));

        ChatResult result = client(retries(2), false).chat(request());

        assertThat(result.content()).isEqualTo("Back.");
        assertThat(server.requestsTo(COMPLETIONS)).hasSize(2);
        assertThat(waits).hasSize(1);
    }

    @Test
    void droppedConnectionsEndInAConnectionErrorOnceRetriesRunOut() {
        server.on(COMPLETIONS, drop());

        ModelException failure = catchThrowableOfType(
                ModelException.class, () -> client(retries(2), false).chat(request()));

        assertThat(failure.kind()).isEqualTo(ModelException.Kind.CONNECTION);
        assertThat(failure.retryable()).isTrue();
        assertThat(server.requestsTo(COMPLETIONS)).hasSize(3);
        assertThat(waits).hasSize(2);
    }

    @Test
    void nothingListeningIsAConnectionError() throws IOException {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        OpenAiClientConfig config = OpenAiClientConfig.forEndpoint(URI.create("http://127.0.0.1:" + freePort + "/v1"))
                .withRetryPolicy(retries(1));
        OpenAiCompatibleClient client = new OpenAiCompatibleClient(config, recordingSleeper, new SplittableRandom(1));

        ModelException failure = catchThrowableOfType(ModelException.class, () -> client.chat(request()));

        assertThat(failure.kind()).isEqualTo(ModelException.Kind.CONNECTION);
        assertThat(failure.getMessage()).contains("127.0.0.1:" + freePort);
        assertThat(waits).hasSize(1);
    }

    @Test
    void malformedAnswerIsReportedAsSuch() {
        server.on(COMPLETIONS, text(200, "<html>proxy login</html>"));

        ModelException failure = catchThrowableOfType(
                ModelException.class, () -> client(retries(2), false).chat(request()));

        assertThat(failure.kind()).isEqualTo(ModelException.Kind.MALFORMED_RESPONSE);
        assertThat(failure.getMessage()).contains("proxy login");
        assertThat(server.requestsTo(COMPLETIONS)).hasSize(1);
    }

    @Test
    void interruptCancelsTheCallWithoutRetry() throws Exception {
        CountDownLatch received = new CountDownLatch(1);
        server.on(COMPLETIONS, exchange -> {
            received.countDown();
            slow(5_000, json(200, Replies.llamaServerCompletion("late", "stop", 1, 1)))
                    .respond(exchange);
        });
        OpenAiCompatibleClient client = client(retries(3), false);
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                client.chat(request());
            } catch (Throwable t) {
                outcome.set(t);
            }
        });

        caller.start();
        assertThat(received.await(5, TimeUnit.SECONDS)).isTrue();
        caller.interrupt();
        caller.join(3_000);

        assertThat(caller.isAlive()).isFalse();
        assertThat(outcome.get()).isInstanceOf(ModelException.class);
        assertThat(((ModelException) outcome.get()).kind()).isEqualTo(ModelException.Kind.CANCELLED);
        assertThat(server.requestsTo(COMPLETIONS)).hasSize(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void sendsTheApiKeyAsBearerTokenAndNowhereElse() throws Exception {
        server.on(COMPLETIONS, json(200, Replies.llamaServerCompletion("Hi", "stop", 3, 1)));
        OpenAiClientConfig config = OpenAiClientConfig.forEndpoint(server.baseUrl())
                .withApiKey(ApiKey.of(SECRET))
                .withRetryPolicy(retries(0));
        OpenAiCompatibleClient client = new OpenAiCompatibleClient(config, recordingSleeper, new SplittableRandom(1));

        client.chat(request());

        assertThat(server.requestsTo(COMPLETIONS).get(0).authorization()).isEqualTo("Bearer " + SECRET);
        assertThat(client.toString()).doesNotContain(SECRET).contains("apiKey=set");
        assertThat(config.toString()).doesNotContain(SECRET);
        assertThat(client.source().toString()).doesNotContain(SECRET);
        assertThat(ApiKey.of(SECRET).toString()).doesNotContain(SECRET);
    }

    @Test
    void rejectedKeyIsAnAuthErrorWhoseMessageNeverEchoesTheKey() {
        server.on(
                COMPLETIONS,
                json(
                        401,
                        "{\"error\":{\"message\":\"Incorrect API key provided: " + SECRET
                                + "\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}"));
        OpenAiClientConfig config = OpenAiClientConfig.forEndpoint(server.baseUrl())
                .withApiKey(ApiKey.of(SECRET))
                .withRetryPolicy(retries(3));
        OpenAiCompatibleClient client = new OpenAiCompatibleClient(config, recordingSleeper, new SplittableRandom(1));

        ModelException failure = catchThrowableOfType(ModelException.class, () -> client.chat(request()));

        assertThat(failure.kind()).isEqualTo(ModelException.Kind.AUTH);
        assertThat(failure.getMessage())
                .doesNotContain(SECRET)
                .contains("Incorrect API key provided: [redacted]")
                .contains(ApiKey.ENVIRONMENT_VARIABLE);
        assertThat(failure.toString()).doesNotContain(SECRET);
        assertThat(server.requestsTo(COMPLETIONS)).hasSize(1);
    }

    @Test
    void forbiddenIsAnAuthErrorToo() {
        server.on(COMPLETIONS, json(403, "{\"error\":\"forbidden\"}"));

        assertThatThrownBy(() -> client(retries(1), false).chat(request()))
                .isInstanceOfSatisfying(
                        ModelException.class, e -> assertThat(e.kind()).isEqualTo(ModelException.Kind.AUTH));
    }

    @Test
    void listsTheModelsOfTheEndpoint() throws Exception {
        server.on("/v1/models", json(200, Replies.LLAMA_SERVER_MODELS));

        assertThat(client(retries(0), false).listModels()).containsExactly("qwen2.5-0.5b-instruct");
    }

    @Test
    void credentialsInTheUrlAreSentButNeverShown() {
        server.on(COMPLETIONS, json(401, "{\"error\":{\"message\":\"bad token secret2 for user:secret\"}}"));
        URI url = URI.create("http://user:secret@127.0.0.1:" + server.port() + "/v1?api_key=secret2");
        OpenAiClientConfig config = OpenAiClientConfig.forEndpoint(url).withRetryPolicy(retries(0));
        OpenAiCompatibleClient client = new OpenAiCompatibleClient(config, recordingSleeper, new SplittableRandom(1));

        ModelException failure = catchThrowableOfType(ModelException.class, () -> client.chat(request()));

        FakeModelServer.Recorded sent = server.requestsTo(COMPLETIONS).get(0);
        assertThat(sent.authorization())
                .isEqualTo("Basic "
                        + java.util.Base64.getEncoder()
                                .encodeToString("user:secret".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(sent.query()).isEqualTo("api_key=secret2");
        assertThat(failure.getMessage()).doesNotContain("secret").contains("127.0.0.1:" + server.port() + "/v1");
        assertThat(client.toString()).doesNotContain("secret");
        assertThat(config.toString()).doesNotContain("secret");
        assertThat(client.source().toString()).doesNotContain("secret");
    }

    @Test
    void anApiKeyWinsOverUserInfoInTheUrl() throws Exception {
        server.on(COMPLETIONS, json(200, Replies.llamaServerCompletion("Hi", "stop", 5, 1)));
        URI url = URI.create("http://user:secret@127.0.0.1:" + server.port() + "/v1");
        OpenAiClientConfig config = OpenAiClientConfig.forEndpoint(url)
                .withApiKey(ApiKey.of(SECRET))
                .withRetryPolicy(retries(0));

        new OpenAiCompatibleClient(config, recordingSleeper, new SplittableRandom(1)).chat(request());

        assertThat(server.requestsTo(COMPLETIONS).get(0).authorization()).isEqualTo("Bearer " + SECRET);
    }

    @Test
    void describesTheEndpointWithoutCredentials() {
        OpenAiClientConfig config = OpenAiClientConfig.forEndpoint(URI.create("http://user:pw@10.1.2.3:8000/v1/"))
                .withServer(ServerKind.VLLM);

        ModelSource source = new OpenAiCompatibleClient(config).source();

        assertThat(source).isEqualTo(new ModelSource.HttpEndpoint("http://10.1.2.3:8000/v1", ServerKind.VLLM));
        ModelDescription description = source.description("qwen2.5-0.5b-instruct", java.util.Map.of());
        assertThat(description.endpoints()).containsExactly("http://10.1.2.3:8000/v1");
        assertThat(description.backend()).isEqualTo(ModelSource.OPENAI_COMPATIBLE);
    }

    @Test
    void resolvesTheApiKeyFromTheCommandLineBeforeTheEnvironment() {
        assertThat(ApiKey.resolve("cli-key", java.util.Map.of("TRACELAB_API_KEY", "env-key")))
                .contains(ApiKey.of("cli-key"));
        assertThat(ApiKey.resolve(null, java.util.Map.of("TRACELAB_API_KEY", "env-key")))
                .contains(ApiKey.of("env-key"));
        assertThat(ApiKey.resolve(" ", java.util.Map.of())).isEmpty();
    }
}
