package org.tracelab.app.cli;

import java.time.Duration;
import org.tracelab.app.service.bench.FaultPolicy;
import org.tracelab.core.model.CallTimeouts;
import org.tracelab.core.run.BenchmarkPlan;
import picocli.CommandLine.Option;

/** {@code bench}'s options for a server that fails: how long a call may take, how many faults in a row end the run. */
final class FaultOptions {

    @Option(
            names = "--idle-timeout",
            paramLabel = "SECONDS",
            converter = PlanConverters.Seconds.class,
            description = "End a call after this long without a byte from the server (default 120).")
    Integer idleTimeout;

    @Option(
            names = "--request-timeout",
            paramLabel = "SECONDS",
            converter = PlanConverters.Seconds.class,
            description = "Limit of one call, from sending to the last byte (default 60 + 0.5 per --max-tokens token).")
    Integer requestTimeout;

    @Option(
            names = "--fault-limit",
            paramLabel = "N",
            converter = PlanConverters.Count.class,
            description = "Stop the run (interrupted, exit 3) after N calls in a row lost to a failing server "
                    + "(default 3).")
    int faultLimit = BenchmarkPlan.DEFAULT_FAULT_LIMIT;

    /** The options over {@link CallTimeouts#defaults()}. */
    FaultPolicy policy() {
        CallTimeouts timeouts = CallTimeouts.defaults();
        if (idleTimeout != null) {
            timeouts = timeouts.withIdle(Duration.ofSeconds(idleTimeout));
        }
        if (requestTimeout != null) {
            timeouts = timeouts.withPerCall(Duration.ofSeconds(requestTimeout));
        }
        return new FaultPolicy(timeouts, faultLimit);
    }
}
