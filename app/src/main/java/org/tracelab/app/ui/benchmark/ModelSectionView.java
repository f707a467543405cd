package org.tracelab.app.ui.benchmark;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.tracelab.app.ui.FileChooserService;
import org.tracelab.app.ui.FormControls;
import org.tracelab.app.ui.Styles;

/** The model rows of the benchmark form: detected servers, server or GGUF file, endpoint, model, API key. */
final class ModelSectionView {

    private ModelSectionView() {}

    /**
     * @param formLocked true while a run goes: nothing can change
     * @param planLocked true while a run goes or a stored run is continued: the model name cannot change
     */
    static GridPane of(
            ModelSection section,
            BooleanExpression formLocked,
            ObservableBooleanValue planLocked,
            FileChooserService choosers,
            Window owner) {
        ComboBox<DetectedModel> detected = new ComboBox<>(section.detected());
        detected.setId("detectedModelChoice");
        detected.setPromptText("Detected local servers");
        detected.setMaxWidth(Double.MAX_VALUE);
        detected.setConverter(FormControls.converter(DetectedModel::label));
        detected.valueProperty().bindBidirectional(section.chosenDetected());
        detected.disableProperty().bind(formLocked);
        Button refresh = new Button("Refresh");
        refresh.setId("refreshServersButton");
        refresh.disableProperty().bind(section.detecting().or(formLocked));
        refresh.setOnAction(event -> section.detect());
        Label detection = FormControls.wrapping("detectionStatus", section.detectionStatus());
        detection.getStyleClass().add(Styles.MUTED);

        ToggleGroup source = new ToggleGroup();
        RadioButton server = new RadioButton("Server");
        server.setId("serverSourceRadio");
        server.setToggleGroup(source);
        RadioButton file = new RadioButton("GGUF file");
        file.setId("ggufSourceRadio");
        file.setToggleGroup(source);
        (section.useGguf().get() ? file : server).setSelected(true);
        section.useGguf().addListener((obs, old, gguf) -> (gguf ? file : server).setSelected(true));
        source.selectedToggleProperty()
                .addListener((obs, old, now) -> section.useGguf().set(now == file));
        server.disableProperty().bind(formLocked);
        file.disableProperty().bind(formLocked);

        TextField endpoint = FormControls.field(
                "endpointField", section.endpoint(), "http://127.0.0.1:8080/v1 (several: separate with spaces)");
        TextField model = FormControls.field("modelField", section.model(), "model name");
        PasswordField apiKey = new PasswordField();
        apiKey.setId("apiKeyField");
        apiKey.setPromptText("optional; never saved");
        apiKey.textProperty().bindBidirectional(section.apiKey());
        BooleanExpression serverOff = section.useGguf().or(formLocked);
        endpoint.disableProperty().bind(serverOff);
        model.disableProperty().bind(section.useGguf().or(planLocked));
        apiKey.disableProperty().bind(serverOff);
        ComboBox<String> serverModels = new ComboBox<>(section.serverModels());
        serverModels.setId("serverModelChoice");
        serverModels.setPromptText("Models it lists");
        serverModels
                .disableProperty()
                .bind(Bindings.isEmpty(section.serverModels()).or(model.disableProperty()));
        serverModels.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                section.model().set(chosen);
            }
        });
        Button test = new Button("Test connection");
        test.setId("testConnectionButton");
        test.disableProperty().bind(section.testing().or(serverOff));
        test.setOnAction(event -> section.testConnection());
        Label connection = FormControls.wrapping("connectionStatus", section.connectionStatus());
        Label ollama = FormControls.hint(ModelSection.OLLAMA_NOTE);
        ollama.setId("ollamaNote");

        TextField gguf = FormControls.pathField("ggufField", section.gguf(), "a .gguf model file");
        Button chooseGguf = new Button("Choose…");
        chooseGguf.setId("chooseGgufButton");
        chooseGguf.disableProperty().bind(section.useGguf().not().or(formLocked));
        chooseGguf.setOnAction(
                event -> choosers.chooseFile(owner, "GGUF model file").ifPresent(section.gguf()::set));

        GridPane form = FormControls.section("modelSection");
        int row = 0;
        form.addRow(row++, new Label("Detected"), detected, refresh);
        form.add(detection, 1, row++, 2, 1);
        form.addRow(row++, new Label("Model from"), new HBox(12, server, file));
        form.addRow(row++, new Label("Endpoint"), endpoint, test);
        form.addRow(row++, new Label("Model"), model, serverModels);
        form.addRow(row++, new Label("API key"), apiKey);
        form.add(connection, 1, row++, 2, 1);
        form.add(ollama, 1, row++, 2, 1);
        form.addRow(row, new Label("GGUF file"), gguf, chooseGguf);
        return form;
    }
}
