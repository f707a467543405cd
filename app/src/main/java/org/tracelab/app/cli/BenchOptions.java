package org.tracelab.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tracelab.app.cli.PlanConverters.ModeList;
import org.tracelab.app.cli.PlanConverters.SeedList;
import org.tracelab.app.service.bench.BenchmarkRequest;
import org.tracelab.app.service.bench.ModelTarget;
import org.tracelab.app.service.bench.RunPlan;
import org.tracelab.core.model.ApiKey;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code bench}'s model, dataset and plan options, and the {@link BenchmarkRequest} they describe. */
final class BenchOptions {

    @ArgGroup(exclusive = true, multiplicity = "1")
    BackendOptions backend;

    @Option(
            names = "--model",
            paramLabel = "NAME",
            description = "Model name sent to the server (required with --endpoint).")
    String model;

    @Option(
            names = "--api-key",
            paramLabel = "KEY",
            description = "Bearer token (default: $TRACELAB_API_KEY); never stored.")
    String apiKey;

    @Option(
            names = "--dataset",
            required = true,
            paramLabel = "TASKS.jsonl",
            description = "Task file: IFEval format or a WasmAgent task file (short shape or TaskSpec); detected.")
    Path dataset;

    @Option(
            names = "--limit",
            paramLabel = "N",
            converter = PlanConverters.Count.class,
            description = "Run N tasks picked reproducibly by --sample-seed.")
    Integer limit;

    @Option(
            names = "--sample-seed",
            paramLabel = "S",
            converter = PlanConverters.WholeNumber.class,
            description = "Seed of the task sample (default 0).")
    long sampleSeed;

    @Option(
            names = "--modes",
            paramLabel = "MODES",
            converter = PlanConverters.Modes.class,
            description = "direct,prompt_retry,full_pcl (default: all three).")
    ModeList modes = new ModeList(List.of("direct", "prompt_retry", "full_pcl"));

    @Option(
            names = "--seeds",
            paramLabel = "SEEDS",
            converter = PlanConverters.Seeds.class,
            description = "Chain seeds (default 42).")
    SeedList seeds = new SeedList(List.of(42L));

    @Option(
            names = "--forks",
            paramLabel = "K",
            converter = PlanConverters.Count.class,
            description = "Rollouts per task, mode and seed (default 1).")
    int forks = 1;

    @Option(
            names = "--temperature",
            paramLabel = "T",
            converter = PlanConverters.Temperature.class,
            description = "Default 0.2 with one fork, 0.8 with several.")
    Double temperature;

    @Option(
            names = "--max-tokens",
            paramLabel = "M",
            converter = PlanConverters.Count.class,
            description = "Default 1280 (lm-evaluation-harness's IFEval setting).")
    Integer maxTokens;

    @Option(
            names = "--concurrency",
            paramLabel = "C",
            converter = PlanConverters.Count.class,
            description = "Model calls in flight (default 1).")
    int concurrency = 1;

    @Mixin
    FaultOptions faults;

    @ArgGroup(exclusive = true)
    SystemPrompt systemPrompt;

    static final class SystemPrompt {
        @Option(
                names = "--system-prompt",
                paramLabel = "TEXT",
                description = "Send TEXT as the system message of every request of every mode (stored with the run).")
        String text;

        @Option(
                names = "--system-prompt-file",
                paramLabel = "FILE",
                description = "As --system-prompt, with the text read from FILE (UTF-8).")
        Path file;
    }

    @Option(names = "--name", paramLabel = "NAME", description = "Run name (default: model and date).")
    String name;

    @Option(names = "--resume", paramLabel = "RUN_ID", description = "Continue a cancelled or crashed run.")
    Long resume;

    @Option(
            names = "--keep-reasoning",
            description = "Verify <think>…</think> blocks as part of the answer (by default they are kept in the "
                    + "stored output but removed before verification).")
    boolean keepReasoning;

    /** The benchmark the options describe; bad combinations are usage errors. */
    BenchmarkRequest request(CommandSpec spec) {
        ModelTarget target = backend.target(spec, model);
        RunPlan plan = new RunPlan(
                limit,
                sampleSeed,
                modes.values(),
                seeds.values(),
                forks,
                temperature,
                maxTokens,
                systemPromptText(spec),
                concurrency,
                keepReasoning);
        return new BenchmarkRequest(
                target,
                dataset,
                plan,
                name != null ? name : BenchmarkRequest.defaultName(target, LocalDate.now()),
                resume,
                faults.policy());
    }

    /** {@code --api-key}, else {@code $TRACELAB_API_KEY}. */
    Optional<ApiKey> apiKey() {
        return ApiKey.resolve(apiKey, System.getenv());
    }

    private String systemPromptText(CommandSpec spec) {
        if (systemPrompt == null) {
            return null;
        }
        if (systemPrompt.file == null) {
            return systemPrompt.text;
        }
        try {
            return Files.readString(systemPrompt.file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--system-prompt-file: cannot read " + systemPrompt.file + ": " + e.getMessage());
        }
    }
}
