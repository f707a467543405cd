package org.tracelab.app.service.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tracelab.core.run.CallSettings;
import org.tracelab.core.trace.ModelDescription;
import org.tracelab.core.trace.RunInfo;

/**
 * A validated benchmark form: everything a run's plan is rebuilt from, and nothing secret (the API key travels
 * beside it and is never stored).
 *
 * <p><b>How a run can be resumed.</b> The plan inputs are stored with the run itself, so Resume works from any
 * store on any machine that has the files: modes, seeds and forks in the run's own fields; the model name and
 * endpoints in its model description; and in the model description's parameters (next to temperature,
 * max_tokens and concurrency, which the CLI stores too) the keys {@value #DATASET_PATH}, {@value #GGUF_PATH},
 * {@code limit}/{@code sample_seed} when a sample was taken, {@value #SYSTEM_PROMPT} when a system prompt was
 * sent, and {@value #API_KEY_USED} (true when a key was sent — the key itself is asked for again). Temperature and max tokens are stored as resolved, so the
 * resumed plan is the same even if the defaults change.
 *
 * @param limit        run this many tasks sampled by {@code sampleSeed}; null for all
 * @param temperature  null for {@link CallSettings#defaults}
 * @param maxTokens    null for {@link CallSettings#DEFAULT_MAX_TOKENS}
 * @param systemPrompt the first message of every request, null for none
 * @param resumeRunId  the run to continue, null for a new run
 */
public record BenchmarkRequest(ModelTarget target, Path dataset, Integer limit, long sampleSeed, List<String> modes,
        List<Long> seeds, int forks, Double temperature, Integer maxTokens, String systemPrompt, int concurrency,
        String name, Long resumeRunId) {

    public static final String DATASET_PATH = BenchmarkParameters.DATASET_PATH;
    public static final String GGUF_PATH = BenchmarkParameters.GGUF_PATH;
    public static final String API_KEY_USED = BenchmarkParameters.API_KEY_USED;
    public static final String SYSTEM_PROMPT = BenchmarkParameters.SYSTEM_PROMPT;

    public BenchmarkRequest {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(dataset, "dataset");
        modes = List.copyOf(modes);
        seeds = List.copyOf(seeds);
        Objects.requireNonNull(name, "name");
    }

    /** The call settings, defaults resolved. */
    public CallSettings calls() {
        return CallSettings.defaults(target.modelName(), forks, temperature, maxTokens).withSystemPrompt(systemPrompt);
    }

    /** The parameters stored in the run's model description. */
    public Map<String, JsonNode> params(boolean apiKeyUsed) {
        Path gguf = target instanceof ModelTarget.GgufFile file ? file.file() : null;
        return BenchmarkParameters.of(calls(), concurrency, limit, sampleSeed, dataset, gguf, apiKeyUsed);
    }

    /** What a stored run tells about how to continue it. */
    public record Stored(long runId, RunInfo info, ModelTarget target, Path dataset, Integer limit, long sampleSeed,
            Double temperature, Integer maxTokens, String systemPrompt, int concurrency, boolean apiKeyUsed) {

        /** The request that continues the run, with the dataset the form now has. */
        public BenchmarkRequest request(ModelTarget currentTarget, Path currentDataset, int currentConcurrency) {
            return new BenchmarkRequest(currentTarget, currentDataset, limit, sampleSeed, info.modes(), info.seeds(),
                    info.forks(), temperature, maxTokens, systemPrompt, currentConcurrency, info.name(), runId);
        }
    }

    /**
     * Reads the plan inputs back from a stored run; empty when the run was not started by a benchmark (an
     * import) or its model cannot be found again. The dataset is null when the run does not name its file (a
     * run from an older CLI): the form then asks for it.
     */
    public static Optional<Stored> stored(long runId, RunInfo info) {
        ModelDescription model = info.model();
        Map<String, JsonNode> params = model.samplingParams();
        if (info.seeds().isEmpty() || !params.containsKey("max_tokens")) {
            return Optional.empty();
        }
        ModelTarget target;
        if ("gguf".equals(model.backend())) {
            JsonNode gguf = params.get(GGUF_PATH);
            if (gguf == null) {
                return Optional.empty();
            }
            target = new ModelTarget.GgufFile(Path.of(gguf.asText()));
        } else if (model.endpoint() != null && !model.endpoint().isBlank()) {
            target = new ModelTarget.Endpoints(Arrays.stream(model.endpoint().trim().split("\\s+")).map(URI::create)
                    .toList(), model.name());
        } else {
            return Optional.empty();
        }
        JsonNode dataset = params.get(DATASET_PATH);
        JsonNode limit = params.get("limit");
        JsonNode temperature = params.get("temperature");
        JsonNode systemPrompt = params.get(SYSTEM_PROMPT);
        return Optional.of(new Stored(runId, info, target, dataset == null ? null : Path.of(dataset.asText()),
                limit == null ? null : limit.asInt(), params.containsKey("sample_seed")
                        ? params.get("sample_seed").asLong() : 0L,
                temperature == null ? null : temperature.asDouble(), params.get("max_tokens").asInt(),
                systemPrompt == null ? null : systemPrompt.asText(),
                params.containsKey("concurrency") ? params.get("concurrency").asInt() : 1,
                params.containsKey(API_KEY_USED) && params.get(API_KEY_USED).asBoolean()));
    }
}
