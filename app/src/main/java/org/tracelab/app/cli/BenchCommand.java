package org.tracelab.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import com.fasterxml.jackson.databind.JsonNode;
import org.tracelab.app.service.BenchmarkParameters;
import org.tracelab.app.service.RunResultsService;
import org.tracelab.app.service.StoreTraceSink;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.dataset.TaskFile;
import org.tracelab.core.dataset.TaskFileReader;
import org.tracelab.core.io.FileDigest;
import org.tracelab.core.model.ApiKey;
import org.tracelab.core.model.ChatModel;
import org.tracelab.core.model.ConcurrencyLimitedChatModel;
import org.tracelab.core.model.EndpointPool;
import org.tracelab.core.model.GgufChatModel;
import org.tracelab.core.model.ModelException;
import org.tracelab.core.model.OpenAiClientConfig;
import org.tracelab.core.model.OpenAiCompatibleClient;
import org.tracelab.core.model.ReasoningFilter;
import org.tracelab.core.run.BenchmarkJob;
import org.tracelab.core.run.BenchmarkPlan;
import org.tracelab.core.run.CallSettings;
import org.tracelab.core.run.JobOutcome;
import org.tracelab.core.run.Mode;
import org.tracelab.core.run.RunDescription;
import org.tracelab.core.run.TaskSampler;
import org.tracelab.core.stats.TableFormat;
import org.tracelab.core.trace.DatasetDescription;
import org.tracelab.core.trace.ModelDescription;
import org.tracelab.core.trace.RunStatus;
import org.tracelab.core.verify.Verifier;
import org.tracelab.storage.TraceReader;
import org.tracelab.storage.TraceStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tracelab bench}: runs a compliance benchmark against a local model, recording every attempt in the
 * store. Ctrl-C cancels cleanly (the run is marked cancelled, no chain is left half-written as finished);
 * {@code --resume RUN_ID} continues it without duplicating a chain.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run a compliance benchmark against a local model (OpenAI-compatible server or GGUF file).")
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    VerifierOptions verifierOptions;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Backend backend;

    static final class Backend {
        @Option(names = "--endpoint", paramLabel = "URL",
                description = "OpenAI-compatible base URL including /v1; repeat to spread calls over several servers.")
        List<URI> endpoints;

        @Option(names = "--gguf", paramLabel = "FILE", description = "Run a GGUF model file in-process.")
        Path gguf;
    }

    @Option(names = "--model", paramLabel = "NAME", description = "Model name sent to the server (required with --endpoint).")
    String model;

    @Option(names = "--api-key", paramLabel = "KEY", description = "Bearer token (default: $TRACELAB_API_KEY); never stored.")
    String apiKey;

    @Option(names = "--dataset", required = true, paramLabel = "TASKS.jsonl",
            description = "Task file: IFEval format or a WasmAgent task file (short shape or TaskSpec); detected.")
    Path dataset;

    @Option(names = "--limit", paramLabel = "N", description = "Run N tasks picked reproducibly by --sample-seed.")
    Integer limit;

    @Option(names = "--sample-seed", paramLabel = "S", description = "Seed of the task sample (default 0).")
    long sampleSeed;

    @Option(names = "--modes", split = ",", paramLabel = "MODES", description = "direct,prompt_retry,full_pcl (default: all three).")
    List<String> modes = List.of("direct", "prompt_retry", "full_pcl");

    @Option(names = "--seeds", split = ",", paramLabel = "SEEDS", description = "Chain seeds (default 42).")
    List<Long> seeds = List.of(42L);

    @Option(names = "--forks", paramLabel = "K", description = "Rollouts per task, mode and seed (default 1).")
    int forks = 1;

    @Option(names = "--temperature", paramLabel = "T", description = "Default 0.2 with one fork, 0.8 with several.")
    Double temperature;

    @Option(names = "--max-tokens", paramLabel = "M", description = "Default 1280 (lm-evaluation-harness's IFEval setting).")
    Integer maxTokens;

    @Option(names = "--concurrency", paramLabel = "C", description = "Model calls in flight (default 1).")
    int concurrency = 1;

    @ArgGroup(exclusive = true)
    SystemPrompt systemPrompt;

    static final class SystemPrompt {
        @Option(names = "--system-prompt", paramLabel = "TEXT",
                description = "Send TEXT as the system message of every request of every mode (stored with the run).")
        String text;

        @Option(names = "--system-prompt-file", paramLabel = "FILE",
                description = "As --system-prompt, with the text read from FILE (UTF-8).")
        Path file;
    }

    @Option(names = "--name", paramLabel = "NAME", description = "Run name (default: model and date).")
    String name;

    @Option(names = "--resume", paramLabel = "RUN_ID", description = "Continue a cancelled or crashed run.")
    Long resume;

    @Option(names = "--keep-reasoning",
            description = "Verify <think>…</think> blocks as part of the answer (by default they are kept in the "
                    + "stored output but removed before verification).")
    boolean keepReasoning;

    @Override
    public Integer call() throws Exception {
        List<Mode> modeList = parseModes();
        Verifier verifier = verifierOptions.verifier(spec);
        TaskFile taskFile = new TaskFileReader(verifier.registry()).read(dataset);
        List<IfevalTask> tasks = taskFile.tasks();
        List<IfevalTask> selected = limit == null ? tasks : TaskSampler.sample(tasks, limit, sampleSeed);
        ChatModel chatModel = openModel();
        String modelName = model != null ? model : backend.gguf.getFileName().toString();
        CallSettings calls = CallSettings.defaults(modelName, forks, temperature, maxTokens)
                .withSystemPrompt(systemPromptText());
        BenchmarkPlan plan = new BenchmarkPlan(selected, modeList, seeds, forks, calls, concurrency);
        PrintWriter out = spec.commandLine().getOut();
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());

        try (TraceStore traceStore = TraceStore.open(store.file()); TraceReader reader = traceStore.openReader()) {
            if (resume != null) {
                checkSameSystemPrompt(reader, calls.systemPrompt());
            }
            BenchmarkJob job = new BenchmarkJob(plan, chatModel, verifier,
                    keepReasoning ? ReasoningFilter.disabled() : ReasoningFilter.enabled(),
                    new StoreTraceSink(traceStore.writer(), reader), progress, Clock.systemUTC());
            JobOutcome outcome = runCancellable(job, plan, modelName, taskFile);
            progress.finish();
            out.printf("run %d %s: %d chains finished, %d skipped (already done), %d attempts%n", outcome.runId(),
                    outcome.status().name().toLowerCase(), outcome.chainsFinished(), outcome.chainsSkipped(),
                    outcome.attempts());
            outcome.failure().ifPresent(message -> out.println("failed: " + message));
            out.println();
            out.print(TableFormat.TEXT.render(new RunResultsService(reader).results(outcome.runId(),
                    modeList.stream().map(Mode::wireName).toList())));
            out.flush();
            return outcome.status() == RunStatus.FINISHED ? 0 : outcome.status() == RunStatus.CANCELLED ? 130 : 1;
        } finally {
            if (chatModel instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }

    /** Runs the job on this thread; Ctrl-C cancels it and waits until the run is marked cancelled. */
    private JobOutcome runCancellable(BenchmarkJob job, BenchmarkPlan plan, String modelName, TaskFile taskFile)
            throws java.io.IOException {
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            job.cancel();
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "bench-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return resume != null ? job.resume(resume) : job.start(description(plan, modelName, taskFile));

        } finally {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running: it only waited for us.
            }
        }
    }

    private RunDescription description(BenchmarkPlan plan, String modelName, TaskFile taskFile)
            throws java.io.IOException {
        Map<String, JsonNode> params = BenchmarkParameters.of(plan.calls(), concurrency, limit, sampleSeed, dataset,
                backend.gguf, ApiKey.resolve(apiKey, System.getenv()).isPresent());
        ModelDescription description = backend.gguf != null
                ? new ModelDescription("gguf", modelName, null, backend.gguf.getFileName().toString(),
                        FileDigest.sha256(backend.gguf), params)
                : new ModelDescription("openai-compatible", modelName,
                        String.join(" ", backend.endpoints.stream().map(URI::toString).toList()), null, null, params);
        String runName = name != null ? name : modelName + " " + java.time.LocalDate.now();
        return new RunDescription(runName, description,
                new DatasetDescription(dataset.getFileName().toString(), FileDigest.sha256(dataset), plan.tasks().size(),
                        taskFile.format().wireName()),
                plan.tasks().size() < taskFile.tasks().size()
                        ? plan.tasks().size() + " of " + taskFile.tasks().size() + " tasks" : null);
    }

    /** The system prompt from {@code --system-prompt} or {@code --system-prompt-file}; null for none. */
    private String systemPromptText() {
        if (systemPrompt == null) {
            return null;
        }
        if (systemPrompt.file == null) {
            return systemPrompt.text;
        }
        try {
            return Files.readString(systemPrompt.file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--system-prompt-file: cannot read "
                    + systemPrompt.file + ": " + e.getMessage());
        }
    }

    /** A resumed run's remaining chains must be asked with the system prompt its finished ones were asked with. */
    private void checkSameSystemPrompt(TraceReader reader, String given) {
        reader.run(resume).ifPresent(run -> {
            JsonNode stored = run.info().model().samplingParams().get(BenchmarkParameters.SYSTEM_PROMPT);
            String started = stored == null ? null : stored.asText();
            if (!java.util.Objects.equals(started, given)) {
                throw new ParameterException(spec.commandLine(), "run " + resume + " was started "
                        + (started == null ? "without a system prompt" : "with a different system prompt")
                        + "; resume it with the same --system-prompt or --system-prompt-file");
            }
        });
    }

    private List<Mode> parseModes() {
        List<Mode> parsed = new ArrayList<>();
        for (String mode : modes) {
            try {
                parsed.add(Mode.parse(mode));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--modes: " + e.getMessage());
            }
        }
        return parsed;
    }

    private ChatModel openModel() throws ModelException {
        if (backend.gguf != null) {
            return GgufChatModel.shared(backend.gguf, GgufChatModel.Options.defaults());
        }
        if (model == null) {
            throw new ParameterException(spec.commandLine(), "--model is required with --endpoint");
        }
        var key = ApiKey.resolve(apiKey, System.getenv());
        List<ChatModel> clients = new ArrayList<>();
        for (URI endpoint : backend.endpoints) {
            OpenAiClientConfig config = OpenAiClientConfig.forEndpoint(endpoint);
            clients.add(new OpenAiCompatibleClient(key.map(config::withApiKey).orElse(config)));
        }
        ChatModel pooled = clients.size() == 1 ? clients.get(0) : new EndpointPool(clients);
        return new ConcurrencyLimitedChatModel(pooled, concurrency);
    }
}
