package org.tracelab.app.ui.benchmark;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracelab.app.service.bench.IfevalDownloads;
import org.tracelab.app.service.bench.PlanValues;
import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.app.ui.jobs.Job;
import org.tracelab.app.ui.jobs.JobRequest;
import org.tracelab.app.ui.jobs.JobState;
import org.tracelab.app.ui.jobs.Jobs;
import org.tracelab.core.dataset.IfevalDownload;
import org.tracelab.core.dataset.IfevalDownloader;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.flags.FeasibilityChecker;
import org.tracelab.core.io.InputProblemException;
import org.tracelab.core.run.CallSettings;

/**
 * The benchmark form's dataset section: the IFEval-format prompts file (chosen, recent, or got from Hugging Face by
 * "Get IFEval"), read in the background to count its tasks and the feasibility warnings at the plan's max tokens.
 * Contributes the prompts file, the task count the plan's limit is checked against, and its own problems.
 */
public final class DatasetSection {

    private static final Logger LOG = LoggerFactory.getLogger(DatasetSection.class);

    private final ObservableValue<Workspace> workspace;
    private final Jobs jobs;
    private final IfevalDownloads ifeval;
    private final ObservableValue<String> maxTokens;

    private final ObjectProperty<Path> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final ObservableList<Path> recentDatasets = FXCollections.observableArrayList();
    private final ObservableList<Path> recentDatasetsView = FXCollections.unmodifiableObservableList(recentDatasets);
    private final ReadOnlyStringWrapper datasetSummary = new ReadOnlyStringWrapper(this, "datasetSummary", "");
    private final JobState reading = new JobState();
    private final JobState download = new JobState();
    private final ReadOnlyStringWrapper ifevalStatus = new ReadOnlyStringWrapper(this, "ifevalStatus", "");
    private final IntegerProperty reads = new SimpleIntegerProperty(this, "reads");
    private List<IfevalTask> tasks;
    private String problem;
    private Job readJob = Job.DONE;
    private int generation;
    private Job downloadJob = Job.DONE;

    /**
     * @param recentFiles recently used files, most recent first; the JSON-lines ones are offered
     * @param maxTokens   the plan's max tokens as typed (blank or invalid: the default), for the feasibility count
     */
    public DatasetSection(ObservableValue<Workspace> workspace, Jobs jobs, IfevalDownloads ifeval,
            List<Path> recentFiles, ObservableValue<String> maxTokens) {
        this.workspace = workspace;
        this.jobs = jobs;
        this.ifeval = ifeval;
        this.maxTokens = maxTokens;
        recentDatasets.setAll(recentFiles.stream().filter(file -> file.toString().endsWith(".jsonl")).toList());
        dataset.addListener((obs, old, file) -> read());
        workspace.addListener((obs, old, now) -> {
            if (tasks == null && dataset.get() != null) {
                read();
            }
        });
        maxTokens.addListener(obs -> summarize());
    }

    /** What the section's problems depend on: the file, and each read of it as it starts and ends. */
    List<Observable> inputs() {
        return List.of(dataset, reads);
    }

    public ObjectProperty<Path> dataset() {
        return dataset;
    }

    /** Recently used JSON-lines files, most recent first. */
    public ObservableList<Path> recentDatasets() {
        return recentDatasetsView;
    }

