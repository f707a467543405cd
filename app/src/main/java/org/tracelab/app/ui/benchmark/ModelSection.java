package org.tracelab.app.ui.benchmark;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tracelab.app.service.bench.ModelConnections;
import org.tracelab.app.service.bench.ModelTarget;
import org.tracelab.app.ui.jobs.JobRequest;
import org.tracelab.app.ui.jobs.JobState;
import org.tracelab.app.ui.jobs.Jobs;
import org.tracelab.core.model.ApiKey;
import org.tracelab.core.model.DetectedServer;
import org.tracelab.core.privacy.Urls;

/**
 * The benchmark form's model section: a detected local server, endpoints and a model name, or a GGUF file, and an
 * optional API key (kept only here and in the running job, never stored). Detection and the connection test run as
 * background jobs. Contributes the {@link ModelTarget} and its own problems.
 */
public final class ModelSection {

    public static final String OLLAMA_NOTE = "Note: Ollama's /v1 endpoint silently truncates prompts beyond 4,096 "
            + "tokens (its default context), which can fail long prompts for reasons unrelated to the model.";

    private final Jobs jobs;
    private final ModelConnections connections;

    private final ObservableList<DetectedModel> detected = FXCollections.observableArrayList();
    private final ObservableList<DetectedModel> detectedView = FXCollections.unmodifiableObservableList(detected);
    private final JobState detection = new JobState();
    private final ObjectProperty<DetectedModel> chosenDetected = new SimpleObjectProperty<>(this, "chosenDetected");
    private final BooleanProperty useGguf = new SimpleBooleanProperty(this, "useGguf");
    private final StringProperty endpoint = new SimpleStringProperty(this, "endpoint", "");
    private final StringProperty model = new SimpleStringProperty(this, "model", "");
    private final StringProperty apiKey = new SimpleStringProperty(this, "apiKey", "");
    private final ObjectProperty<Path> gguf = new SimpleObjectProperty<>(this, "gguf");
    private final JobState connectionTest = new JobState();
    private final ReadOnlyStringWrapper detectionStatus = new ReadOnlyStringWrapper(this, "detectionStatus", "");
    private final ReadOnlyStringWrapper connectionStatus = new ReadOnlyStringWrapper(this, "connectionStatus", "");
    private final ObservableList<String> serverModels = FXCollections.observableArrayList();
    private final ObservableList<String> serverModelsView = FXCollections.unmodifiableObservableList(serverModels);

    public ModelSection(Jobs jobs, ModelConnections connections) {
        this.jobs = jobs;
        this.connections = connections;
        chosenDetected.addListener((obs, old, choice) -> {
            if (choice != null) {
                useGguf.set(false);
                endpoint.set(choice.server().baseUrl().toString());
                if (choice.model() != null) {
                    model.set(choice.model());
                }
            }
        });
    }

    /** What the section's problems depend on. */
    List<Observable> inputs() {
        return List.of(useGguf, endpoint, model, gguf);
    }

    public ObservableList<DetectedModel> detected() {
        return detectedView;
    }

    public ReadOnlyBooleanProperty detecting() {
        return detection.running();
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
        return connectionTest.running();
    }

    public ReadOnlyStringProperty connectionStatus() {
        return connectionStatus.getReadOnlyProperty();
    }

    /** The models the endpoint listed in the last connection test. */
    public ObservableList<String> serverModels() {
        return serverModelsView;
    }

    /** Looks for local servers in the background. */
    public void detect() {
        if (detecting().get()) {
            return;
        }
        detectionStatus.set("Looking for local model servers…");
        jobs.submit(JobRequest.longRunning("Looking for model servers", progress -> connections.detect())
                .tracking(detection)
                .onSuccess(servers -> {
                    List<DetectedModel> found = new ArrayList<>();
                    for (DetectedServer server : servers) {
                        if (server.models().isEmpty()) {
                            found.add(new DetectedModel(server, null));
                        }
                        server.models().forEach(name -> found.add(new DetectedModel(server, name)));
                    }
                    detected.setAll(found);
                    detectionStatus.set(
                            servers.isEmpty()
                                    ? "No local model server found (Ollama, llama-server, "
                                            + "vLLM, LM Studio on their usual ports). Enter an endpoint or choose a GGUF file."
                                    : "Found " + servers.size() + " server(s), " + found.size() + " model(s).");
                })
                .onFailure(failure -> detectionStatus.set("Could not look for servers: " + failure.getMessage())));
    }

