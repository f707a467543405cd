package org.tracelab.app.ui.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tracelab.app.service.bench.BenchmarkRequest;
import org.tracelab.app.service.bench.DatasetDownloads;
import org.tracelab.app.service.bench.FaultPolicy;
import org.tracelab.app.service.bench.ModelTarget;
import org.tracelab.app.service.bench.RunPlan;
import org.tracelab.app.service.bench.StoredPlan;
import org.tracelab.app.ui.jobs.Jobs;
import org.tracelab.app.ui.settings.BenchmarkDefaults;
import org.tracelab.app.ui.workspace.StoreSession;

/**
 * The "Run a benchmark" form: five sections, each a small view model that contributes its part of the request and
 * its own problems — {@link ModelSection}, {@link DatasetSection}, {@link PlanSection}, {@link FaultSection},
 * {@link ResumeSection} — and the run itself ({@link BenchmarkRuns}). Start is possible only when no section has a problem and no run goes.
 */
public final class BenchmarkViewModel {

    private final StoreSession session;
    private final BenchmarkRuns runs;
    private final Consumer<Path> onDatasetUsed;
    private final ModelSection model;
    private final DatasetSection dataset;
    private final PlanSection plan = new PlanSection();
    private final FaultSection faults = new FaultSection();
    private final ResumeSection resume = new ResumeSection();
    private final ObservableList<String> validation = FXCollections.observableArrayList();
    private final ObservableList<String> validationView = FXCollections.unmodifiableObservableList(validation);
    private final BooleanBinding canStart;
    private BenchmarkRequest valid;
    private Consumer<BenchmarkDefaults> onStarted = started -> {};

    /**
     * @param downloads     where "Get IFEval" and "Get IFBench" get their prompts files
     * @param recentFiles   recently used files, offered as task files
     * @param onDatasetUsed told the task file of each started run, to remember it among the recent files
     */
    public BenchmarkViewModel(
            StoreSession session,
            Jobs jobs,
            BenchmarkRuns runs,
            DatasetDownloads downloads,
            List<Path> recentFiles,
            Consumer<Path> onDatasetUsed) {
        this.session = session;
        this.runs = runs;
        this.onDatasetUsed = onDatasetUsed;
        this.model = new ModelSection(jobs, runs.connections());
        this.dataset = new DatasetSection(session.workspace(), jobs, downloads, recentFiles, plan.maxTokens());
        canStart = Bindings.isEmpty(validation).and(runs.running().not());
        List<Observable> inputs = new ArrayList<>();
        inputs.addAll(model.inputs());
        inputs.add(model.apiKey());
        inputs.addAll(dataset.inputs());
        inputs.addAll(plan.inputs());
        inputs.addAll(faults.inputs());
        inputs.add(session.workspace());
        inputs.forEach(input -> input.addListener(obs -> validate()));
        validate();
    }

    public ModelSection model() {
        return model;
    }

    public DatasetSection dataset() {
        return dataset;
    }

    public PlanSection plan() {
        return plan;
    }

    public FaultSection faults() {
        return faults;
    }

    public ResumeSection resume() {
        return resume;
    }

    /** True when continuing a stored run: its plan cannot change, only where the model and prompts are found. */
    public ReadOnlyBooleanProperty planLocked() {
        return resume.planLocked();
    }

    public BenchmarkRuns runs() {
        return runs;
    }

    /** Every section's problems, in form order; empty when the form can start. */
    public ObservableList<String> validationMessages() {
        return validationView;
    }

    public BooleanBinding canStart() {
        return canStart;
    }

    /** Fills the form in as the last run was started (the API key is never kept). */
    public void fill(BenchmarkDefaults defaults) {
        if (defaults.gguf() != null && defaults.endpoint() == null) {
            model.useGguf().set(true);
            model.gguf().set(defaults.gguf());
        }
        if (defaults.endpoint() != null) {
            model.endpoint().set(defaults.endpoint());
        }
        if (defaults.model() != null) {
            model.model().set(defaults.model());
        }
        if (defaults.dataset() != null) {
            dataset.dataset().set(defaults.dataset());
        }
        if (defaults.seeds() != null) {
            plan.seeds().set(defaults.seeds());
        }
        validate();
    }

    /** Told, on each start, what the next form should start with. */
    public void onStarted(Consumer<BenchmarkDefaults> action) {
        this.onStarted = action;
    }

    /** Fills the form from a stored run to continue it; the API key, if one was used, must be typed again. */
    public void prepareResume(StoredPlan stored) {
        resume.resume(stored);
        model.show(stored.target());
        plan.show(stored.plan(), stored.info().name());
        dataset.dataset().set(stored.dataset());
        validate();
    }

    /** Starts (or resumes) the run when the form is valid. */
    public boolean start() {
        validate();
        if (!canStart.get() || valid == null) {
            return false;
        }
        onDatasetUsed.accept(valid.dataset());
        runs.start(valid, model.key());
        onStarted.accept(
                model.useGguf().get()
                        ? new BenchmarkDefaults(
                                null,
                                null,
                                model.gguf().get(),
                                valid.dataset(),
                                plan.seeds().get())
                        : new BenchmarkDefaults(
                                model.endpoint().get(),
                                model.model().get(),
                                null,
                                valid.dataset(),
                                plan.seeds().get()));
        return true;
    }

    private void validate() {
        List<String> problems = new ArrayList<>();
        if (session.workspace().get() == null) {
            problems.add("The store is not open yet.");
        }
        Optional<ModelTarget> target = model.target(problems);
        resume.check(model.apiKeyGiven(), problems);
        Optional<Path> prompts = dataset.prompts(problems, resume.runId());
        Optional<RunPlan> runPlan = plan.plan(problems, dataset.taskCount());
        Optional<FaultPolicy> policy = faults.policy(problems);
        validation.setAll(problems);
        valid = null;
        if (problems.isEmpty()) {
            BenchmarkRequest request = resume.runId() != null
                    ? resume.request(
                            target.orElseThrow(),
                            prompts.orElseThrow(),
                            runPlan.orElseThrow().concurrency())
                    : new BenchmarkRequest(
                            target.orElseThrow(),
                            prompts.orElseThrow(),
                            runPlan.orElseThrow(),
                            plan.runName(target.orElseThrow()),
                            null);
            valid = request.withFaults(policy.orElseThrow());
        }
    }
}
