package org.tracelab.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tracelab.core.privacy.LocalPaths;
import org.tracelab.core.privacy.Urls;
import org.tracelab.core.trace.ModelDescription;

/**
 * Where a model runs: the backend kinds Tracelab knows. Never carries an API key, a URL's credentials or a user's
 * full path, so a run's {@link ModelDescription} can be built from it as is ({@link #description}).
 */
public sealed interface ModelSource permits ModelSource.HttpEndpoint, ModelSource.EndpointFleet, ModelSource.GgufFile {

    /** The backend name stored for served models. */
    String OPENAI_COMPATIBLE = "openai-compatible";
    /** The backend name stored for in-process GGUF files. */
    String GGUF = "gguf";

    /**
     * The stored description of a run of model {@code name} from this source with these run parameters (sampling,
     * concurrency…; never a local path or a secret).
     */
    ModelDescription description(String name, Map<String, JsonNode> parameters);

    /**
     * An OpenAI-compatible server; {@code baseUrl} is {@code scheme://host:port/path} (including {@code /v1}),
     * with no user info, query or fragment.
     */
    record HttpEndpoint(String baseUrl, ServerKind server) implements ModelSource {
        public HttpEndpoint {
            Objects.requireNonNull(baseUrl, "baseUrl");
            Objects.requireNonNull(server, "server");
            if (Urls.hasCredentials(baseUrl)) {
                throw new IllegalArgumentException("an endpoint is kept without credentials: " + Urls.masked(baseUrl));
            }
        }

        /** Drops user info, query and fragment so that credentials pasted into a URL are never recorded. */
        public static HttpEndpoint of(URI baseUrl, ServerKind server) {
            return new HttpEndpoint(Urls.withoutCredentials(baseUrl), server);
        }

        @Override
        public ModelDescription description(String name, Map<String, JsonNode> parameters) {
            return ModelDescription.served(OPENAI_COMPATIBLE, name, List.of(baseUrl), parameters);
        }
    }

    /** Several endpoints serving the same model, calls spread over them. */
    record EndpointFleet(List<ModelSource> members) implements ModelSource {
        public EndpointFleet {
            members = List.copyOf(members);
        }

        @Override
        public ModelDescription description(String name, Map<String, JsonNode> parameters) {
            List<String> endpoints = new ArrayList<>();
            for (ModelSource member : members) {
                endpoints.addAll(member.description(name, Map.of()).endpoints());
            }
            return ModelDescription.served(OPENAI_COMPATIBLE, name, endpoints, parameters);
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
            if (!fileName.equals(LocalPaths.fileName(fileName))) {
                throw new IllegalArgumentException("a file name, not a path: " + fileName);
            }
        }

        @Override
        public ModelDescription description(String name, Map<String, JsonNode> parameters) {
            return new ModelDescription(GGUF, name, List.of(), fileName, sha256, parameters);
        }
    }
}
