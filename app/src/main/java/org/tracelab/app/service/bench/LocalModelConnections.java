package org.tracelab.app.service.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tracelab.core.model.ApiKey;
import org.tracelab.core.model.ChatModel;
import org.tracelab.core.model.ConcurrencyLimitedChatModel;
import org.tracelab.core.model.DetectedServer;
import org.tracelab.core.model.EndpointPool;
import org.tracelab.core.model.GgufChatModel;
import org.tracelab.core.model.LocalServerDetector;
import org.tracelab.core.model.ModelException;
import org.tracelab.core.model.OpenAiClientConfig;
import org.tracelab.core.model.OpenAiCompatibleClient;

/** The real connections, built as {@code tracelab bench} builds them. */
public final class LocalModelConnections implements ModelConnections {

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
    public ChatModel open(ModelTarget target, Optional<ApiKey> apiKey, int concurrency) throws ModelException {
        if (target instanceof ModelTarget.GgufFile gguf) {
            return GgufChatModel.shared(gguf.file(), GgufChatModel.Options.defaults());
        }
        List<ChatModel> clients = new ArrayList<>();
        for (URI url : ((ModelTarget.Endpoints) target).urls()) {
            clients.add(new OpenAiCompatibleClient(config(url, apiKey)));
        }
        ChatModel pooled = clients.size() == 1 ? clients.get(0) : new EndpointPool(clients);
        return new ConcurrencyLimitedChatModel(pooled, concurrency);
    }

    private static OpenAiClientConfig config(URI endpoint, Optional<ApiKey> apiKey) {
        OpenAiClientConfig config = OpenAiClientConfig.forEndpoint(endpoint);
        return apiKey.map(config::withApiKey).orElse(config);
    }
}
