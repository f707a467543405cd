package org.tracelab.app.ui.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tracelab.app.service.bench.DatasetDownloads;
import org.tracelab.app.service.bench.PlanValues;
import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.app.ui.jobs.Job;
import org.tracelab.app.ui.jobs.JobRequest;
import org.tracelab.app.ui.jobs.JobState;
import org.tracelab.app.ui.jobs.Jobs;
import org.tracelab.core.dataset.IfbenchDownload;
import org.tracelab.core.dataset.IfbenchDownloader;
import org.tracelab.core.dataset.IfevalDownload;
import org.tracelab.core.dataset.IfevalDownloader;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.dataset.TaskFile;
import org.tracelab.core.flags.FeasibilityChecker;
import org.tracelab.core.io.InputProblemException;
import org.tracelab.core.run.CallSettings;
import org.tracelab.core.verify.constraint.ConstraintFamily;
import org.tracelab.core.verify.constraint.TaskConstraint;

/**
 * The benchmark form's dataset section: the task file (chosen, recent, or got by "Get IFEval" or "Get IFBench"), read
 * in the background as {@code bench} reads it — any format Tracelab knows, detected from the file — to say which
 * format it is, count its tasks and the feasibility warnings at the plan's max tokens. Contributes the task file,
 * the task count the plan's limit is checked against, and its own problems; a file with bad lines is refused with
 * its first {@code FILE:LINE: field: problem}.
 */
public final class DatasetSection {

    private final ObservableValue<Workspace> workspace;
    private final Jobs jobs;
    private final ObservableValue<String> maxTokens;

    private final ObjectProperty<Path> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final ObservableList<Path> recentDatasets = FXCollections.observableArrayList();
    private final ObservableList<Path> recentDatasetsView = FXCollections.unmodifiableObservableList(recentDatasets);
    private final ReadOnlyStringWrapper datasetSummary = new ReadOnlyStringWrapper(this, "datasetSummary", "");
    private final ReadOnlyStringWrapper datasetFormat = new ReadOnlyStringWrapper(this, "datasetFormat", "");
    private final JobState reading = new JobState();
    private final PromptsDownloadModel ifeval;
    private final PromptsDownloadModel ifbench;
    private final BooleanBinding downloading;
    private final IntegerProperty reads = new SimpleIntegerProperty(this, "reads");
    private TaskFile taskFile;
    private String problem;
    private Job readJob = Job.DONE;
    private int generation;

