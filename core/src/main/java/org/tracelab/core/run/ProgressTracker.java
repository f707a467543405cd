package org.tracelab.core.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.tracelab.core.trace.CallFault;

/** Counts finished chains and attempts and tells the listener; thread-safe. */
final class ProgressTracker {

    private final ProgressListener listener;
    private final Clock clock;
    private final int totalChains;
    private final Instant startedAt;
    private final Map<String, int[]> byMode = new LinkedHashMap<>();
    private int doneChains;
    private int doneThisSession;
    private int attempts;
    private int faults;
    private String lastFault;

    ProgressTracker(BenchmarkPlan plan, ResumeState resume, ProgressListener listener, Clock clock) {
        this.listener = listener;
        this.clock = clock;
        this.totalChains = plan.totalChains();
        this.startedAt = clock.instant();
        plan.modes().forEach(mode -> byMode.put(mode.wireName(), new int[2]));
        resume.finishedChains().forEach((key, passed) -> {
            int[] tally = byMode.get(key.mode());
            if (tally != null) {
                tally[0]++;
                tally[1] += passed ? 1 : 0;
                doneChains++;
            }
        });
    }

    synchronized int skipped() {
        return doneChains - doneThisSession;
    }

    synchronized int finishedThisSession() {
        return doneThisSession;
    }

    synchronized int attempts() {
        return attempts;
    }

    synchronized void attemptMade() {
        attempts++;
    }

    synchronized int doneChains() {
        return doneChains;
    }

    synchronized int totalChains() {
        return totalChains;
    }

    /** A call lost to a transport fault: no attempt, no chain; reported so the user sees the server failing. */
    synchronized void faulted(CallFault fault) {
        faults++;
        lastFault = (fault.endpoint() == null ? "" : fault.endpoint() + ": ") + fault.kind() + ": " + fault.message();
        report();
    }

    synchronized void chainFinished(String mode, boolean passed) {
        int[] tally = byMode.get(mode);
        tally[0]++;
        tally[1] += passed ? 1 : 0;
        doneChains++;
        doneThisSession++;
        report();
    }

    synchronized void report() {
        Duration elapsed = Duration.between(startedAt, clock.instant());
        Optional<Duration> eta = doneThisSession == 0
                ? Optional.empty()
                : Optional.of(elapsed.multipliedBy(totalChains - doneChains).dividedBy(doneThisSession));
        Map<String, Progress.ModeTally> tallies = new LinkedHashMap<>();
        byMode.forEach((mode, tally) -> tallies.put(mode, new Progress.ModeTally(tally[0], tally[1])));
        listener.onProgress(new Progress(
                doneChains, totalChains, attempts, tallies, elapsed, eta, faults, Optional.ofNullable(lastFault)));
    }
}
