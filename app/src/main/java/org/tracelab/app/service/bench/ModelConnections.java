package org.tracelab.app.service.bench;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.tracelab.core.model.ApiKey;
import org.tracelab.core.model.CallTimeouts;
import org.tracelab.core.model.ChatModel;
import org.tracelab.core.model.DetectedServer;
import org.tracelab.core.model.ModelException;

/**
 * The network and model-file work of the benchmark dialog. Every method does I/O: call it in a background task,
 * never on the JavaFX Application Thread. Tests give a detector that only probes their loopback server.
 */
public interface ModelConnections {

    /** Local model servers that answer, with their models. */
    List<DetectedServer> detect();

    /** The models {@code endpoint} offers; throws when it does not answer. */
    List<String> listModels(URI endpoint, Optional<ApiKey> apiKey) throws ModelException;

    /**
     * A client for {@code target} with at most {@code concurrency} calls in flight, each bounded by {@code timeouts};
     * close it if it is closeable. A server that does not answer now is no error here: the run's calls to it fault.
     */
    ChatModel open(ModelTarget target, Optional<ApiKey> apiKey, int concurrency, CallTimeouts timeouts)
            throws ModelException;
}
