package org.tracelab.app.service.bench;

import java.io.IOException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.tracelab.app.service.store.OpenStore;
import org.tracelab.core.model.ApiKey;
import org.tracelab.core.model.ChatModel;
import org.tracelab.core.model.ModelException;
import org.tracelab.core.model.ReasoningFilter;
import org.tracelab.core.run.BenchmarkJob;
import org.tracelab.core.run.BenchmarkPlan;
import org.tracelab.core.run.JobOutcome;
import org.tracelab.core.run.RunDescription;
import org.tracelab.core.trace.DatasetDescription;
import org.tracelab.core.trace.ModelDescription;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.verify.Verifier;
import org.tracelab.storage.StoredRun;

/**
 * One benchmark, launched by {@link BenchmarkLauncher}: {@link #execute} runs it to its end on the calling thread,
 * {@link #cancel} stops it from any other. Cancelling is the runner's way: chains in progress are left for a resume,
 * the run is marked {@code cancelled}, and {@code execute} returns that outcome rather than throwing.
 */
public final class BenchmarkRun {

    private final BenchmarkRequest request;
    private final BenchmarkInputs inputs;
    private final Optional<ApiKey> apiKey;
    private final OpenStore store;
    private final ModelConnections connections;
    private final Supplier<Verifier> verifier;
    private final Clock clock;
    private final AtomicReference<BenchmarkJob> job = new AtomicReference<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean executed = new AtomicBoolean();
    private final CountDownLatch ended = new CountDownLatch(1);

    /** @param inputs the request's prompts, already read; null to read them first thing in {@link #execute} */
    BenchmarkRun(
            BenchmarkRequest request,
            BenchmarkInputs inputs,
            Optional<ApiKey> apiKey,
            OpenStore store,
            ModelConnections connections,
            Supplier<Verifier> verifier,
            Clock clock) {
        this.request = Objects.requireNonNull(request, "request");
        this.inputs = inputs;
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.store = store;
        this.connections = connections;
        this.verifier = verifier;
        this.clock = clock;
    }

    public BenchmarkRequest request() {
        return request;
    }

    /**
     * Sets the benchmark up and runs it: reads the prompts file and takes the task sample (unless the launch was given
     * them); when resuming, checks that the stored run was started with this model, plan and prompts file
     * ({@link ResumeCheck}, before any server is asked); loads the verifier; opens the model once (closed before
     * returning) and describes the run from what its client reports; then runs every chain, storing each attempt.
     * Runs once.
     *
     * @return how the run ended: finished, cancelled, interrupted by transport faults (its unfinished chains in no
     *         rate, left for a resume), or failed with a reason
     * @throws org.tracelab.core.io.InputProblemException when the prompts file has bad lines
     * @throws ResumeRefusedException                     when the run to continue cannot be continued with this
     * @throws ModelException                             when the model cannot be opened
     * @throws IOException                                when a file cannot be read
     */
    public JobOutcome execute(BenchmarkListener listener) throws ModelException, IOException {
        if (!executed.compareAndSet(false, true)) {
            throw new IllegalStateException("a benchmark run executes once");
        }
        try {
            return setUpAndRun(listener);
        } finally {
            ended.countDown();
        }
    }

    /** Stops the run as soon as possible, even before it has started; any thread, any number of times. */
    public void cancel() {
        cancelled.set(true);
        BenchmarkJob running = job.get();
        if (running != null) {
            running.cancel();
        }
    }

    /** Waits until {@link #execute} has returned, so the run's end is stored; false when the time ran out first. */
    public boolean awaitEnd(long timeout, TimeUnit unit) throws InterruptedException {
        return ended.await(timeout, unit);
    }

    private JobOutcome setUpAndRun(BenchmarkListener listener) throws ModelException, IOException {
        RunPlan plan = request.plan();
        BenchmarkInputs read = inputs;
        if (read == null) {
            listener.settingUp("reading " + request.dataset().getFileName());
            read = BenchmarkInputs.read(request);
        }
        Optional<RunInfo> stored = Optional.empty();
        if (request.resumeRunId() != null) {
            stored = store.read(reader -> reader.run(request.resumeRunId()).map(StoredRun::info));
            ResumeCheck.check(request, stored, read.datasetSha256());
        }
        listener.settingUp("loading the verifier");
        Verifier judge = verifier.get();
        BenchmarkPlan benchmark = new BenchmarkPlan(
                read.tasks(),
                plan.parsedModes(),
                plan.seeds(),
                plan.forks(),
                request.calls(),
                plan.concurrency(),
                request.faults().faultLimit());
        listener.settingUp("connecting to " + request.target().modelName());
        ChatModel model = connections.open(
                request.target(), apiKey, plan.concurrency(), request.faults().timeouts());
        try {
            ModelDescription described = describe(model);
            if (stored.isPresent()) {
                ResumeCheck.checkModel(request.resumeRunId(), stored.get(), described);
            }
            RunDescription description = new RunDescription(
                    request.name(),
                    described,
                    new DatasetDescription(
                            request.dataset().getFileName().toString(),
                            read.datasetSha256(),
                            read.tasks().size(),
                            read.taskFile().format().wireName()),
                    read.sampleNote(),
                    BenchmarkParameters.resumeHints(request));
            return store.read(reader -> {
                BenchmarkJob created = new BenchmarkJob(
                        benchmark,
                        model,
                        judge,
                        plan.keepReasoning() ? ReasoningFilter.disabled() : ReasoningFilter.enabled(),
                        new ListeningTraceSink(new StoreTraceSink(store.writer(), reader), listener),
                        listener,
                        clock);
                job.set(created);
                if (cancelled.get()) {
                    created.cancel();
                }
                return request.resumeRunId() != null
                        ? created.resume(request.resumeRunId())
                        : created.start(description);
            });
        } finally {
            close(model);
        }
    }

    /**
     * The run's model as its client reports it (backend, where it runs without credentials, the GGUF file's name and
     * SHA-256 computed when it was loaded), under the request's model name, with the plan's stored parameters.
     */
    private ModelDescription describe(ChatModel model) {
        return model.source()
                .description(request.target().modelName(), BenchmarkParameters.of(request, apiKey.isPresent()));
    }

    private static void close(ChatModel model) throws IOException {
        if (model instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException("could not close the model", e);
            }
        }
    }
}
