package org.tracelab.app.ui.benchmark;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.tracelab.app.ui.FileChooserService;
import org.tracelab.app.ui.Styles;
import org.tracelab.app.ui.Theme;

/**
 * The "Run a benchmark" window: the form above, the running job below (progress with ETA, pass rate per mode,
 * the latest attempts, Cancel). Lays out and binds a {@link BenchmarkViewModel}; it decides nothing itself.
 * Closing it while a run goes leaves the run going (the status bar shows it).
 */
public final class BenchmarkDialog {

    private final Stage stage = new Stage();

    public BenchmarkDialog(Window owner, BenchmarkViewModel viewModel, FileChooserService choosers,
            ObservableValue<Theme> theme) {
        BenchmarkRuns runs = viewModel.runs();
        var formLocked = runs.running();
        var planLocked = viewModel.planLocked().or(formLocked);

        // Model
        ComboBox<DetectedModel> detected = new ComboBox<>(viewModel.detected());
        detected.setId("detectedModelChoice");
        detected.setPromptText("Detected local servers");
        detected.setMaxWidth(Double.MAX_VALUE);
        detected.setConverter(converter(DetectedModel::label));
        detected.valueProperty().bindBidirectional(viewModel.chosenDetected());
        detected.disableProperty().bind(formLocked);
        Button refresh = new Button("Refresh");
        refresh.setId("refreshServersButton");
        refresh.disableProperty().bind(viewModel.detecting().or(formLocked));
        refresh.setOnAction(event -> viewModel.detect());
        Label detection = wrapping("detectionStatus", viewModel.detectionStatus());
        detection.getStyleClass().add(Styles.MUTED);

        ToggleGroup source = new ToggleGroup();
        RadioButton server = new RadioButton("Server");
        server.setId("serverSourceRadio");
        server.setToggleGroup(source);
        RadioButton file = new RadioButton("GGUF file");
        file.setId("ggufSourceRadio");
        file.setToggleGroup(source);
        (viewModel.useGguf().get() ? file : server).setSelected(true);
        viewModel.useGguf().addListener((obs, old, gguf) -> (gguf ? file : server).setSelected(true));
        source.selectedToggleProperty().addListener((obs, old, now) -> viewModel.useGguf().set(now == file));
        server.disableProperty().bind(formLocked);
        file.disableProperty().bind(formLocked);

        TextField endpoint = field("endpointField", viewModel.endpoint(), "http://127.0.0.1:8080/v1 (several: "
                + "separate with spaces)");
        TextField model = field("modelField", viewModel.model(), "model name");
        PasswordField apiKey = new PasswordField();
        apiKey.setId("apiKeyField");
        apiKey.setPromptText("optional; never saved");
        apiKey.textProperty().bindBidirectional(viewModel.apiKey());
        var serverOff = viewModel.useGguf().or(formLocked);
        endpoint.disableProperty().bind(serverOff);
        model.disableProperty().bind(viewModel.useGguf().or(planLocked));
        apiKey.disableProperty().bind(serverOff);
        ComboBox<String> serverModels = new ComboBox<>(viewModel.serverModels());
        serverModels.setId("serverModelChoice");
        serverModels.setPromptText("Models it lists");
        serverModels.disableProperty().bind(Bindings.isEmpty(viewModel.serverModels()).or(model.disableProperty()));
        serverModels.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                viewModel.model().set(chosen);
            }
        });
        Button test = new Button("Test connection");
        test.setId("testConnectionButton");
        test.disableProperty().bind(viewModel.testing().or(serverOff));
        test.setOnAction(event -> viewModel.testConnection());
        Label connection = wrapping("connectionStatus", viewModel.connectionStatus());
        Label ollama = new Label(BenchmarkViewModel.OLLAMA_NOTE);
        ollama.setId("ollamaNote");
        ollama.setWrapText(true);
        ollama.getStyleClass().add(Styles.MUTED);

        TextField gguf = new TextField();
        gguf.setId("ggufField");
        gguf.setEditable(false);
        gguf.setPromptText("a .gguf model file");
        gguf.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.gguf().get() == null ? "" : viewModel.gguf().get().toString(), viewModel.gguf()));
        Button chooseGguf = new Button("Choose…");
        chooseGguf.setId("chooseGgufButton");
        chooseGguf.disableProperty().bind(viewModel.useGguf().not().or(formLocked));
        chooseGguf.setOnAction(event -> choosers.chooseFile(stage, "GGUF model file").ifPresent(viewModel.gguf()::set));

        // Dataset
        ComboBox<Path> dataset = new ComboBox<>(viewModel.recentDatasets());
        dataset.setId("datasetChoice");
        dataset.setPromptText("IFEval-format prompts (.jsonl)");
        dataset.setMaxWidth(Double.MAX_VALUE);
        dataset.setConverter(converter(Path::toString));
        dataset.valueProperty().bindBidirectional(viewModel.dataset());
        dataset.disableProperty().bind(formLocked);
        Button chooseDataset = new Button("Choose…");
        chooseDataset.setId("chooseDatasetButton");
        chooseDataset.disableProperty().bind(formLocked);
        chooseDataset.setOnAction(event -> choosers.chooseFile(stage, "IFEval prompts file")
                .ifPresent(viewModel.dataset()::set));
        Label datasetSummary = wrapping("datasetSummary", viewModel.datasetSummary());
        Button getIfeval = new Button("Get IFEval");
        getIfeval.setId("getIfevalButton");
        getIfeval.disableProperty().bind(viewModel.gettingIfeval().or(formLocked));
        getIfeval.setOnAction(event -> viewModel.getIfeval());
        ProgressBar ifevalProgress = new ProgressBar();
        ifevalProgress.setId("ifevalProgress");
        ifevalProgress.progressProperty().bind(viewModel.ifevalProgress());
        ifevalProgress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(ifevalProgress, Priority.ALWAYS);
        Button cancelIfeval = new Button("Cancel");
        cancelIfeval.setId("cancelIfevalButton");
        cancelIfeval.setOnAction(event -> viewModel.cancelIfeval());
        HBox ifevalRun = new HBox(8, ifevalProgress, cancelIfeval);
        ifevalRun.setId("ifevalDownloadRow");
        ifevalRun.visibleProperty().bind(viewModel.gettingIfeval());
        ifevalRun.managedProperty().bind(viewModel.gettingIfeval());
        Label ifevalStatus = wrapping("ifevalStatus", viewModel.ifevalStatus());
        ifevalStatus.getStyleClass().add(Styles.MUTED);
        ifevalStatus.managedProperty().bind(viewModel.ifevalStatus().isNotEmpty());
        ifevalStatus.visibleProperty().bind(viewModel.ifevalStatus().isNotEmpty());
        getIfeval.setTooltip(new Tooltip("Download the official IFEval prompts from Hugging Face (google/IFEval); "
                + "kept after the first download"));

        // Plan
        CheckBox direct = check("modeDirect", "direct", viewModel.direct());
        CheckBox retry = check("modePromptRetry", "prompt_retry", viewModel.promptRetry());
        CheckBox pcl = check("modeFullPcl", "full_pcl", viewModel.fullPcl());
        for (CheckBox mode : new CheckBox[] {direct, retry, pcl}) {
            mode.disableProperty().bind(planLocked);
        }
        TextField seeds = field("seedsField", viewModel.seeds(), "42,43,44");
        TextField forks = field("forksField", viewModel.forks(), "1");
        TextField limit = field("limitField", viewModel.limit(), "all tasks");
        TextField sampleSeed = field("sampleSeedField", viewModel.sampleSeed(), "0");
        TextField temperature = field("temperatureField", viewModel.temperature(), "default: 0.2 (0.8 with forks)");
        TextField maxTokens = field("maxTokensField", viewModel.maxTokens(), "default: 1280");
        TextArea systemPrompt = new TextArea();
        systemPrompt.setId("systemPromptField");
        systemPrompt.setPromptText("optional: sent first in every request of every mode");
        systemPrompt.setPrefRowCount(2);
        systemPrompt.setWrapText(true);
        systemPrompt.textProperty().bindBidirectional(viewModel.systemPrompt());
        systemPrompt.disableProperty().bind(planLocked);
        TextField concurrency = field("concurrencyField", viewModel.concurrency(), "1");
        TextField name = field("runNameField", viewModel.name(), "default: model and date");
        for (TextField planField : new TextField[] {seeds, forks, limit, sampleSeed, temperature, maxTokens, name}) {
            planField.disableProperty().bind(planLocked);
        }
        concurrency.disableProperty().bind(formLocked);

        GridPane form = new GridPane();
        form.getStyleClass().add(Styles.FORM);
        form.getColumnConstraints().addAll(new ColumnConstraints(), grow(), new ColumnConstraints());
        int row = 0;
        form.addRow(row++, new Label("Detected"), detected, refresh);
        form.add(detection, 1, row++, 2, 1);
        form.addRow(row++, new Label("Model from"), new HBox(12, server, file));
        form.addRow(row++, new Label("Endpoint"), endpoint, test);
        form.addRow(row++, new Label("Model"), model, serverModels);
        form.addRow(row++, new Label("API key"), apiKey);
        form.add(connection, 1, row++, 2, 1);
        form.add(ollama, 1, row++, 2, 1);
        form.addRow(row++, new Label("GGUF file"), gguf, chooseGguf);
        form.addRow(row++, new Label("Prompts"), dataset, new HBox(6, chooseDataset, getIfeval));
        form.add(ifevalRun, 1, row++, 2, 1);
        form.add(ifevalStatus, 1, row++, 2, 1);
        form.add(datasetSummary, 1, row++, 2, 1);
        form.addRow(row++, new Label("Modes"), new HBox(12, direct, retry, pcl));
        form.addRow(row++, new Label("Seeds"), seeds);
        form.addRow(row++, new Label("Forks"), forks);
        form.addRow(row++, new Label("Limit · sample seed"), new HBox(8, limit, sampleSeed));
        form.addRow(row++, new Label("Temperature · max tokens"), new HBox(8, temperature, maxTokens));
        form.addRow(row++, new Label("System prompt"), systemPrompt);
        form.addRow(row++, new Label("Concurrency"), concurrency);
        form.addRow(row, new Label("Run name"), name);

        Label validation = new Label();
        validation.setId("benchmarkValidation");
        validation.getStyleClass().add(Styles.VALIDATION_ERRORS);
        validation.setWrapText(true);
        validation.setMinHeight(Region.USE_PREF_SIZE);
        validation.textProperty().bind(Bindings.createStringBinding(
                () -> String.join("\n", viewModel.validationMessages()), viewModel.validationMessages()));

        // The run
        ProgressBar progress = new ProgressBar();
        progress.setId("benchmarkProgress");
        progress.progressProperty().bind(runs.progress());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        Label message = new Label();
        message.setId("benchmarkMessage");
        message.textProperty().bind(runs.message());
        Label summary = wrapping("benchmarkSummary", runs.summary());

        NumberAxis chains = new NumberAxis();
        chains.setLabel("chains finished (per mode)");
        chains.setForceZeroInRange(true);
        NumberAxis rate = new NumberAxis(0, 100, 20);
        rate.setLabel("strict pass %");
        LineChart<Number, Number> chart = new LineChart<>(chains, rate);
        chart.setId("passRateChart");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setPrefHeight(240);
        Map<String, XYChart.Series<Number, Number>> series = new HashMap<>();
        runs.rates().addListener((ListChangeListener<RatePoint>) change -> {
            while (change.next()) {
                if (change.wasRemoved() && runs.rates().isEmpty()) {
                    series.clear();
                    chart.getData().clear();
                }
                for (RatePoint point : change.getAddedSubList()) {
                    series.computeIfAbsent(point.mode(), mode -> {
                        XYChart.Series<Number, Number> line = new XYChart.Series<>();
                        line.setName(mode);
                        chart.getData().add(line);
                        return line;
                    }).getData().add(new XYChart.Data<>(point.done(), point.percent()));
                }
            }
        });

        TableView<AttemptRow> attempts = new TableView<>(runs.attempts());
        attempts.setId("attemptsTable");
        attempts.setPlaceholder(new Label("Attempts show here as they are recorded."));
        attempts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        attempts.setPrefHeight(140);
        attempts.getColumns().add(column("Task", AttemptRow::task, 70));
        attempts.getColumns().add(column("Mode", AttemptRow::mode, 100));
        attempts.getColumns().add(column("Seed", AttemptRow::seed, 50));
        attempts.getColumns().add(column("Fork", row2 -> String.valueOf(row2.fork()), 40));
        attempts.getColumns().add(column("#", row2 -> String.valueOf(row2.index()), 30));
        attempts.getColumns().add(column("Strategy", AttemptRow::strategy, 100));
        attempts.getColumns().add(column("Followed", AttemptRow::followed, 70));
        attempts.getColumns().add(column("Verdict", AttemptRow::verdict, 80));
        attempts.getColumns().add(column("Latency", AttemptRow::latency, 80));

        Button cancel = new Button("Cancel run");
        cancel.setId("cancelBenchmarkButton");
        cancel.visibleProperty().bind(runs.running());
        cancel.setOnAction(event -> runs.cancel());
        Button close = new Button("Close");
        close.setId("closeBenchmarkButton");
        close.setCancelButton(true);
        close.setOnAction(event -> stage.close());
        Button start = new Button(viewModel.planLocked().get() ? "Resume" : "Start");
        start.setId("startBenchmarkButton");
        start.setDefaultButton(true);
        start.disableProperty().bind(viewModel.canStart().not());
        start.setOnAction(event -> viewModel.start());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, cancel, spacer, close, start);

        VBox formFields = new VBox(10, form, validation);
        formFields.setPadding(new Insets(0, 12, 0, 0));
        // The form is taller than small screens; it scrolls, the run column and the buttons stay in view.
        ScrollPane formColumn = new ScrollPane(formFields);
        formColumn.setId("benchmarkForm");
        formColumn.setFitToWidth(true);
        formColumn.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        formColumn.setPrefWidth(580);
        formColumn.setMinWidth(580);
        VBox runColumn = new VBox(10, new HBox(8, progress, message), summary, chart, new Label("Latest attempts"),
                attempts);
        VBox.setVgrow(attempts, Priority.ALWAYS);
        HBox.setHgrow(runColumn, Priority.ALWAYS);
        HBox columns = new HBox(16, formColumn, runColumn);
        VBox.setVgrow(columns, Priority.ALWAYS);
        VBox root = new VBox(10, columns, buttons);
        root.setPadding(new Insets(16));
        root.setId("benchmarkDialog");

        Scene scene = new Scene(root, 1180, 700);
        scene.getStylesheets().setAll(Styles.stylesheets(theme.getValue()));
        theme.addListener((obs, old, now) -> scene.getStylesheets().setAll(Styles.stylesheets(now)));
        stage.setScene(scene);
        stage.setTitle(viewModel.planLocked().get() ? "Resume a benchmark" : "Run a benchmark");
        stage.initOwner(owner);
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    private static TextField field(String id, StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static CheckBox check(String id, String text, javafx.beans.property.BooleanProperty value) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(value);
        return box;
    }

    private static Label wrapping(String id, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(text);
        return label;
    }

    private static TableColumn<AttemptRow, String> column(String title, Function<AttemptRow, String> text,
            double width) {
        TableColumn<AttemptRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())).getReadOnlyProperty());
        column.setPrefWidth(width);
        return column;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        return column;
    }

}
