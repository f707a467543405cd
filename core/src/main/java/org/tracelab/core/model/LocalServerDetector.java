package org.tracelab.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds model servers running on this machine by probing their default ports, all at once and with short
 * timeouts, so that the model picker opens without a noticeable wait when nothing runs.
 *
 * <p>Ollama (11434) is asked {@code /api/tags} for its model names and then used through its {@code /v1};
 * llama-server (8080, 9931), vLLM and llama-cpp-python (8000) and LM Studio (1234) are asked {@code /v1/models},
 * whose {@code owned_by} tells the server software apart where the port cannot. Note that Ollama's
 * {@code /v1} silently truncates prompts beyond its default 4,096-token context, which can make long IFEval
 * prompts fail for reasons that have nothing to do with the model.
 */
public final class LocalServerDetector {

    private static final Logger LOG = LoggerFactory.getLogger(LocalServerDetector.class);

    /** A port to probe and the server usually found there. */
    public record Target(int port, ServerKind expected) {
        public Target {
            Objects.requireNonNull(expected, "expected");
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("not a port: " + port);
            }
        }
    }

    private final String host;
    private final List<Target> targets;
    private final Duration timeout;
    private final HttpClient http;

    /** Probes the default ports on {@code 127.0.0.1} with a 300 ms timeout. */
    public LocalServerDetector() {
        this("127.0.0.1", defaultTargets(), Duration.ofMillis(300));
    }

    public LocalServerDetector(String host, List<Target> targets, Duration timeout) {
        this.host = Objects.requireNonNull(host, "host");
        this.targets = List.copyOf(targets);
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .build();
    }

    public static List<Target> defaultTargets() {
        return List.of(
                new Target(11434, ServerKind.OLLAMA),
                new Target(8080, ServerKind.LLAMA_SERVER),
                new Target(9931, ServerKind.LLAMA_SERVER),
                new Target(8000, ServerKind.VLLM),
                new Target(1234, ServerKind.LM_STUDIO));
    }

    /** The servers that answered, in the order of the targets. Returns early (with what it has) on interrupt. */
    public List<DetectedServer> detect() {
        List<CompletableFuture<Optional<DetectedServer>>> probes = new ArrayList<>();
        for (Target target : targets) {
            probes.add(probe(target));
        }
        try {
            // Each probe is bounded by the timeout already; the outer bound only guards against a stuck client.
            CompletableFuture.allOf(probes.toArray(CompletableFuture[]::new))
                    .get(timeout.toMillis() * 3 + 200, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.debug("server probes did not all finish: {}", e.toString());
        }
        List<DetectedServer> found = new ArrayList<>();
        for (CompletableFuture<Optional<DetectedServer>> probe : probes) {
            if (probe.isDone() && !probe.isCompletedExceptionally()) {
                probe.join().ifPresent(found::add);
            } else {
                probe.cancel(true);
            }
        }
        return found;
    }

    private CompletableFuture<Optional<DetectedServer>> probe(Target target) {
        String root = "http://" + hostForUrl() + ":" + target.port();
        URI baseUrl = URI.create(root + "/v1");
        boolean ollama = target.expected() == ServerKind.OLLAMA;
        URI probeUri = URI.create(ollama ? root + "/api/tags" : root + "/v1/models");
        HttpRequest request = HttpRequest.newBuilder(probeUri)
                .timeout(timeout)
                .header("Accept", "application/json")
                .GET()
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenApply(response -> {
                    if (response.statusCode() != 200) {
                        LOG.debug("{} answered HTTP {}", probeUri, response.statusCode());
                        return Optional.<DetectedServer>empty();
                    }
                    return parse(target, baseUrl, response.body());
                })
                .exceptionally(failure -> {
                    LOG.debug("nothing usable at {}: {}", probeUri, failure.toString());
                    return Optional.empty();
                });
    }

    private Optional<DetectedServer> parse(Target target, URI baseUrl, String body) {
        String where = baseUrl.toString();
        try {
            List<String> models = ChatCompletionsProtocol.parseModelList(body, where);
            JsonNode root = ChatCompletionsProtocol.readObject(body, where);
            return Optional.of(new DetectedServer(guessKind(target, root), baseUrl, models));
        } catch (ModelException notAModelServer) {
            LOG.debug("{} answered, but not like a model server: {}", where, notAModelServer.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The port says what usually runs there; {@code owned_by} in the model list says better (llama-cpp-python's
     * {@code me} on any port, vLLM's default port included).
     */
    private static ServerKind guessKind(Target target, JsonNode root) {
        if (target.expected() == ServerKind.OLLAMA) {
            return ServerKind.OLLAMA;
        }
        ServerKind named = ServerProbe.kindOf(root);
        return named != ServerKind.OPENAI_COMPATIBLE ? named : target.expected();
    }

    private String hostForUrl() {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
