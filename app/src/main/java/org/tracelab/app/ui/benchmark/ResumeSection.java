package org.tracelab.app.ui.benchmark;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.tracelab.app.service.bench.BenchmarkRequest;
import org.tracelab.app.service.bench.ModelTarget;
import org.tracelab.app.service.bench.StoredPlan;

/**
 * The benchmark form's resume section: the stored run being continued, if any. Its plan is locked (only where the
 * model and the prompts file are found, the API key and the concurrency may change); an API key the run used must be
 * typed again. The stored run's own check happens when the run starts ({@link
 * org.tracelab.app.service.bench.BenchmarkRun#execute}).
 */
public final class ResumeSection {

    private final ReadOnlyBooleanWrapper planLocked = new ReadOnlyBooleanWrapper(this, "planLocked");
    private StoredPlan resuming;

    /** True when continuing a stored run: its plan cannot change. */
    public ReadOnlyBooleanProperty planLocked() {
        return planLocked.getReadOnlyProperty();
    }

    /** The run being continued, null for a new run. */
    Long runId() {
        return resuming == null ? null : resuming.runId();
    }

    void resume(StoredPlan stored) {
        resuming = stored;
        planLocked.set(true);
    }

    /** This section's problems: the API key the run was started with must be given again. */
    void check(boolean apiKeyGiven, List<String> problems) {
        if (resuming != null && resuming.apiKeyUsed() && !apiKeyGiven) {
            problems.add("Enter the API key again: run #" + resuming.runId() + " used one, and keys are never stored.");
        }
    }

    /** The request that continues the stored run with the model and prompts file as the form now has them. */
    BenchmarkRequest request(ModelTarget target, Path dataset, int concurrency) {
        return resuming.request(target, dataset, concurrency);
    }
}
