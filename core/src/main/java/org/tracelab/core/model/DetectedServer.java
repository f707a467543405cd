package org.tracelab.core.model;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * A local server that answered a probe.
 *
 * @param kind    best guess of the server software (from the port and what the answer looked like)
 * @param baseUrl the OpenAI-compatible base URL to use, including {@code /v1}
 * @param models  model names it offers, possibly empty
 */
public record DetectedServer(ServerKind kind, URI baseUrl, List<String> models) {

    public DetectedServer {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(baseUrl, "baseUrl");
        models = List.copyOf(models);
    }
}