    /**
     * @param downloads   where "Get IFEval" and "Get IFBench" get their prompts files
     * @param recentFiles recently used files, most recent first; the JSON-lines ones are offered
     * @param maxTokens   the plan's max tokens as typed (blank or invalid: the default), for the feasibility count
     */
    public DatasetSection(
            ObservableValue<Workspace> workspace,
            Jobs jobs,
            DatasetDownloads downloads,
            List<Path> recentFiles,
            ObservableValue<String> maxTokens) {
        this.workspace = workspace;
        this.jobs = jobs;
        this.maxTokens = maxTokens;
        this.ifeval = new PromptsDownloadModel(
                "IFEval",
                IfevalDownloader.FILE_NAME,
                "Hugging Face",
                jobs,
                (listener, cancelled) -> {
                    IfevalDownload got = downloads.ifeval().obtain(listener, cancelled);
                    return new PromptsDownloadModel.Got(got.file(), describe(got));
                },
                dataset::set);
        this.ifbench = new PromptsDownloadModel(
                "IFBench",
                IfbenchDownloader.FILE_NAME,
                "GitHub",
                jobs,
                (listener, cancelled) -> {
                    IfbenchDownload got = downloads.ifbench().obtain(listener, cancelled);
                    return new PromptsDownloadModel.Got(got.file(), describe(got));
                },
                dataset::set);
        downloading = this.ifeval.running().or(this.ifbench.running());
        recentDatasets.setAll(recentFiles.stream()
                .filter(file -> file.toString().endsWith(".jsonl"))
                .toList());
        dataset.addListener((obs, old, file) -> read());
        workspace.addListener((obs, old, now) -> {
            if (taskFile == null && dataset.get() != null) {
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

    /**
     * The format the file was read in and what its tasks are, e.g. "IFEval format · IFBench instructions" or
     * "WasmAgent TaskSpec · custom rules · 2 tasks with soft constraints"; empty until the file is read.
     */
    public ReadOnlyStringProperty datasetFormat() {
        return datasetFormat.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readingDataset() {
        return reading.running();
    }

    /** "Get IFEval": Google's official prompts file from Hugging Face. */
    public PromptsDownloadModel ifeval() {
        return ifeval;
    }

    /** "Get IFBench": AllenAI's IFBench test prompts from GitHub. */
    public PromptsDownloadModel ifbench() {
        return ifbench;
    }

    /** True while either download runs; the other waits, so the task file is the one asked for last. */
    public BooleanBinding downloading() {
        return downloading;
    }

    /** The tasks of the task file, once read. */
    Optional<Integer> taskCount() {
        return Optional.ofNullable(taskFile).map(file -> file.tasks().size());
    }

    /** The task file, when it has been read without a problem; the problems go to {@code problems}. */
    Optional<Path> prompts(List<String> problems, Long resumedRunId) {
        if (dataset.get() == null) {
            problems.add(
                    resumedRunId != null
                            ? "Choose the task file run #" + resumedRunId + " was started with."
                            : "Choose a task file (IFEval, IFBench or WasmAgent format), or get IFEval or IFBench.");
        } else if (problem != null) {
            problems.add("The task file cannot be used: " + problem);
        } else if (taskFile == null) {
            problems.add("Reading the task file…");
        } else {
            return Optional.of(dataset.get());
        }
        return Optional.empty();
    }

    private void read() {
        Path file = dataset.get();
        Workspace store = workspace.getValue();
        readJob.cancel();
        int readingNow = ++generation;
        taskFile = null;
        problem = null;
        datasetFormat.set("");
        reads.set(reads.get() + 1);
        if (file == null || store == null) {
            readJob = Job.DONE;
            datasetSummary.set("");
            return;
        }
        datasetSummary.set("Reading " + file.getFileName() + " …");
        readJob = jobs.submit(JobRequest.longRunning("Reading tasks", progress -> store.readTaskFile(file))
                .message(file.getFileName().toString())
                .tracking(reading)
                .onSuccess(read -> {
                    if (readingNow == generation) {
                        taskFile = read;
                        datasetFormat.set(describe(read));
                        summarize();
                        reads.set(reads.get() + 1);
                    }
                })
                .onFailure(failure -> {
                    if (readingNow == generation) {
                        problem = failure instanceof InputProblemException problems
                                ? firstProblem(problems)
                                : String.valueOf(failure.getMessage());
                        datasetSummary.set("Cannot use this file: " + problem);
                        reads.set(reads.get() + 1);
                    }
                }));
    }

    /** Counts tasks and feasibility warnings; pure computation over the tasks already read. */
    private void summarize() {
        if (taskFile == null) {
            return;
        }
        PlanValues.Parsed<Integer> given = PlanValues.count(maxTokens.getValue());
        int tokens = given.ok() ? given.value() : CallSettings.DEFAULT_MAX_TOKENS;
        FeasibilityChecker checker = new FeasibilityChecker(tokens);
        List<IfevalTask> tasks = taskFile.tasks();
        long warnings =
                tasks.stream().filter(task -> !checker.check(task).isEmpty()).count();
        datasetSummary.set(
                tasks.size() + " tasks · " + warnings + " with feasibility warnings at " + tokens + " max tokens");
    }

    /** "FILE:LINE: field: problem", and how many more there are: the line a person fixes first. */
    private static String firstProblem(InputProblemException problems) {
        int more = problems.problems().size() - 1;
        return problems.problems().get(0)
                + (more == 0 ? "" : " (and " + more + " more problem" + (more == 1 ? "" : "s") + ")");
    }

    /** The format, the benchmarks its instructions come from, composed and soft tasks. */
    static String describe(TaskFile file) {
        List<String> parts = new ArrayList<>();
        parts.add(
                switch (file.format()) {
                    case IFEVAL -> "IFEval format";
                    case WASMAGENT_SHORT -> "WasmAgent short shape";
                    case WASMAGENT_TASKSPEC -> "WasmAgent TaskSpec";
                });
        Set<ConstraintFamily> families = EnumSet.noneOf(ConstraintFamily.class);
        file.tasks()
                .forEach(task -> task.constraints().stream()
                        .map(TaskConstraint::type)
                        .forEach(type -> families.add(type.family())));
        List<String> sources = new ArrayList<>();
        if (families.contains(ConstraintFamily.IFEVAL)) {
            sources.add("IFEval instructions");
        }
        if (families.contains(ConstraintFamily.IFBENCH)) {
            sources.add("IFBench instructions");
        }
        if (families.contains(ConstraintFamily.CUSTOM)) {
            sources.add("custom rules");
        }
        if (!sources.isEmpty()) {
            parts.add(String.join(" and ", sources));
        }
        Set<String> pools = new TreeSet<>();
        long composed = 0;
        for (IfevalTask task : file.tasks()) {
            JsonNode pool = task.provenance() == null ? null : task.provenance().get("pool");
            if (pool != null && pool.isTextual()) {
                composed++;
                pools.add(pool.textValue());
            }
        }
        if (composed > 0) {
            parts.add(composed + " composed from " + String.join(", ", pools));
        }
        long soft = file.tasks().stream().filter(IfevalTask::hasSoftConstraints).count();
        if (soft > 0) {
            parts.add(soft + " with soft constraints");
        }
        return String.join(" · ", parts);
    }

    private static String describe(IfevalDownload download) {
        String origin = download.isOfficialInputData()
                ? "byte-identical to the official input_data.jsonl"
                : "SHA-256 " + download.sha256().substring(0, 12) + "…, not byte-identical to the official "
                        + "input_data.jsonl";
        return "IFEval: " + download.tasks() + " prompts, " + origin + where(download.fromCache(), download.file());
    }

    private static String describe(IfbenchDownload download) {
        String origin = download.isReferenceTestFile()
                ? "byte-identical to the test file Tracelab's IFBench conformance tests use"
                : "SHA-256 " + download.sha256().substring(0, 12) + "…, not the test file Tracelab's IFBench "
                        + "conformance tests use";
        return "IFBench: " + download.tasks() + " prompts, " + origin + where(download.fromCache(), download.file());
    }

    private static String where(boolean fromCache, Path file) {
        return (fromCache ? "; from the cache " : "; downloaded to ") + file;
    }
}
