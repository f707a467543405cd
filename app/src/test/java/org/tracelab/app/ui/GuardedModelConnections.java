package org.tracelab.app.ui;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.tracelab.app.service.bench.ModelConnections;
import org.tracelab.app.service.bench.ModelTarget;
import org.tracelab.core.model.ApiKey;
import org.tracelab.core.model.CallTimeouts;
import org.tracelab.core.model.ChatModel;
import org.tracelab.core.model.DetectedServer;
import org.tracelab.core.model.ModelException;

/** Real model connections, with every call checked against the FX thread. */
public final class GuardedModelConnections implements ModelConnections {

    private final ModelConnections delegate;
    private final FxThreadGuard guard;

    public GuardedModelConnections(ModelConnections delegate, FxThreadGuard guard) {
        this.delegate = delegate;
        this.guard = guard;
    }

    @Override
    public List<DetectedServer> detect() {
        guard.check("detect");
        return delegate.detect();
    }

    @Override
    public List<String> listModels(URI endpoint, Optional<ApiKey> apiKey) throws ModelException {
        guard.check("listModels " + endpoint);
        return delegate.listModels(endpoint, apiKey);
    }

    @Override
    public ChatModel open(ModelTarget target, Optional<ApiKey> apiKey, int concurrency, CallTimeouts timeouts)
            throws ModelException {
        guard.check("open model " + target);
        return delegate.open(target, apiKey, concurrency, timeouts);
    }
}
