package org.tracelab.app.service.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tracelab.core.trace.ModelDescription;
import org.tracelab.core.trace.RunInfo;

/**
 * What a stored run tells about how it was run, read back from {@link BenchmarkParameters} and the run's local-only
 * resume hints: the desktop app's Resume
 * fills its form from it, and {@link BenchmarkRun#execute} compares a resumed request against it.
 *
 * @param dataset    the prompts file the run was started with; null when the run does not name it (a run of an older
 *                   version), and then the person is asked for it
 * @param apiKeyUsed an API key was sent (it must be given again: keys are never stored)
 */
public record StoredPlan(long runId, RunInfo info, ModelTarget target, Path dataset, RunPlan plan, boolean apiKeyUsed) {

    public StoredPlan {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(plan, "plan");
    }

    /**
     * The plan of run {@code runId}; empty when the run was not started by a benchmark (an import) or its model cannot
     * be found again from what it recorded.
     */
    public static Optional<StoredPlan> of(long runId, RunInfo info) {
        ModelDescription model = info.model();
        Map<String, JsonNode> params = model.samplingParams();
        if (info.seeds().isEmpty() || !params.containsKey(BenchmarkParameters.MAX_TOKENS)) {
            return Optional.empty();
        }
        ModelTarget target;
        if ("gguf".equals(model.backend())) {
            String gguf = info.resumeHints().modelFilePath();
            if (gguf == null) {
                return Optional.empty();
            }
            Path file = Path.of(gguf);
            target = new ModelTarget.GgufFile(
                    file, model.name().equals(file.getFileName().toString()) ? null : model.name());
        } else if (!model.endpoints().isEmpty()) {
            // Endpoints are stored without credentials: a URL's user info or query is given again, like an API key.
            target = new ModelTarget.Endpoints(
                    model.endpoints().stream().map(URI::create).toList(), model.name());
        } else {
            return Optional.empty();
        }
        String dataset = info.resumeHints().datasetPath();
        JsonNode limit = params.get(BenchmarkParameters.LIMIT);
        JsonNode sampleSeed = params.get(BenchmarkParameters.SAMPLE_SEED);
        JsonNode temperature = params.get(BenchmarkParameters.TEMPERATURE);
        JsonNode systemPrompt = params.get(BenchmarkParameters.SYSTEM_PROMPT);
        JsonNode concurrency = params.get(BenchmarkParameters.CONCURRENCY);
        JsonNode apiKeyUsed = params.get(BenchmarkParameters.API_KEY_USED);
        RunPlan plan = new RunPlan(
                limit == null ? null : limit.asInt(),
                sampleSeed == null ? 0L : sampleSeed.asLong(),
                info.modes(),
                info.seeds(),
                info.forks(),
                temperature == null ? null : temperature.asDouble(),
                params.get(BenchmarkParameters.MAX_TOKENS).asInt(),
                systemPrompt == null ? null : systemPrompt.asText(),
                concurrency == null ? 1 : concurrency.asInt(),
                false);
        return Optional.of(new StoredPlan(
                runId,
                info,
                target,
                dataset == null ? null : Path.of(dataset),
                plan,
                apiKeyUsed != null && apiKeyUsed.asBoolean()));
    }

    /**
     * The request that continues the run with its own plan: only where the model and the prompts file are found now,
     * and how many calls are in flight, may differ.
     */
    public BenchmarkRequest request(ModelTarget currentTarget, Path currentDataset, int currentConcurrency) {
        return new BenchmarkRequest(
                currentTarget, currentDataset, plan.withConcurrency(currentConcurrency), info.name(), runId);
    }
}
