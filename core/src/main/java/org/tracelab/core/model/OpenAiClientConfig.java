package org.tracelab.core.model;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of one OpenAI-compatible endpoint. {@link #toString()} never shows the API key.
 *
 * @param baseUrl          the endpoint as the user gives it, including {@code /v1}
 * @param apiKey           bearer token, or {@code null} for servers without authentication
 * @param server           the kind of server, for the record and for its quirks (llama.cpp servers are asked not
 *                         to reuse their prompt cache); {@link ServerKind#OPENAI_COMPATIBLE} when unknown
 * @param timeouts         connect, idle and per-call bounds
 * @param retryPolicy      retries for 429, 5xx, loading and connection errors
 * @param streaming        ask for an SSE stream ({@code stream: true}) and reassemble it; a stream lets the idle
 *                         timeout tell a stalled server from a slow generation
 * @param contextTokens    the server's context window in tokens when known (from {@link ServerProbe}), else null
 * @param maxResponseBytes the largest response body accepted; a larger one fails the call as malformed instead of
 *                         filling the heap
 */
public record OpenAiClientConfig(
        URI baseUrl,
        ApiKey apiKey,
        ServerKind server,
        CallTimeouts timeouts,
        RetryPolicy retryPolicy,
        boolean streaming,
        Integer contextTokens,
        long maxResponseBytes) {

    /** 32 MiB: thousands of times a 1,280-token answer, small enough for a few calls in flight on a small heap. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 32L << 20;

    public OpenAiClientConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(timeouts, "timeouts");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        String scheme = baseUrl.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("the endpoint must be an http(s) URL, e.g. http://localhost:8080/v1");
        }
        String text = baseUrl.toString();
        if (text.endsWith("/")) {
            baseUrl = URI.create(text.substring(0, text.length() - 1));
        }
        if (contextTokens != null && contextTokens < 1) {
            throw new IllegalArgumentException("context size must be positive, was " + contextTokens);
        }
        if (maxResponseBytes < 1024) {
            throw new IllegalArgumentException("the response limit must be at least 1 KiB");
        }
    }

    /**
     * Defaults for a local server: streamed answers, {@link CallTimeouts#defaults()} (5 s connect, 120 s idle,
     * the per-call limit from {@code max_tokens}), default retries.
     */
    public static OpenAiClientConfig forEndpoint(URI baseUrl) {
        return new OpenAiClientConfig(
                baseUrl,
                null,
                ServerKind.OPENAI_COMPATIBLE,
                CallTimeouts.defaults(),
                RetryPolicy.defaults(),
                true,
                null,
                DEFAULT_MAX_RESPONSE_BYTES);
    }

    public Optional<ApiKey> optionalApiKey() {
        return Optional.ofNullable(apiKey);
    }

    public Duration connectTimeout() {
        return timeouts.connect();
    }

    public OpenAiClientConfig withApiKey(ApiKey key) {
        return new OpenAiClientConfig(
                baseUrl, key, server, timeouts, retryPolicy, streaming, contextTokens, maxResponseBytes);
    }

    public OpenAiClientConfig withServer(ServerKind kind) {
        return new OpenAiClientConfig(
                baseUrl, apiKey, kind, timeouts, retryPolicy, streaming, contextTokens, maxResponseBytes);
    }

    public OpenAiClientConfig withTimeouts(CallTimeouts value) {
        return new OpenAiClientConfig(
                baseUrl, apiKey, server, value, retryPolicy, streaming, contextTokens, maxResponseBytes);
    }

    /** A connect timeout and a fixed per-call limit (the idle timeout is kept). */
    public OpenAiClientConfig withTimeouts(Duration connect, Duration perCall) {
        return withTimeouts(new CallTimeouts(connect, timeouts.idle(), perCall));
    }

    public OpenAiClientConfig withRetryPolicy(RetryPolicy policy) {
        return new OpenAiClientConfig(
                baseUrl, apiKey, server, timeouts, policy, streaming, contextTokens, maxResponseBytes);
    }

    public OpenAiClientConfig withStreaming(boolean stream) {
        return new OpenAiClientConfig(
                baseUrl, apiKey, server, timeouts, retryPolicy, stream, contextTokens, maxResponseBytes);
    }

    public OpenAiClientConfig withContextTokens(Integer tokens) {
        return new OpenAiClientConfig(
                baseUrl, apiKey, server, timeouts, retryPolicy, streaming, tokens, maxResponseBytes);
    }

    public OpenAiClientConfig withMaxResponseBytes(long bytes) {
        return new OpenAiClientConfig(baseUrl, apiKey, server, timeouts, retryPolicy, streaming, contextTokens, bytes);
    }

    /** What a probe found out about the server: its kind and context window. */
    public OpenAiClientConfig withProbe(ServerInfo info) {
        return withServer(info.kind())
                .withContextTokens(
                        info.contextTokens().isPresent() ? info.contextTokens().getAsInt() : null);
    }

    @Override
    public String toString() {
        return "OpenAiClientConfig[baseUrl="
                + ModelSource.HttpEndpoint.of(baseUrl, server).baseUrl()
                + ", apiKey=" + (apiKey == null ? "none" : "set") + ", server=" + server
                + ", timeouts=" + timeouts + ", retryPolicy=" + retryPolicy + ", streaming=" + streaming
                + ", contextTokens=" + contextTokens + ", maxResponseBytes=" + maxResponseBytes + "]";
    }
}
