package org.tracelab.app.service.bench;

import org.tracelab.core.run.Progress;
import org.tracelab.core.run.ProgressListener;
import org.tracelab.core.run.RecordedAttempt;
import org.tracelab.core.trace.CallFault;
import org.tracelab.core.trace.ChainKey;

/**
 * What a running benchmark tells its front end. Every method is called on the benchmark's own threads (several at
 * once when calls run in parallel) and must return quickly; a front end hands the news to its UI thread itself.
 */
public interface BenchmarkListener extends ProgressListener {

    BenchmarkListener NONE = new BenchmarkListener() {};

    /** A step of setting up, before the first chain: "reading tasks.jsonl", "connecting to qwen2.5". */
    default void settingUp(String step) {}

    /** The run is created (or reopened, when resuming) in the store with this id. */
    default void runOpened(long runId) {}

    /** An attempt was stored. */
    default void attemptRecorded(ChainKey chain, RecordedAttempt attempt) {}

    /**
     * A call was lost to a transport fault (the server refused, dropped, stalled or failed it) and kept as a fault
     * record: no attempt, its chain left unfinished for a resume.
     */
    default void callFaulted(CallFault fault) {}

    /** Chains done, per-mode pass rates and the ETA, after each chain. */
    @Override
    default void onProgress(Progress progress) {}
}