    /** Asks the (first) endpoint for its models, in the background. */
    public void testConnection() {
        Optional<URI> url = endpoints().stream().findFirst();
        if (url.isEmpty() || testing().get()) {
            connectionStatus.set(url.isEmpty() ? "Enter an endpoint URL first." : connectionStatus.get());
            return;
        }
        Optional<ApiKey> key = key();
        // The URL as shown: any credentials it carries are masked.
        String shown = Urls.masked(url.get());
        connectionStatus.set("Asking " + shown + " …");
        jobs.submit(JobRequest.longRunning("Testing connection", progress -> connections.listModels(url.get(), key))
                .message(shown)
                .tracking(connectionTest)
                .onSuccess(models -> {
                    serverModels.setAll(models);
                    connectionStatus.set("Answers: "
                            + (models.isEmpty()
                                    ? "no models listed"
                                    : models.size() + " model(s): " + String.join(", ", models)));
                })
                .onFailure(failure -> {
                    serverModels.clear();
                    connectionStatus.set("No answer from " + shown + ": " + Urls.maskIn(failure.getMessage()));
                }));
    }

    /** The API key typed, if any. */
    Optional<ApiKey> key() {
        return blank(apiKey.get())
                ? Optional.empty()
                : Optional.of(ApiKey.of(apiKey.get().strip()));
    }

    boolean apiKeyGiven() {
        return !blank(apiKey.get());
    }

    /** Fills the section from a stored run's model (the API key must be typed again). */
    void show(ModelTarget target) {
        if (target instanceof ModelTarget.GgufFile file) {
            useGguf.set(true);
            gguf.set(file.file());
        } else {
            ModelTarget.Endpoints endpoints = (ModelTarget.Endpoints) target;
            useGguf.set(false);
            endpoint.set(String.join(
                    " ", endpoints.urls().stream().map(URI::toString).toList()));
            model.set(endpoints.model());
        }
    }

    /** The model to benchmark, when the section has no problem; the problems go to {@code problems}. */
    Optional<ModelTarget> target(List<String> problems) {
        if (useGguf.get()) {
            if (gguf.get() == null) {
                problems.add("Choose a .gguf model file.");
            } else if (!gguf.get()
                    .getFileName()
                    .toString()
                    .toLowerCase(Locale.ROOT)
                    .endsWith(".gguf")) {
                problems.add("The model file must be a .gguf file.");
            } else {
                return Optional.of(new ModelTarget.GgufFile(gguf.get()));
            }
            return Optional.empty();
        }
        List<URI> urls = endpoints();
        if (urls.isEmpty()) {
            problems.add("Enter the endpoint URL (e.g. http://127.0.0.1:8080/v1), pick a detected server, or "
                    + "choose a GGUF file.");
        }
        if (blank(model.get())) {
            problems.add("Enter the model name the server expects.");
        }
        return urls.isEmpty() || blank(model.get())
                ? Optional.empty()
                : Optional.of(new ModelTarget.Endpoints(urls, model.get().strip()));
    }

    /** The endpoints typed; empty when any part is not an http(s) URL with a host. */
    private List<URI> endpoints() {
        List<URI> urls = new ArrayList<>();
        for (String part :
                endpoint.get() == null ? new String[0] : endpoint.get().trim().split("[\\s,]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                URI uri = new URI(part);
                if (uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                    urls.add(uri);
                    continue;
                }
            } catch (URISyntaxException e) {
                // not a URL: the whole field is refused below
            }
            return List.of();
        }
        return urls;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
