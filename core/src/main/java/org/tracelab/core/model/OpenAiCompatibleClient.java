package org.tracelab.core.model;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Client for one OpenAI-compatible endpoint ({@code llama-server}, llama-cpp-python, vLLM, LM Studio, Ollama's
 * {@code /v1}): {@code POST {base}/chat/completions} and {@code GET {base}/models}, where {@code base} is the
 * user's URL including {@code /v1}.
 *
 * <p>Each call is bounded by {@link CallTimeouts}: the connect timeout, an idle timeout (no byte for that long;
 * on a stream from sending the request, otherwise from the headers) and a per-call limit derived from
 * {@code max_tokens}. A body larger than {@link OpenAiClientConfig#maxResponseBytes()} is abandoned. 429, 5xx,
 * "model loading" and connection failures are retried per the {@link RetryPolicy}; an interrupt cancels the
 * exchange and ends the call with {@link ModelException.Kind#CANCELLED}, never retried. Results and errors carry
 * the key-free base URL as their endpoint. The API key is only ever written into the {@code Authorization}
 * header: not in {@link #toString()}, {@link #source()}, logs or exception messages.
 *
 * <p>Requests to llama.cpp servers carry {@code cache_prompt: false}: reusing a cached prompt prefix computes its
 * logits in another batch shape, which changes seeded outputs between calls. Ollama's {@code /v1} silently
 * truncates prompts beyond its default 4,096-token context window; raise {@code num_ctx} (or
 * {@code OLLAMA_CONTEXT_LENGTH}) on the Ollama side for long prompts.
 */
public final class OpenAiCompatibleClient implements ChatModel {

    private static final Logger LOG = LoggerFactory.getLogger(OpenAiCompatibleClient.class);

    private final OpenAiClientConfig config;
    private final HttpClient http;
    private final Sleeper sleeper;
    private final RandomGenerator random;
    private final EndpointUrl endpoint;
    private final String safeBaseUrl;

    public OpenAiCompatibleClient(OpenAiClientConfig config) {
        this(config, Sleeper.REAL, RandomGenerator.getDefault());
    }

    /** With an injected sleeper and randomness, so that backoff can be observed in tests. */
    public OpenAiCompatibleClient(OpenAiClientConfig config, Sleeper sleeper, RandomGenerator random) {
        this.config = Objects.requireNonNull(config, "config");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.random = Objects.requireNonNull(random, "random");
        // HTTP/1.1: local servers speak it, and it avoids h2c upgrade attempts on every request.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.timeouts().connect())
                // Dependent tasks (reading headers, collecting the body into a string) run on the client's
                // selector thread instead of hopping to a pool thread and back: the caller blocks on the
                // future anyway, and the extra wake-ups cost more CPU than the work itself on small replies.
                .executor(Runnable::run)
                .build();
        this.endpoint = new EndpointUrl(config.baseUrl());
        this.safeBaseUrl = endpoint.safe();
    }

    @Override
    public ChatResult chat(ChatRequest request) throws ModelException {
        Objects.requireNonNull(request, "request");
        String body = ChatCompletionsProtocol.requestBody(request, config.streaming(), config.server());
        Duration limit = config.timeouts().limitFor(request.maxTokens());
        try {
            return withRetries("chat", () -> chatOnce(body, limit)).at(safeBaseUrl);
        } catch (ModelException e) {
            throw e.at(safeBaseUrl);
        }
    }

    /** The model ids the server offers ({@code GET {base}/models}). */
    public List<String> listModels() throws ModelException {
        return withRetries("list models", () -> {
            HttpRequest request = requestTo("/models")
                    .header("Accept", "application/json")
                    .GET()
                    .build();
            Exchange exchange = send(request, false, config.timeouts().limitFor(null));
            return ChatCompletionsProtocol.parseModelList(exchange.text(), safeBaseUrl);
        });
    }

    @Override
    public ModelCapabilities capabilities() {
        return new ModelCapabilities(true, true, true, true, true);
    }

    @Override
    public ModelSource source() {
        return ModelSource.HttpEndpoint.of(config.baseUrl(), config.server());
    }

    @Override
    public OptionalInt contextTokens() {
        return config.contextTokens() == null ? OptionalInt.empty() : OptionalInt.of(config.contextTokens());
    }

    /** The key-free base URL results and errors name as their endpoint. */
    public String address() {
        return safeBaseUrl;
    }

    @Override
    public String toString() {
        return "OpenAiCompatibleClient[" + config + "]";
    }

    private ChatResult chatOnce(String body, Duration limit) throws ModelException {
        HttpRequest request = requestTo("/chat/completions")
                .header("Content-Type", "application/json")
                .header("Accept", config.streaming() ? "text/event-stream" : "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        // A stream is read whole and then reassembled: callers want the complete answer; the idle timeout
        // watches it arrive.
        Exchange exchange = send(request, config.streaming(), limit);
        String text = exchange.text();
        // A server may ignore stream=true and answer with one JSON object: accept both.
        boolean isStream = config.streaming() && !text.stripLeading().startsWith("{");
        ChatCompletionsProtocol.Parsed parsed = isStream
                ? ChatCompletionsProtocol.parseStream(text, safeBaseUrl)
                : ChatCompletionsProtocol.parseCompletion(text, safeBaseUrl);
        return new ChatResult(
                parsed.content(),
                FinishReason.fromWire(parsed.finishReason()),
                parsed.finishReason(),
                parsed.promptTokens(),
                parsed.completionTokens(),
                exchange.latencyMillis(),
                parsed.model());
    }

    private HttpRequest.Builder requestTo(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint.resolve(path));
        // An API key wins over user info in the URL: a server takes one Authorization header.
        Optional<String> authorization =
                config.optionalApiKey().map(ApiKey::authorizationHeader).or(endpoint::basicAuthorization);
        authorization.ifPresent(value -> builder.header("Authorization", value));
        return builder;
    }

    /**
     * One HTTP exchange, with non-2xx statuses turned into errors. The calling thread waits in slices and
     * cancels the exchange (which closes its connection) once the server has been silent for the idle timeout
     * ({@code idleFromStart}: counted from sending, else from the headers) or the per-call {@code limit} is spent.
     */
    private Exchange send(HttpRequest request, boolean idleFromStart, Duration limit) throws ModelException {
        long started = System.nanoTime();
        AtomicLong lastByte = new AtomicLong(started);
        AtomicBoolean headers = new AtomicBoolean();
        long maxBytes = config.maxResponseBytes();
        CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(request, info -> {
            headers.set(true);
            lastByte.set(System.nanoTime());
            return new BoundedBody(maxBytes, lastByte);
        });
        long idleNanos = config.timeouts().idle().toNanos();
        long deadline = started + limit.toNanos();
        HttpResponse<byte[]> response;
        while (true) {
            long now = System.nanoTime();
            boolean idleCounts = idleFromStart || headers.get();
            long idleLeft = idleCounts ? lastByte.get() + idleNanos - now : Long.MAX_VALUE;
            long limitLeft = deadline - now;
            if (idleLeft <= 0 || limitLeft <= 0) {
                future.cancel(true);
                throw idleLeft <= 0 ? idle(urlOf(request), headers.get()) : overLimit(urlOf(request), limit);
            }
            try {
                response = future.get(Math.min(idleLeft, limitLeft), TimeUnit.NANOSECONDS);
                break;
            } catch (InterruptedException e) {
                future.cancel(true);
                Thread.currentThread().interrupt();
                throw new ModelException(ModelException.Kind.CANCELLED, "call to " + urlOf(request) + " cancelled");
            } catch (TimeoutException e) {
                // A slice ended: look at the clocks again (a byte may have arrived meanwhile).
            } catch (ExecutionException e) {
                throw transportFailure(urlOf(request), e.getCause());
            }
        }
        long latencyMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        int status = response.statusCode();
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} -> HTTP {} in {} ms", request.method(), urlOf(request), status, latencyMillis);
        }
        String text = new String(response.body(), StandardCharsets.UTF_8);
        if (status < 200 || status >= 300) {
            throw ServerErrors.fromStatus(status, text, response.headers().firstValue("Retry-After"), urlOf(request));
        }
        return new Exchange(text, latencyMillis);
    }

    /** The request's URL with the key-free base, for messages; only built when one is written. */
    private String urlOf(HttpRequest request) {
        return safeBaseUrl
                + request.uri().getPath().substring(config.baseUrl().getPath().length());
    }

    private ModelException idle(String url, boolean headersArrived) {
        return new ModelException(
                ModelException.Kind.TIMEOUT,
                "no byte from " + url + " for "
                        + spoken(config.timeouts().idle()) + " (idle timeout"
                        + (headersArrived ? ", after the headers" : ", no answer yet") + "): the server stalled");
    }

    private static ModelException overLimit(String url, Duration limit) {
        return new ModelException(
                ModelException.Kind.TIMEOUT,
                "no complete answer from " + url + " within " + spoken(limit) + " (the per-call limit)");
    }

    /** Whole seconds as seconds, anything finer in milliseconds. */
    private static String spoken(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private ModelException transportFailure(String url, Throwable cause) {
        if (cause instanceof BoundedBody.TooLarge tooLarge) {
            return new ModelException(
                    ModelException.Kind.MALFORMED_RESPONSE,
                    "unexpected answer from " + url + ": " + tooLarge.getMessage(),
                    tooLarge);
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new ModelException(
                    ModelException.Kind.CONNECTION,
                    "cannot connect to " + url + " within "
                            + config.timeouts().connect().toMillis() + " ms",
                    cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return new ModelException(
                    ModelException.Kind.TIMEOUT, "no answer from " + url + ": " + cause.getMessage(), cause);
        }
        if (cause instanceof IOException) {
            String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            return new ModelException(
                    ModelException.Kind.CONNECTION,
                    "connection to " + url + " failed: " + detail + " — is the server running?",
                    cause);
        }
        return new ModelException(ModelException.Kind.CONNECTION, "call to " + url + " failed: " + cause, cause);
    }

    private <T> T withRetries(String what, Attempt<T> attempt) throws ModelException {
        for (int attemptIndex = 0; ; attemptIndex++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new ModelException(ModelException.Kind.CANCELLED, what + " at " + safeBaseUrl + " cancelled");
            }
            try {
                return attempt.run();
            } catch (ModelException failure) {
                ModelException safe = withoutKey(failure);
                if (!config.retryPolicy().allowsRetryAfter(attemptIndex, safe)) {
                    throw safe;
                }
                Duration delay = config.retryPolicy().delayBeforeRetry(attemptIndex + 1, safe.retryAfter(), random);
                LOG.warn(
                        "{} at {} failed ({}: {}); retry {}/{} in {} ms",
                        what,
                        safeBaseUrl,
                        safe.kind(),
                        safe.getMessage(),
                        attemptIndex + 1,
                        config.retryPolicy().maxRetries(),
                        delay.toMillis());
                try {
                    sleeper.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ModelException(
                            ModelException.Kind.CANCELLED,
                            what + " at " + safeBaseUrl + " cancelled while waiting to retry");
                }
            }
        }
    }

    /**
     * A server may echo the key or the URL's credentials it rejected; make sure the message we pass on does not.
     * The cause is dropped with them: its message may hold them too.
     */
    private ModelException withoutKey(ModelException failure) {
        ApiKey key = config.apiKey();
        String message = failure.getMessage();
        boolean keyShown = key != null && key.appearsIn(message);
        if (!keyShown && !endpoint.appearsIn(message)) {
            return failure;
        }
        String redacted = endpoint.redact(keyShown ? key.redact(message) : message);
        return new ModelException(
                failure.kind(),
                redacted,
                failure.httpStatus().orElse(null),
                failure.retryAfter().orElse(null),
                null);
    }

    @FunctionalInterface
    private interface Attempt<T> {
        T run() throws ModelException;
    }

    private record Exchange(String text, long latencyMillis) {}
}
