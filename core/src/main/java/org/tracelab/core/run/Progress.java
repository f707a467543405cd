package org.tracelab.core.run;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Where a job stands.
 *
 * @param doneChains  finished chains, those finished before a resume included
 * @param totalChains chains in the plan
 * @param attempts    attempts made in this session (a shared first attempt once; rule fixes included)
 * @param byMode      per mode wire name, finished chains and how many end with every instruction followed
 * @param elapsed     since this session started
 * @param eta         remaining time at this session's pace; empty until a chain has finished in it
 * @param faults      calls lost to transport faults in this session (not attempts; their chains stay unfinished)
 * @param lastFault   one line on the last of them, naming the endpoint; empty when there was none
 */
public record Progress(
        int doneChains,
        int totalChains,
        int attempts,
        Map<String, ModeTally> byMode,
        Duration elapsed,
        Optional<Duration> eta,
        int faults,
        Optional<String> lastFault) {

    public Progress {
        byMode = Map.copyOf(byMode);
        lastFault = lastFault == null ? Optional.empty() : lastFault;
    }

    /** Progress without faults. */
    public Progress(
            int doneChains,
            int totalChains,
            int attempts,
            Map<String, ModeTally> byMode,
            Duration elapsed,
            Optional<Duration> eta) {
        this(doneChains, totalChains, attempts, byMode, elapsed, eta, 0, Optional.empty());
    }

    /** Finished chains of one mode and how many passed (prompt-level strict). */
    public record ModeTally(int done, int strictPassed) {

        /** Pass rate so far, 0 when nothing is done. */
        public double passRate() {
            return done == 0 ? 0 : (double) strictPassed / done;
        }
    }
}
