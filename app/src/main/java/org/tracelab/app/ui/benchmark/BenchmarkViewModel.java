package org.tracelab.app.ui.benchmark;

import org.tracelab.app.service.bench.BenchmarkRequest;
import org.tracelab.app.service.bench.RunPlan;
import org.tracelab.app.service.bench.StoredPlan;
import org.tracelab.app.service.bench.IfevalDownloads;
import org.tracelab.app.service.bench.ModelTarget;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracelab.app.ui.jobs.BackgroundJobs;
import org.tracelab.app.ui.workspace.StoreSession;
import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.core.dataset.IfevalDownload;
import org.tracelab.core.dataset.IfevalDownloader;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.flags.FeasibilityChecker;
import org.tracelab.core.io.InputProblemException;
import org.tracelab.core.model.ApiKey;
import org.tracelab.core.model.DetectedServer;
import org.tracelab.core.run.CallSettings;
import org.tracelab.core.run.Mode;

/**
 * The "Run a benchmark" form. Inputs are writable properties; everything derived — the detected servers, the
 * connection test's answer, the dataset's task and warning counts, the validation messages and whether Start is
 * possible — is read-only. Detection, the connection test and reading the prompts file run in background tasks.
 * The API key lives only here and in the running job: it is never stored.
 */
public final class BenchmarkViewModel {

    public static final String OLLAMA_NOTE = "Note: Ollama's /v1 endpoint silently truncates prompts beyond 4,096 "
            + "tokens (its default context), which can fail long prompts for reasons unrelated to the model.";

    private static final Logger LOG = LoggerFactory.getLogger(BenchmarkViewModel.class);

    private final StoreSession session;
    private final BackgroundJobs jobs;
    private final BenchmarkRuns runs;
    private final IfevalDownloads ifeval;
    private final Consumer<Path> onDatasetUsed;

    private final ObservableList<DetectedModel> detected = FXCollections.observableArrayList();
    private final ObservableList<DetectedModel> detectedView = FXCollections.unmodifiableObservableList(detected);
    private final ReadOnlyBooleanWrapper detecting = new ReadOnlyBooleanWrapper(this, "detecting");
    private final ReadOnlyStringWrapper detectionStatus = new ReadOnlyStringWrapper(this, "detectionStatus", "");
    private final ObjectProperty<DetectedModel> chosenDetected = new SimpleObjectProperty<>(this, "chosenDetected");

    private final BooleanProperty useGguf = new SimpleBooleanProperty(this, "useGguf");
    private final StringProperty endpoint = new SimpleStringProperty(this, "endpoint", "");
    private final StringProperty model = new SimpleStringProperty(this, "model", "");
    private final StringProperty apiKey = new SimpleStringProperty(this, "apiKey", "");
    private final ObjectProperty<Path> gguf = new SimpleObjectProperty<>(this, "gguf");
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(this, "testing");
    private final ReadOnlyStringWrapper connectionStatus = new ReadOnlyStringWrapper(this, "connectionStatus", "");
    private final ObservableList<String> serverModels = FXCollections.observableArrayList();
    private final ObservableList<String> serverModelsView = FXCollections.unmodifiableObservableList(serverModels);

    private final ObjectProperty<Path> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final ObservableList<Path> recentDatasets = FXCollections.observableArrayList();
    private final ObservableList<Path> recentDatasetsView = FXCollections.unmodifiableObservableList(recentDatasets);
    private final ReadOnlyStringWrapper datasetSummary = new ReadOnlyStringWrapper(this, "datasetSummary", "");
    private final ReadOnlyBooleanWrapper readingDataset = new ReadOnlyBooleanWrapper(this, "readingDataset");
    private List<IfevalTask> tasks;
    private String datasetProblem;
    private final ReadOnlyBooleanWrapper gettingIfeval = new ReadOnlyBooleanWrapper(this, "gettingIfeval");
    private final ReadOnlyDoubleWrapper ifevalProgress = new ReadOnlyDoubleWrapper(this, "ifevalProgress", 0);
    private final ReadOnlyStringWrapper ifevalStatus = new ReadOnlyStringWrapper(this, "ifevalStatus", "");
    private GetIfevalTask ifevalTask;

