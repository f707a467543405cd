package org.tracelab.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks a server what it is before a run: {@code GET {base}/models} (it must answer; the {@code owned_by} of its
 * entries tells llama-server ({@code llamacpp}), llama-cpp-python ({@code me}), vLLM ({@code vllm}), Ollama and
 * LM Studio apart), then its context window where the server exposes one: llama-server's {@code GET /props}
 * ({@code default_generation_settings.n_ctx}, the context of one slot), vLLM's {@code max_model_len} in the model
 * list, Ollama's {@code GET /api/ps} ({@code context_length} of a loaded model). llama-cpp-python reports none
 * (its default is 2,048 tokens). Only the model list is required; the other look-ups are best effort.
 */
public final class ServerProbe {

    private static final Logger LOG = LoggerFactory.getLogger(ServerProbe.class);

    private final HttpClient http;
    private final Duration timeout;

    public ServerProbe(Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .build();
    }

    /** Probes the server at {@code baseUrl} (including {@code /v1}); {@code apiKey} may be null. */
    public ServerInfo probe(URI baseUrl, ApiKey apiKey, String model) throws ModelException {
        String base = stripSlash(baseUrl.toString());
        String safe = ModelSource.HttpEndpoint.of(baseUrl, ServerKind.OPENAI_COMPATIBLE)
                .baseUrl();
        String listing = get(URI.create(base + "/models"), apiKey, safe + "/models", true);
        List<String> models = ChatCompletionsProtocol.parseModelList(listing, safe + "/models");
        JsonNode root = ChatCompletionsProtocol.readObject(listing, safe + "/models");
        ServerKind kind = kindOf(root);
        OptionalInt context = switch (kind) {
            case VLLM -> vllmContext(root, model);
            case OLLAMA -> ollamaContext(rootOf(base), apiKey, model);
            case LLAMA_CPP_PYTHON -> OptionalInt.empty();
            default -> llamaServerContext(rootOf(base), apiKey);
        };
        if (context.isPresent() && kind == ServerKind.OPENAI_COMPATIBLE) {
            // Only llama-server answers /props with a slot context.
            kind = ServerKind.LLAMA_SERVER;
        }
        LOG.info(
                "{} is {}{}",
                safe,
                kind.displayName(),
                context.isPresent() ? " with a context of " + context.getAsInt() + " tokens" : "");
        return new ServerInfo(kind, models, context);
    }

    /** The server software the model list's {@code owned_by} names; {@code OPENAI_COMPATIBLE} when it names none. */
    static ServerKind kindOf(JsonNode modelList) {
        for (JsonNode entry : modelList.path("data")) {
            String owner = entry.path("owned_by").asText("").toLowerCase(Locale.ROOT);
            switch (owner) {
                case "llamacpp":
                    return ServerKind.LLAMA_SERVER;
                case "me":
                    return ServerKind.LLAMA_CPP_PYTHON;
                case "vllm":
                    return ServerKind.VLLM;
                case "library":
                case "ollama":
                    return ServerKind.OLLAMA;
                case "organization_owner":
                    return ServerKind.LM_STUDIO;
                default:
                    break;
            }
        }
        return modelList.has("models") ? ServerKind.OLLAMA : ServerKind.OPENAI_COMPATIBLE;
    }

    private OptionalInt llamaServerContext(String root, ApiKey apiKey) {
        return bestEffort(URI.create(root + "/props"), apiKey)
                .map(props -> {
                    JsonNode nCtx = props.path("default_generation_settings").path("n_ctx");
                    return positive(nCtx.isMissingNode() ? props.path("n_ctx") : nCtx);
                })
                .orElse(OptionalInt.empty());
    }

    private static OptionalInt vllmContext(JsonNode modelList, String model) {
        OptionalInt any = OptionalInt.empty();
        for (JsonNode entry : modelList.path("data")) {
            OptionalInt length = positive(entry.path("max_model_len"));
            if (model != null && model.equals(entry.path("id").asText())) {
                return length;
            }
            if (any.isEmpty()) {
                any = length;
            }
        }
        return any;
    }

    private OptionalInt ollamaContext(String root, ApiKey apiKey, String model) {
        return bestEffort(URI.create(root + "/api/ps"), apiKey)
                .map(ps -> {
                    for (JsonNode loaded : ps.path("models")) {
                        String name =
                                loaded.path("name").asText(loaded.path("model").asText(""));
                        if (model == null || model.equals(name)) {
                            return positive(loaded.path("context_length"));
                        }
                    }
                    return OptionalInt.empty();
                })
                .orElse(OptionalInt.empty());
    }

    private java.util.Optional<JsonNode> bestEffort(URI uri, ApiKey apiKey) {
        try {
            String body = get(uri, apiKey, uri.getPath(), false);
            return body == null
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(ChatCompletionsProtocol.readObject(body, uri.getPath()));
        } catch (ModelException e) {
            LOG.debug("no usable answer from {}: {}", uri.getPath(), e.getMessage());
            return java.util.Optional.empty();
        }
    }

    /** The body of a 200 answer; another status is an error when {@code required}, else null. */
    private String get(URI uri, ApiKey apiKey, String safeUrl, boolean required) throws ModelException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json");
        if (apiKey != null) {
            request.header("Authorization", apiKey.authorizationHeader());
        }
        HttpResponse<String> response;
        // The request timeout ends at the headers; a server that stalls in its body must not hold the probe.
        CompletableFuture<HttpResponse<String>> exchange =
                http.sendAsync(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            response = exchange.get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new ModelException(ModelException.Kind.CANCELLED, "probing " + safeUrl + " cancelled");
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new ModelException(
                    ModelException.Kind.TIMEOUT,
                    "no answer from " + safeUrl + " within " + timeout.toMillis() * 2 + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            throw new ModelException(
                    ModelException.Kind.CONNECTION,
                    "cannot reach " + safeUrl + ": " + detail + " — is the server running?",
                    cause);
        }
        if (response.statusCode() != 200) {
            if (!required) {
                return null;
            }
            throw ServerErrors.fromStatus(
                    response.statusCode(), response.body(), response.headers().firstValue("Retry-After"), safeUrl);
        }
        return response.body();
    }

    private static OptionalInt positive(JsonNode value) {
        return value.canConvertToInt() && value.isIntegralNumber() && value.intValue() > 0
                ? OptionalInt.of(value.intValue())
                : OptionalInt.empty();
    }

    private static String rootOf(String base) {
        return base.endsWith("/v1") ? base.substring(0, base.length() - 3) : base;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
