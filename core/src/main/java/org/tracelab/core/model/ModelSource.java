package org.tracelab.core.model;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/** Where a model runs: the backend kinds Tracelab knows. Never carries an API key or a user's full path. */
public sealed interface ModelSource permits ModelSource.HttpEndpoint, ModelSource.EndpointFleet,
        ModelSource.GgufFile {

    /** An OpenAI-compatible server; {@code baseUrl} includes {@code /v1} and has no user info or query. */
    record HttpEndpoint(String baseUrl, ServerKind server) implements ModelSource {
        public HttpEndpoint {
            Objects.requireNonNull(baseUrl, "baseUrl");
            Objects.requireNonNull(server, "server");
        }

        /** Drops user info, query and fragment so that credentials pasted into a URL are never recorded. */
        public static HttpEndpoint of(URI baseUrl, ServerKind server) {
            String port = baseUrl.getPort() < 0 ? "" : ":" + baseUrl.getPort();
            String path = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath();
            return new HttpEndpoint(baseUrl.getScheme() + "://" + baseUrl.getHost() + port + path, server);
        }
    }

    /** Several endpoints serving the same model, calls spread over them. */
    record EndpointFleet(List<ModelSource> members) implements ModelSource {
        public EndpointFleet {
            members = List.copyOf(members);
        }
    }

    /**
     * A GGUF file run in process. Only the file name is kept (exports must not reveal the user's directories);
     * the SHA-256 identifies the exact weights.
     */
    record GgufFile(String fileName, String sha256) implements ModelSource {
        public GgufFile {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(sha256, "sha256");
            if (fileName.contains("/") || fileName.contains("\\")) {
                throw new IllegalArgumentException("a file name, not a path: " + fileName);
            }
        }
    }
}