    private final BooleanProperty direct = new SimpleBooleanProperty(this, "direct", true);
    private final BooleanProperty promptRetry = new SimpleBooleanProperty(this, "promptRetry", true);
    private final BooleanProperty fullPcl = new SimpleBooleanProperty(this, "fullPcl", true);
    private final StringProperty seeds = new SimpleStringProperty(this, "seeds", "42");
    private final StringProperty forks = new SimpleStringProperty(this, "forks", "1");
    private final StringProperty limit = new SimpleStringProperty(this, "limit", "");
    private final StringProperty sampleSeed = new SimpleStringProperty(this, "sampleSeed", "0");
    private final StringProperty temperature = new SimpleStringProperty(this, "temperature", "");
    private final StringProperty maxTokens = new SimpleStringProperty(this, "maxTokens", "");
    private final StringProperty systemPrompt = new SimpleStringProperty(this, "systemPrompt", "");
    private final StringProperty concurrency = new SimpleStringProperty(this, "concurrency", "1");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");

    private final ReadOnlyBooleanWrapper planLocked = new ReadOnlyBooleanWrapper(this, "planLocked");
    private StoredPlan resuming;

    private final ObservableList<String> validation = FXCollections.observableArrayList();
    private final ObservableList<String> validationView = FXCollections.unmodifiableObservableList(validation);
    private final BooleanBinding canStart;
    private BenchmarkRequest valid;
    private Task<?> datasetTask;

    /**
     * @param ifeval        where "Get IFEval" gets the official prompts file
     * @param onDatasetUsed told the prompts file of each started run, to remember it among the recent files
     */
    public BenchmarkViewModel(StoreSession session, BackgroundJobs jobs, BenchmarkRuns runs, IfevalDownloads ifeval,
            List<Path> recentFiles, Consumer<Path> onDatasetUsed) {
        this.session = session;
        this.jobs = jobs;
        this.runs = runs;
        this.ifeval = ifeval;
        this.onDatasetUsed = onDatasetUsed;
        recentDatasets.setAll(recentFiles.stream().filter(file -> file.toString().endsWith(".jsonl")).toList());
        canStart = Bindings.isEmpty(validation).and(runs.running().not());
        chosenDetected.addListener((obs, old, choice) -> {
            if (choice != null) {
                useGguf.set(false);
                endpoint.set(choice.server().baseUrl().toString());
                if (choice.model() != null) {
                    model.set(choice.model());
                }
            }
        });
        dataset.addListener((obs, old, file) -> readDataset());
        session.workspace().addListener((obs, old, workspace) -> {
            if (tasks == null && dataset.get() != null) {
                readDataset();
            }
        });
        maxTokens.addListener(obs -> summarizeDataset());
        Observable[] inputs = {useGguf, endpoint, model, apiKey, gguf, dataset, direct, promptRetry, fullPcl, seeds,
            forks, limit, sampleSeed, temperature, maxTokens, systemPrompt, concurrency, name, session.workspace()};
        for (Observable input : inputs) {
            input.addListener(obs -> validate());
        }
        validate();
    }

    // Model

    public ObservableList<DetectedModel> detected() {
        return detectedView;
    }

