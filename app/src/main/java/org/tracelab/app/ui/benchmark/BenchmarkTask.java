package org.tracelab.app.ui.benchmark;

import org.tracelab.app.service.bench.BenchmarkRequest;
import org.tracelab.app.service.bench.ModelConnections;
import org.tracelab.app.service.bench.ModelTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.concurrent.Task;
import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.io.FileDigest;
import org.tracelab.core.model.ApiKey;
import org.tracelab.core.model.ChatModel;
import org.tracelab.core.model.ModelException;
import org.tracelab.core.model.ReasoningFilter;
import org.tracelab.core.run.BenchmarkJob;
import org.tracelab.core.run.BenchmarkPlan;
import org.tracelab.core.run.JobOutcome;
import org.tracelab.core.run.Mode;
import org.tracelab.core.run.Progress;
import org.tracelab.core.run.RunDescription;
import org.tracelab.core.run.TaskSampler;
import org.tracelab.core.trace.DatasetDescription;
import org.tracelab.core.trace.ModelDescription;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.verify.Verifier;

/**
 * Runs one benchmark (new or resumed) to its end as {@code tracelab bench} does, reporting done/total chains
 * and an ETA as progress and message. {@link #requestCancel} stops the job the runner's way, so the task still
 * succeeds, with a {@code cancelled} outcome; the task fails only when the job could not be set up.
 */
final class BenchmarkTask extends Task<JobOutcome> {

    private final Workspace workspace;
    private final ModelConnections connections;
    private final BenchmarkRequest request;
    private final Optional<ApiKey> apiKey;
    private final LongConsumer runId;
    private final Consumer<AttemptRow> attempts;
    private final Consumer<Progress> progress;
    private final AtomicReference<BenchmarkJob> job = new AtomicReference<>();
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private final CountDownLatch ended = new CountDownLatch(1);

    BenchmarkTask(Workspace workspace, ModelConnections connections, BenchmarkRequest request,
            Optional<ApiKey> apiKey, LongConsumer runId, Consumer<AttemptRow> attempts, Consumer<Progress> progress) {
        this.workspace = workspace;
        this.connections = connections;
        this.request = request;
        this.apiKey = apiKey;
        this.runId = runId;
        this.attempts = attempts;
        this.progress = progress;
        updateTitle(request.resumeRunId() == null ? "Benchmark " + request.name()
                : "Resuming run #" + request.resumeRunId());
        updateMessage("starting");
        updateProgress(-1, 1);
    }

    /** Stops the job as soon as possible; chains in progress are left for a resume. Any thread. */
    void requestCancel() {
        cancelRequested.set(true);
        BenchmarkJob running = job.get();
        if (running != null) {
            running.cancel();
        }
        updateMessage("cancelling…");
    }

    /** Waits (off the FX thread) until the job has ended and the run's status is stored. */
    boolean awaitEnd(long timeoutSeconds) throws InterruptedException {
        return ended.await(timeoutSeconds, TimeUnit.SECONDS);
    }

    @Override
    protected JobOutcome call() throws Exception {
        try {
            return runJob();
        } finally {
            ended.countDown();
        }
    }

    private JobOutcome runJob() throws ModelException, IOException {
        updateMessage("reading " + request.dataset().getFileName());
        List<IfevalTask> all = workspace.readPrompts(request.dataset());
        List<IfevalTask> tasks = request.limit() == null ? all
                : TaskSampler.sample(all, request.limit(), request.sampleSeed());
        String datasetDigest = FileDigest.sha256(request.dataset());
        if (request.resumeRunId() != null) {
            checkSameDataset(datasetDigest);
        }
        updateMessage("loading the verifier");
        Verifier verifier = workspace.verifier(null);
        BenchmarkPlan plan = new BenchmarkPlan(tasks, request.modes().stream().map(Mode::parse).toList(),
                request.seeds(), request.forks(), request.calls(), request.concurrency());
        updateMessage("connecting to " + request.target().modelName());
        ChatModel model = connections.open(request.target(), apiKey, request.concurrency());
        try {
            return workspace.withTraceSink(store -> {
                BenchmarkJob created = new BenchmarkJob(plan, model, verifier, ReasoningFilter.enabled(),
                        new PublishingTraceSink(store, runId, attempts), this::onProgress, Clock.systemUTC());
                job.set(created);
                if (cancelRequested.get()) {
                    created.cancel();
                }
                return request.resumeRunId() != null ? created.resume(request.resumeRunId())
                        : created.start(description(plan, all.size(), datasetDigest));
            });
        } finally {
            if (model instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    throw new IOException("could not close the model", e);
                }
            }
        }
    }

    private void checkSameDataset(String digest) {
        Optional<RunInfo> info = workspace.runInfo(request.resumeRunId());
        String stored = info.map(run -> run.dataset().fileSha256()).orElse(null);
        if (stored != null && !stored.equals(digest)) {
            throw new IllegalArgumentException("the prompts file " + request.dataset() + " is not the one run #"
                    + request.resumeRunId() + " was started with (its SHA-256 differs)");
        }
    }

    private void onProgress(Progress now) {
        updateProgress(now.doneChains(), now.totalChains());
        updateMessage(now.doneChains() + " / " + now.totalChains() + " chains"
                + now.eta().map(eta -> " · ETA " + format(eta)).orElse(""));
        progress.accept(now);
    }

    static String format(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds >= 3600 ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%d:%02d", seconds / 60, seconds % 60);
    }

    private RunDescription description(BenchmarkPlan plan, int datasetSize, String datasetDigest) {
        ModelTarget target = request.target();
        var params = request.params(apiKey.isPresent());
        ModelDescription model;
        if (target instanceof ModelTarget.GgufFile gguf) {
            try {
                model = new ModelDescription("gguf", target.modelName(), null, gguf.file().getFileName().toString(),
                        FileDigest.sha256(gguf.file()), params);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            model = new ModelDescription("openai-compatible", target.modelName(), String.join(" ",
                    ((ModelTarget.Endpoints) target).urls().stream().map(Object::toString).toList()), null, null,
                    params);
        }
        Path dataset = request.dataset();
        return new RunDescription(request.name(), model,
                new DatasetDescription(dataset.getFileName().toString(), datasetDigest, plan.tasks().size()),
                plan.tasks().size() < datasetSize ? plan.tasks().size() + " of " + datasetSize + " tasks" : null);
    }
}
