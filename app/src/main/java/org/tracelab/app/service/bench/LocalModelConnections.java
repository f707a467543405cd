package org.tracelab.app.service.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracelab.core.model.ApiKey;
import org.tracelab.core.model.CallTimeouts;
import org.tracelab.core.model.ChatModel;
import org.tracelab.core.model.ConcurrencyLimitedChatModel;
import org.tracelab.core.model.DetectedServer;
import org.tracelab.core.model.EndpointPool;
import org.tracelab.core.model.GgufChatModel;
import org.tracelab.core.model.LocalServerDetector;
import org.tracelab.core.model.ModelException;
import org.tracelab.core.model.ModelSource;
import org.tracelab.core.model.OpenAiClientConfig;
import org.tracelab.core.model.OpenAiCompatibleClient;
import org.tracelab.core.model.ServerProbe;

/**
 * The real connections, for both front ends. Before a run each endpoint is asked what it is ({@link ServerProbe}):
 * its kind decides its quirks (llama.cpp servers are asked not to reuse their prompt cache) and its context window
 * lets a call that cannot fit be flagged {@code infeasible:context}. A server that does not answer the probe is still
 * used: its calls fault and the run ends {@code interrupted}, to be resumed once it is back.
 */
public final class LocalModelConnections implements ModelConnections {

    private static final Logger LOG = LoggerFactory.getLogger(LocalModelConnections.class);
    /** Each of the probe's requests; a server that is up answers its model list at once. */
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

    private final LocalServerDetector detector;

    public LocalModelConnections(LocalServerDetector detector) {
        this.detector = detector;
    }

    /** Probes the usual local ports. */
    public LocalModelConnections() {
        this(new LocalServerDetector());
    }

    @Override
    public List<DetectedServer> detect() {
        return detector.detect();
    }

    @Override
    public List<String> listModels(URI endpoint, Optional<ApiKey> apiKey) throws ModelException {
        return new OpenAiCompatibleClient(config(endpoint, apiKey)).listModels();
    }

    @Override
    public ChatModel open(ModelTarget target, Optional<ApiKey> apiKey, int concurrency, CallTimeouts timeouts)
            throws ModelException {
        if (target instanceof ModelTarget.GgufFile gguf) {
            return GgufChatModel.shared(gguf.file(), GgufChatModel.Options.defaults());
        }
        ServerProbe probe = new ServerProbe(PROBE_TIMEOUT);
        List<ChatModel> clients = new ArrayList<>();
        for (URI url : ((ModelTarget.Endpoints) target).urls()) {
            OpenAiClientConfig config = config(url, apiKey).withTimeouts(timeouts);
            try {
                config = config.withProbe(probe.probe(url, apiKey.orElse(null), target.modelName()));
            } catch (ModelException e) {
                LOG.warn(
                        "cannot ask {} what it is: {}",
                        ModelSource.HttpEndpoint.of(url, config.server()).baseUrl(),
                        e.getMessage());
            }
            clients.add(new OpenAiCompatibleClient(config));
        }
        ChatModel pooled = clients.size() == 1 ? clients.get(0) : new EndpointPool(clients);
        return new ConcurrencyLimitedChatModel(pooled, concurrency);
    }

    private static OpenAiClientConfig config(URI endpoint, Optional<ApiKey> apiKey) {
        OpenAiClientConfig config = OpenAiClientConfig.forEndpoint(endpoint);
        return apiKey.map(config::withApiKey).orElse(config);
    }
}
