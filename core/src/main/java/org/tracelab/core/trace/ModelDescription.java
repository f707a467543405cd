package org.tracelab.core.trace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.tracelab.core.privacy.LocalPaths;
import org.tracelab.core.privacy.Urls;

/**
 * The model a run talked to, as stored and as records and exports carry it: Tracelab's one description of a model.
 * It holds nothing private, by construction: an endpoint is kept as {@code scheme://host:port/path} (any
 * {@code user:password@}, query or fragment is dropped here, whoever builds the description), a model file by its
 * file name and SHA-256, never its folder. What a run needs from this machine to be resumed lives in
 * {@link ResumeHints}, beside it.
 *
 * @param backend        e.g. {@code gguf}, {@code openai-compatible}, {@code imported:wasmagent};
 *                       {@value #ILLUSTRATION_BACKEND} for hand-written illustrations that no model produced
 * @param name           the model name as sent to or reported by the backend
 * @param endpoints      the servers called, in order; empty for a local file or an import
 * @param fileName       the model file's name, or null when served remotely
 * @param fileSha256     SHA-256 of the model file (hex), or null when unknown
 * @param samplingParams temperature, max_tokens, concurrency… as the run used them, keys sorted so files and
 *                       equality are stable
 */
public record ModelDescription(
        String backend,
        String name,
        List<String> endpoints,
        String fileName,
        String fileSha256,
        Map<String, JsonNode> samplingParams) {

    /** The backend of runs whose outputs were written by a person to illustrate Tracelab, not by a model. */
    public static final String ILLUSTRATION_BACKEND = "illustration";

    public ModelDescription {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(name, "name");
        endpoints = endpoints == null
                ? List.of()
                : endpoints.stream().map(Urls::withoutCredentials).toList();
        fileName = LocalPaths.fileName(fileName);
        samplingParams = samplingParams == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(samplingParams));
    }

    /** A model behind one or more servers. */
    public static ModelDescription served(
            String backend, String name, List<String> endpoints, Map<String, JsonNode> samplingParams) {
        return new ModelDescription(backend, name, endpoints, null, null, samplingParams);
    }

    /** A model without a location: an import or an illustration. */
    public static ModelDescription unlocated(String backend, String name, Map<String, JsonNode> samplingParams) {
        return new ModelDescription(backend, name, List.of(), null, null, samplingParams);
    }
}
