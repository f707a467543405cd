package org.tracelab.app.service.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** What a benchmark talks to: OpenAI-compatible endpoints serving a named model, or a GGUF file run in-process. */
public sealed interface ModelTarget permits ModelTarget.Endpoints, ModelTarget.GgufFile {

    /** The model name sent with each request and stored with the run. */
    String modelName();

    /** One or more base URLs (including {@code /v1}) serving {@code model}; calls are spread over them. */
    record Endpoints(List<URI> urls, String model) implements ModelTarget {
        public Endpoints {
            urls = List.copyOf(urls);
            Objects.requireNonNull(model, "model");
            if (urls.isEmpty()) {
                throw new IllegalArgumentException("at least one endpoint");
            }
        }

        @Override
        public String modelName() {
            return model;
        }
    }

    /**
     * A GGUF model file.
     *
     * @param model the name to record, null for the file's name
     */
    record GgufFile(Path file, String model) implements ModelTarget {
        public GgufFile {
            Objects.requireNonNull(file, "file");
        }

        /** Named after the file. */
        public GgufFile(Path file) {
            this(file, null);
        }

        @Override
        public String modelName() {
            return model != null ? model : file.getFileName().toString();
        }
    }
}
