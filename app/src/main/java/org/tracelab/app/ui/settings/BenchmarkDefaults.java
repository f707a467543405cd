package org.tracelab.app.ui.settings;

import java.nio.file.Path;

/**
 * What the benchmark form starts with, remembered from the last run started: endpoint, model name, prompts file and
 * seeds. Never an API key, and the endpoint without the credentials a URL may carry.
 *
 * @param endpoint the endpoints as typed, without {@code user:password@}; null when a GGUF file was used
 * @param model    the model name the server expects; null with a GGUF file
 * @param gguf     the GGUF file, null with a server
 * @param dataset  the prompts file, null when none
 * @param seeds    the seeds as typed ("42,43,44")
 */
public record BenchmarkDefaults(String endpoint, String model, Path gguf, Path dataset, String seeds) {

    public static final BenchmarkDefaults NONE = new BenchmarkDefaults(null, null, null, null, null);

    public BenchmarkDefaults {
        endpoint = endpoint == null ? null : withoutCredentials(endpoint);
    }

    /** Each space- or comma-separated URL of {@code endpoints} without a {@code user:password@} part. */
    static String withoutCredentials(String endpoints) {
        return endpoints.replaceAll("(?i)\\b(https?://)[^/@\\s,]*@", "$1");
    }
}
