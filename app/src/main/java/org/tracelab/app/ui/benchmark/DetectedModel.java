package org.tracelab.app.ui.benchmark;

import org.tracelab.core.model.DetectedServer;

/** A model offered by a detected local server, as the picker lists it; {@code model} is null when it named none. */
public record DetectedModel(DetectedServer server, String model) {

    public String label() {
        return server.kind().displayName() + " at " + server.baseUrl() + (model == null ? "" : " · " + model);
    }
}
