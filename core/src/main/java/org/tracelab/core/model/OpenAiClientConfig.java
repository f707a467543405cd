package org.tracelab.core.model;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of one OpenAI-compatible endpoint. {@link #toString()} never shows the API key.
 *
 * @param baseUrl        the endpoint as the user gives it, including {@code /v1}
 * @param apiKey         bearer token, or {@code null} for servers without authentication
 * @param server         the kind of server, for the record; {@link ServerKind#OPENAI_COMPATIBLE} when unknown
 * @param connectTimeout TCP connect timeout
 * @param requestTimeout bound on one attempt, from sending to the last byte of the answer
 * @param retryPolicy    retries for 429, 5xx, loading and connection errors
 * @param streaming      ask for an SSE stream ({@code stream: true}) and reassemble it
 */
public record OpenAiClientConfig(URI baseUrl, ApiKey apiKey, ServerKind server, Duration connectTimeout,
        Duration requestTimeout, RetryPolicy retryPolicy, boolean streaming) {

    public OpenAiClientConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        String scheme = baseUrl.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("the endpoint must be an http(s) URL, e.g. http://localhost:8080/v1");
        }
        String text = baseUrl.toString();
        if (text.endsWith("/")) {
            baseUrl = URI.create(text.substring(0, text.length() - 1));
        }
    }

    /** Defaults for a local server: 5 s connect, 10 min per attempt (long generations on CPU), default retries. */
    public static OpenAiClientConfig forEndpoint(URI baseUrl) {
        return new OpenAiClientConfig(baseUrl, null, ServerKind.OPENAI_COMPATIBLE, Duration.ofSeconds(5),
                Duration.ofMinutes(10), RetryPolicy.defaults(), false);
    }

    public Optional<ApiKey> optionalApiKey() {
        return Optional.ofNullable(apiKey);
    }

    public OpenAiClientConfig withApiKey(ApiKey key) {
        return new OpenAiClientConfig(baseUrl, key, server, connectTimeout, requestTimeout, retryPolicy, streaming);
    }

    public OpenAiClientConfig withServer(ServerKind kind) {
        return new OpenAiClientConfig(baseUrl, apiKey, kind, connectTimeout, requestTimeout, retryPolicy, streaming);
    }

    public OpenAiClientConfig withTimeouts(Duration connect, Duration request) {
        return new OpenAiClientConfig(baseUrl, apiKey, server, connect, request, retryPolicy, streaming);
    }

    public OpenAiClientConfig withRetryPolicy(RetryPolicy policy) {
        return new OpenAiClientConfig(baseUrl, apiKey, server, connectTimeout, requestTimeout, policy, streaming);
    }

    public OpenAiClientConfig withStreaming(boolean stream) {
        return new OpenAiClientConfig(baseUrl, apiKey, server, connectTimeout, requestTimeout, retryPolicy, stream);
    }

    @Override
    public String toString() {
        return "OpenAiClientConfig[baseUrl=" + ModelSource.HttpEndpoint.of(baseUrl, server).baseUrl()
                + ", apiKey=" + (apiKey == null ? "none" : "set") + ", server=" + server
                + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout
                + ", retryPolicy=" + retryPolicy + ", streaming=" + streaming + "]";
    }
}