    /** "71 tasks · 2 with feasibility warnings at 1280 max tokens", or why the file cannot be used. */
    public ReadOnlyStringProperty datasetSummary() {
        return datasetSummary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readingDataset() {
        return reading.running();
    }

    /** True while "Get IFEval" runs. */
    public ReadOnlyBooleanProperty gettingIfeval() {
        return download.running();
    }

    /** Bytes received of the announced size, -1 while unknown. */
    public ReadOnlyDoubleProperty ifevalProgress() {
        return download.progress();
    }

    /** What "Get IFEval" is doing or how it ended. */
    public ReadOnlyStringProperty ifevalStatus() {
        return ifevalStatus.getReadOnlyProperty();
    }

    /** The tasks of the prompts file, once read. */
    Optional<Integer> taskCount() {
        return Optional.ofNullable(tasks).map(List::size);
    }

    /**
     * Gets IFEval's prompts file in the background (the cached copy, else a download that must parse before it
     * is cached) and makes it the dataset.
     */
    public void getIfeval() {
        if (gettingIfeval().get()) {
            return;
        }
        downloadJob = jobs.submit(JobRequest.longRunning("Getting IFEval",
                        progress -> ifeval.obtain((read, total) -> {
                            progress.update(read, total > 0 ? total : -1);
                            progress.message(total > 0 ? kib(read) + " of " + kib(total) + " KiB" : kib(read) + " KiB");
                        }, progress::cancelled))
                .message("connecting")
                .tracking(download)
                .onSuccess(got -> {
                    endDownload(1);
                    ifevalStatus.set(describe(got));
                    dataset.set(got.file());
                })
                .onFailure(failure -> {
                    endDownload(0);
                    LOG.warn("Get IFEval failed", failure);
                    ifevalStatus.set("Could not get IFEval: " + failure.getMessage() + ". Check the network "
                            + "connection and try again, or choose a prompts file.");
                })
                .onCancelled(() -> {
                    endDownload(0);
                    ifevalStatus.set("Download cancelled.");
                }));
        if (gettingIfeval().get()) {
            ifevalStatus.bind(Bindings.concat("Getting ", IfevalDownloader.FILE_NAME, " from Hugging Face… ",
                    download.message()));
        }
    }

    /** Stops a running "Get IFEval"; a partial download is never cached. */
    public void cancelIfeval() {
        downloadJob.cancel();
    }

    /** The prompts file, when it has been read without a problem; the problems go to {@code problems}. */
    Optional<Path> prompts(List<String> problems, Long resumedRunId) {
        if (dataset.get() == null) {
            problems.add(resumedRunId != null ? "Choose the prompts file run #" + resumedRunId + " was started with."
                    : "Choose an IFEval-format prompts file.");
        } else if (problem != null) {
            problems.add("The prompts file cannot be used: " + problem);
        } else if (tasks == null) {
            problems.add("Reading the prompts file…");
        } else {
            return Optional.of(dataset.get());
        }
        return Optional.empty();
    }

    private void endDownload(double progress) {
        downloadJob = Job.DONE;
        ifevalStatus.unbind();
        download.settle(progress, "");
    }

    private void read() {
        Path file = dataset.get();
        Workspace store = workspace.getValue();
        readJob.cancel();
        int readingNow = ++generation;
        tasks = null;
        problem = null;
        reads.set(reads.get() + 1);
        if (file == null || store == null) {
            readJob = Job.DONE;
            datasetSummary.set("");
            return;
        }
        datasetSummary.set("Reading " + file.getFileName() + " …");
        readJob = jobs.submit(JobRequest.longRunning("Reading prompts", progress -> store.readPrompts(file))
                .message(file.getFileName().toString())
                .tracking(reading)
                .onSuccess(read -> {
                    if (readingNow == generation) {
                        tasks = read;
                        summarize();
                        reads.set(reads.get() + 1);
                    }
                })
                .onFailure(failure -> {
                    if (readingNow == generation) {
                        problem = failure instanceof InputProblemException problems
                                ? problems.problems().size() + " problem(s), first: " + problems.problems().get(0)
                                : String.valueOf(failure.getMessage());
                        datasetSummary.set("Cannot use this file: " + problem);
                        reads.set(reads.get() + 1);
                    }
                }));
    }

    /** Counts tasks and feasibility warnings; pure computation over the tasks already read. */
    private void summarize() {
        if (tasks == null) {
            return;
        }
        PlanValues.Parsed<Integer> given = PlanValues.count(maxTokens.getValue());
        int tokens = given.ok() ? given.value() : CallSettings.DEFAULT_MAX_TOKENS;
        FeasibilityChecker checker = new FeasibilityChecker(tokens);
        long warnings = tasks.stream().filter(task -> !checker.check(task).isEmpty()).count();
        datasetSummary.set(tasks.size() + " tasks · " + warnings + " with feasibility warnings at " + tokens
                + " max tokens");
    }

    private static String describe(IfevalDownload download) {
        String origin = download.isOfficialInputData()
                ? "byte-identical to the official input_data.jsonl"
                : "SHA-256 " + download.sha256().substring(0, 12) + "…, not byte-identical to the official "
                        + "input_data.jsonl";
        return "IFEval: " + download.tasks() + " prompts, " + origin + (download.fromCache() ? "; from the cache "
                : "; downloaded to ") + download.file();
    }

    static String kib(long bytes) {
        return String.format(Locale.ROOT, "%,d", (bytes + 1023) / 1024);
    }
}