    public ReadOnlyBooleanProperty detecting() {
        return detecting.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detectionStatus() {
        return detectionStatus.getReadOnlyProperty();
    }

    /** Choosing a detected model fills in the endpoint and model. */
    public ObjectProperty<DetectedModel> chosenDetected() {
        return chosenDetected;
    }

    public BooleanProperty useGguf() {
        return useGguf;
    }

    /** One base URL including /v1, or several separated by spaces or commas. */
    public StringProperty endpoint() {
        return endpoint;
    }

    public StringProperty model() {
        return model;
    }

    /** Optional bearer token; never saved. */
    public StringProperty apiKey() {
        return apiKey;
    }

    public ObjectProperty<Path> gguf() {
        return gguf;
    }

    public ReadOnlyBooleanProperty testing() {
        return testing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty connectionStatus() {
        return connectionStatus.getReadOnlyProperty();
    }

    /** The models the endpoint listed in the last connection test. */
    public ObservableList<String> serverModels() {
        return serverModelsView;
    }

    // Dataset

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
        return readingDataset.getReadOnlyProperty();
    }

    /** True while "Get IFEval" runs. */
    public ReadOnlyBooleanProperty gettingIfeval() {
        return gettingIfeval.getReadOnlyProperty();
    }

    /** Bytes received of the announced size, -1 while unknown. */
    public ReadOnlyDoubleProperty ifevalProgress() {
        return ifevalProgress.getReadOnlyProperty();
    }

    /** What "Get IFEval" is doing or how it ended. */
    public ReadOnlyStringProperty ifevalStatus() {
        return ifevalStatus.getReadOnlyProperty();
    }

    /**
     * Gets IFEval's prompts file in the background (the cached copy, else a download that must parse before it
     * is cached) and makes it the dataset.
     */
    public void getIfeval() {
        if (gettingIfeval.get()) {
            return;
        }
        GetIfevalTask task = new GetIfevalTask(ifeval);
        ifevalTask = task;
        gettingIfeval.set(true);
        ifevalProgress.bind(task.progressProperty());
        ifevalStatus.bind(Bindings.concat("Getting ", IfevalDownloader.FILE_NAME, " from Hugging Face… ",
                task.messageProperty()));
        task.setOnSucceeded(event -> {
            endIfeval(1);
            IfevalDownload download = task.getValue();
            ifevalStatus.set(describe(download));
            dataset.set(download.file());
        });
        task.setOnFailed(event -> {
            endIfeval(0);
            Throwable failure = task.getException();
            LOG.warn("Get IFEval failed", failure);
            ifevalStatus.set("Could not get IFEval: " + failure.getMessage() + ". Check the network connection and "
                    + "try again, or choose a prompts file.");
        });
        task.setOnCancelled(event -> {
            endIfeval(0);
            ifevalStatus.set("Download cancelled.");
        });
        jobs.run(task);
    }

    /** Stops a running "Get IFEval"; a partial download is never cached. */
    public void cancelIfeval() {
        if (ifevalTask != null) {
            ifevalTask.cancel();
        }
    }

    private void endIfeval(double progress) {
        ifevalTask = null;
        gettingIfeval.set(false);
        ifevalProgress.unbind();
        ifevalProgress.set(progress);
        ifevalStatus.unbind();
    }

    private static String describe(IfevalDownload download) {
        String origin = download.isOfficialInputData()
                ? "byte-identical to the official input_data.jsonl"
                : "SHA-256 " + download.sha256().substring(0, 12) + "…, not byte-identical to the official "
                        + "input_data.jsonl";
        return "IFEval: " + download.tasks() + " prompts, " + origin + (download.fromCache() ? "; from the cache "
                : "; downloaded to ") + download.file();
    }

    // Plan

    public BooleanProperty direct() {
        return direct;
    }

    public BooleanProperty promptRetry() {
        return promptRetry;
    }

    public BooleanProperty fullPcl() {
        return fullPcl;
    }

    /** Comma-separated chain seeds. */
    public StringProperty seeds() {
        return seeds;
    }

    public StringProperty forks() {
        return forks;
    }

    /** Blank for every task. */
    public StringProperty limit() {
        return limit;
    }

    public StringProperty sampleSeed() {
        return sampleSeed;
    }

    /** Blank for the default (0.2 with one fork, 0.8 with several). */
    public StringProperty temperature() {
        return temperature;
    }

    /** Blank for the default (1280). */
    public StringProperty maxTokens() {
        return maxTokens;
    }

    /** Blank for none; otherwise the first (system) message of every request of every mode. */
    public StringProperty systemPrompt() {
        return systemPrompt;
    }

    public StringProperty concurrency() {
        return concurrency;
    }

    /** Blank for "model date". */
    public StringProperty name() {
        return name;
    }

    /** True when continuing a stored run: its plan cannot change, only where the model and prompts are found. */
    public ReadOnlyBooleanProperty planLocked() {
        return planLocked.getReadOnlyProperty();
    }

    public BenchmarkRuns runs() {
        return runs;
    }

    public ObservableList<String> validationMessages() {
        return validationView;
    }

    public BooleanBinding canStart() {
        return canStart;
    }

    /** Fills the form from a stored run to continue it; the API key, if one was used, must be typed again. */
    public void prepareResume(StoredPlan stored) {
        resuming = stored;
        planLocked.set(true);
        if (stored.target() instanceof ModelTarget.GgufFile file) {
            useGguf.set(true);
            gguf.set(file.file());
        } else {
            ModelTarget.Endpoints endpoints = (ModelTarget.Endpoints) stored.target();
            useGguf.set(false);
            endpoint.set(String.join(" ", endpoints.urls().stream().map(URI::toString).toList()));
            model.set(endpoints.model());
        }
        direct.set(stored.info().modes().contains(Mode.Direct.NAME));
        promptRetry.set(stored.info().modes().contains(Mode.PromptRetry.NAME));
        fullPcl.set(stored.info().modes().contains(Mode.FullPcl.NAME));
        seeds.set(String.join(",", stored.info().seeds().stream().map(String::valueOf).toList()));
        forks.set(String.valueOf(stored.info().forks()));
        RunPlan plan = stored.plan();
        limit.set(plan.limit() == null ? "" : String.valueOf(plan.limit()));
        sampleSeed.set(String.valueOf(plan.sampleSeed()));
        temperature.set(plan.temperature() == null ? "" : String.valueOf(plan.temperature()));
        maxTokens.set(plan.maxTokens() == null ? "" : String.valueOf(plan.maxTokens()));
        systemPrompt.set(plan.systemPrompt() == null ? "" : plan.systemPrompt());
        concurrency.set(String.valueOf(plan.concurrency()));
        name.set(stored.info().name());
        dataset.set(stored.dataset());
        validate();
    }

    /** Looks for local servers in the background. */
    public void detect() {
        if (detecting.get()) {
            return;
        }
        detecting.set(true);
        detectionStatus.set("Looking for local model servers…");
        Task<List<DetectedServer>> task = new Task<>() {
            {
                updateTitle("Looking for model servers");
                updateMessage("");
            }

            @Override
            protected List<DetectedServer> call() {
                return runs.connections().detect();
            }
        };
        task.setOnSucceeded(event -> {
            detecting.set(false);
            List<DetectedModel> found = new ArrayList<>();
            for (DetectedServer server : task.getValue()) {
                if (server.models().isEmpty()) {
                    found.add(new DetectedModel(server, null));
                }
                server.models().forEach(name -> found.add(new DetectedModel(server, name)));
            }
            detected.setAll(found);
            detectionStatus.set(task.getValue().isEmpty() ? "No local model server found (Ollama, llama-server, "
                    + "vLLM, LM Studio on their usual ports). Enter an endpoint or choose a GGUF file."
                    : "Found " + task.getValue().size() + " server(s), " + found.size() + " model(s).");
        });
        task.setOnFailed(event -> {
            detecting.set(false);
            detectionStatus.set("Could not look for servers: " + task.getException().getMessage());
        });
        jobs.run(task);
    }

    /** Asks the (first) endpoint for its models, in the background. */
    public void testConnection() {
        Optional<URI> url = endpoints().stream().findFirst();
        if (url.isEmpty() || testing.get()) {
            connectionStatus.set(url.isEmpty() ? "Enter an endpoint URL first." : connectionStatus.get());
            return;
        }
        Optional<ApiKey> key = key();
        testing.set(true);
        connectionStatus.set("Asking " + url.get() + " …");
        Task<List<String>> task = new Task<>() {
            {
                updateTitle("Testing connection");
                updateMessage(url.get().toString());
            }

            @Override
            protected List<String> call() throws Exception {
                return runs.connections().listModels(url.get(), key);
            }
        };
        task.setOnSucceeded(event -> {
            testing.set(false);
            serverModels.setAll(task.getValue());
            connectionStatus.set("Answers: " + (task.getValue().isEmpty() ? "no models listed"
                    : task.getValue().size() + " model(s): " + String.join(", ", task.getValue())));
        });
        task.setOnFailed(event -> {
            testing.set(false);
            serverModels.clear();
            connectionStatus.set("No answer from " + url.get() + ": " + task.getException().getMessage());
        });
        jobs.run(task);
    }

    /** Starts (or resumes) the run when the form is valid. */
    public boolean start() {
        validate();
        if (!canStart.get() || valid == null) {
            return false;
        }
        onDatasetUsed.accept(valid.dataset());
        runs.start(valid, key());
        return true;
    }

    private Optional<ApiKey> key() {
        return apiKey.get() == null || apiKey.get().isBlank() ? Optional.empty() : Optional.of(ApiKey.of(apiKey.get().strip()));
    }

    private List<URI> endpoints() {
        List<URI> urls = new ArrayList<>();
        for (String part : endpoint.get() == null ? new String[0] : endpoint.get().trim().split("[\\s,]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                URI uri = new URI(part);
                if (uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                    urls.add(uri);
                    continue;
                }
            } catch (java.net.URISyntaxException e) {
                // reported below as not a URL
            }
            return List.of();
        }
        return urls;
    }

    private void readDataset() {
        Path file = dataset.get();
        Workspace workspace = session.workspace().get();
        tasks = null;
        datasetProblem = null;
        if (datasetTask != null) {
            datasetTask.cancel();
        }
        if (file == null || workspace == null) {
            readingDataset.set(false);
            datasetSummary.set("");
            validate();
            return;
        }
        readingDataset.set(true);
        datasetSummary.set("Reading " + file.getFileName() + " …");
        Task<List<IfevalTask>> task = new Task<>() {
            {
                updateTitle("Reading prompts");
                updateMessage(file.getFileName().toString());
            }

            @Override
            protected List<IfevalTask> call() {
                return workspace.readPrompts(file);
            }
        };
        datasetTask = task;
        task.setOnSucceeded(event -> {
            if (task == datasetTask) {
                readingDataset.set(false);
                tasks = task.getValue();
                summarizeDataset();
                validate();
            }
        });
        task.setOnFailed(event -> {
            if (task == datasetTask) {
                readingDataset.set(false);
                Throwable failure = task.getException();
                datasetProblem = failure instanceof InputProblemException problems
                        ? problems.problems().size() + " problem(s), first: " + problems.problems().get(0)
                        : String.valueOf(failure.getMessage());
                datasetSummary.set("Cannot use this file: " + datasetProblem);
                validate();
            }
        });
        jobs.run(task);
    }

    /** Counts tasks and feasibility warnings; pure computation over the tasks already read. */
    private void summarizeDataset() {
        if (tasks == null) {
            return;
        }
        int tokens = parseInt(maxTokens.get()).filter(n -> n > 0).orElse(CallSettings.DEFAULT_MAX_TOKENS);
        FeasibilityChecker checker = new FeasibilityChecker(tokens);
        long warnings = tasks.stream().filter(task -> !checker.check(task).isEmpty()).count();
        datasetSummary.set(tasks.size() + " tasks · " + warnings + " with feasibility warnings at " + tokens
                + " max tokens");
    }

    private void validate() {
        List<String> messages = new ArrayList<>();
        valid = null;
        if (session.workspace().get() == null) {
            messages.add("The store is not open yet.");
        }
        ModelTarget target = null;
        if (useGguf.get()) {
            if (gguf.get() == null) {
                messages.add("Choose a .gguf model file.");
            } else if (!gguf.get().getFileName().toString().toLowerCase().endsWith(".gguf")) {
                messages.add("The model file must be a .gguf file.");
            } else {
                target = new ModelTarget.GgufFile(gguf.get());
            }
        } else {
            List<URI> urls = endpoints();
            if (urls.isEmpty()) {
                messages.add("Enter the endpoint URL (e.g. http://127.0.0.1:8080/v1), pick a detected server, or "
                        + "choose a GGUF file.");
            }
            if (blank(model.get())) {
                messages.add("Enter the model name the server expects.");
            }
            if (!urls.isEmpty() && !blank(model.get())) {
                target = new ModelTarget.Endpoints(urls, model.get().strip());
            }
        }
        if (resuming != null && resuming.apiKeyUsed() && blank(apiKey.get())) {
            messages.add("Enter the API key again: run #" + resuming.runId() + " used one, and keys are never stored.");
        }
        if (dataset.get() == null) {
            messages.add(resuming != null ? "Choose the prompts file run #" + resuming.runId() + " was started with."
                    : "Choose an IFEval-format prompts file.");
        } else if (datasetProblem != null) {
            messages.add("The prompts file cannot be used: " + datasetProblem);
        } else if (tasks == null) {
            messages.add("Reading the prompts file…");
        }
        List<String> modes = new ArrayList<>();
        if (direct.get()) {
            modes.add(Mode.Direct.NAME);
        }
        if (promptRetry.get()) {
            modes.add(Mode.PromptRetry.NAME);
        }
        if (fullPcl.get()) {
            modes.add(Mode.FullPcl.NAME);
        }
        if (modes.isEmpty()) {
            messages.add("Choose at least one mode.");
        }
        List<Long> seedList = parseSeeds(messages);
        Optional<Integer> forkCount = positive(forks.get(), "Forks", messages);
        Optional<Integer> calls = positive(concurrency.get(), "Concurrency", messages);
        Integer sampleSize = null;
        if (!blank(limit.get())) {
            sampleSize = positive(limit.get(), "Limit", messages).orElse(null);
            if (sampleSize != null && tasks != null && sampleSize > tasks.size()) {
                messages.add("Limit is " + sampleSize + " but the prompts file has only " + tasks.size() + " tasks.");
            }
        }
        Long sampling = parseLong(sampleSeed.get()).orElse(null);
        if (sampling == null) {
            messages.add("Sample seed must be a whole number.");
        }
        Double temp = null;
        if (!blank(temperature.get())) {
            try {
                temp = Double.parseDouble(temperature.get().strip());
                if (temp < 0 || temp.isNaN() || temp.isInfinite()) {
                    messages.add("Temperature must be 0 or more (blank for the default).");
                }
            } catch (NumberFormatException e) {
                messages.add("Temperature must be a number such as 0.2 (blank for the default).");
            }
        }
        Integer tokens = null;
        if (!blank(maxTokens.get())) {
            tokens = positive(maxTokens.get(), "Max tokens", messages).orElse(null);
        }
        validation.setAll(messages);
        if (messages.isEmpty()) {
            String runName = blank(name.get()) ? BenchmarkRequest.defaultName(target, LocalDate.now()) : name.get().strip();
            valid = resuming != null ? resuming.request(target, dataset.get(), calls.get())
                    : new BenchmarkRequest(target, dataset.get(), new RunPlan(sampleSize, sampling, modes, seedList,
                            forkCount.get(), temp, tokens, blank(systemPrompt.get()) ? null : systemPrompt.get(),
                            calls.get(), false), runName, null);
        }
    }

    private List<Long> parseSeeds(List<String> messages) {
        List<Long> parsed = new ArrayList<>();
        String text = seeds.get() == null ? "" : seeds.get().strip();
        if (text.isEmpty()) {
            messages.add("Enter at least one seed, e.g. 42,43,44.");
            return parsed;
        }
        for (String part : Arrays.stream(text.split(",")).map(String::strip).toList()) {
            Optional<Long> seed = parseLong(part);
            if (seed.isEmpty()) {
                messages.add("Seeds must be whole numbers separated by commas, e.g. 42,43,44 ('" + part + "' is not).");
                return List.of();
            }
            parsed.add(seed.get());
        }
        if (new HashSet<>(parsed).size() != parsed.size()) {
            messages.add("A seed is listed twice.");
        }
        return parsed;
    }

    private static Optional<Integer> positive(String text, String field, List<String> messages) {
        Optional<Integer> value = parseInt(text).filter(n -> n >= 1);
        if (value.isEmpty()) {
            messages.add(field + " must be a whole number of at least 1.");
        }
        return value;
    }

    private static Optional<Integer> parseInt(String text) {
        try {
            return Optional.of(Integer.parseInt(text == null ? "" : text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> parseLong(String text) {
        try {
            return Optional.of(Long.parseLong(text == null ? "" : text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
