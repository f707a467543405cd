package org.tracelab.app.service.bench;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.tracelab.app.service.store.OpenStore;
import org.tracelab.core.model.ApiKey;
import org.tracelab.core.verify.Verifier;

/**
 * Starts benchmarks on a store, the one way both front ends do: {@code tracelab bench} and the desktop app's "Run a
 * benchmark" and Resume. A launch does nothing yet; its {@link BenchmarkRun#execute} reads the prompts, checks a
 * resume, opens the model once, records the run and runs every chain.
 *
 * <pre>{@code
 * BenchmarkRun run = new BenchmarkLauncher(store, new LocalModelConnections(), () -> verifier, Clock.systemUTC())
 *         .launch(request, apiKey);
 * JobOutcome outcome = run.execute(listener);   // blocks; run.cancel() from another thread stops it
 * }</pre>
 */
public final class BenchmarkLauncher {

    private final OpenStore store;
    private final ModelConnections connections;
    private final Supplier<Verifier> verifier;
    private final Clock clock;

    /**
     * @param connections how models are opened (tests give loopback servers)
     * @param verifier    made when a run starts, on its thread (loading Punkt's data is file I/O)
     */
    public BenchmarkLauncher(OpenStore store, ModelConnections connections, Supplier<Verifier> verifier, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.connections = Objects.requireNonNull(connections, "connections");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A run of {@code request}, not started; {@code apiKey} is sent with every call and never stored. */
    public BenchmarkRun launch(BenchmarkRequest request, Optional<ApiKey> apiKey) {
        return new BenchmarkRun(request, null, apiKey, store, connections, verifier, clock);
    }

    /** A run of prompts already read and checked ({@link BenchmarkInputs#read}), not started. */
    public BenchmarkRun launch(BenchmarkInputs inputs, Optional<ApiKey> apiKey) {
        return new BenchmarkRun(inputs.request(), inputs, apiKey, store, connections, verifier, clock);
    }
}
