package org.tracelab.app.ui.compare;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tracelab.app.ui.Styles;
import org.tracelab.app.ui.Theme;
import org.tracelab.app.ui.diff.DiffViewModel;
import org.tracelab.storage.StoredAttempt;
import org.tracelab.storage.query.ChainSummary;

/**
 * "Compare with…": finds the chains of a task in every run, lets the person pick one and an attempt of it, and opens
 * the diff of that attempt against the one the explorer shows. Lays out and binds a {@link CompareWithViewModel}.
 */
public final class CompareWithDialog {

    private CompareWithDialog() {}

    /** Opens the dialog beside {@code owner} with the owner's stylesheets and reads the task's chains. */
    public static Stage open(Window owner, CompareWithViewModel viewModel) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Compare with…");

        Label what = new Label("Compare " + viewModel.fromLabel() + " with an attempt of any chain in the store:");
        what.setId("compareWithFrom");
        what.setWrapText(true);
        what.setMinHeight(Region.USE_PREF_SIZE);
        TextField key = new TextField();
        key.setId("compareWithTaskKey");
        key.textProperty().bindBidirectional(viewModel.taskKey());
        key.setPrefColumnCount(12);
        key.setOnAction(event -> viewModel.find());
        Button find = new Button("Find chains");
        find.setId("compareWithFindButton");
        find.setOnAction(event -> viewModel.find());
        Label taskLabel = new Label("Task key");
        taskLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox task = new HBox(8, taskLabel, key, find);
        task.getStyleClass().add(Styles.VIEW_TOOLBAR);

        TableView<ChainSummary> chains = new TableView<>(viewModel.chains());
        chains.setId("compareWithChains");
        chains.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        List<Function<ChainSummary, String>> cells = List.of(
                c -> "#" + c.runId(),
                ChainSummary::mode,
                c -> c.seed() == null ? "–" : c.seed().toString(),
                c -> Integer.toString(c.fork()),
                c -> "#" + c.chainId(),
                c -> Integer.toString(c.attempts()),
                CompareWithDialog::verdict);
        List<String> titles = List.of("Run", "Mode", "Seed", "Fork", "Chain", "Attempts", "Final verdict");
        List<Boolean> numeric = List.of(true, false, true, true, true, true, false);
        for (int i = 0; i < cells.size(); i++) {
            chains.getColumns().add(ContentColumns.text(titles.get(i), cells.get(i), numeric.get(i)));
        }
        viewModel.chains().addListener((javafx.collections.ListChangeListener<ChainSummary>)
                change -> ContentColumns.fit(chains, List.copyOf(viewModel.chains())));
        chains.setPlaceholder(new Label("Find the chains of a task to choose one."));
        chains.getSelectionModel()
                .selectedItemProperty()
                .addListener((obs, old, now) -> viewModel.chain().set(now));
        VBox.setVgrow(chains, Priority.ALWAYS);

        ComboBox<StoredAttempt> attempt = new ComboBox<>(viewModel.attempts());
        attempt.setId("compareWithAttempt");
        attempt.valueProperty().bindBidirectional(viewModel.attempt());
        attempt.setCellFactory(list -> attemptCell());
        attempt.setButtonCell(attemptCell());
        Label attemptLabel = new Label("Attempt");
        attemptLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label status = new Label();
        status.setId("compareWithStatus");
        status.getStyleClass().add(Styles.MUTED);
        status.textProperty().bind(viewModel.status());
        attempt.setMinWidth(Region.USE_PREF_SIZE);
        attempt.setPrefWidth(300);
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        HBox attemptRow = new HBox(8, attemptLabel, attempt);
        attemptRow.getStyleClass().add(Styles.VIEW_TOOLBAR);

        Button compare = new Button("Compare");
        compare.setId("compareWithCompareButton");
        compare.setDefaultButton(true);
        compare.disableProperty().bind(viewModel.canCompare().not());
        compare.setOnAction(event -> {
            viewModel.compare();
            stage.close();
        });
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, compare, cancel);

        VBox root = new VBox(what, task, chains, attemptRow, status, buttons);
        root.setId("compareWithDialog");
        root.getStyleClass().add(Styles.VIEW);
        Scene scene = new Scene(root, 820, 560);
        ObservableList<String> ownerSheets =
                owner.getScene() == null ? null : owner.getScene().getStylesheets();
        if (ownerSheets != null) {
            Bindings.bindContent(scene.getStylesheets(), ownerSheets);
        } else {
            scene.getStylesheets().setAll(Styles.stylesheets(Theme.LIGHT));
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setOnHidden(event -> {
            if (ownerSheets != null) {
                Bindings.unbindContent(scene.getStylesheets(), ownerSheets);
            }
        });
        stage.setScene(scene);
        stage.show();
        viewModel.find();
        return stage;
    }

    private static ListCell<StoredAttempt> attemptCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(StoredAttempt item, boolean empty) {
                super.updateItem(item, empty);
                setText(
                        empty || item == null
                                ? null
                                : DiffViewModel.describe(item)
                                        + (item.attempt().verdicts().isEmpty()
                                                ? " · not verified"
                                                : " · strict "
                                                        + item.attempt().verdicts().stream()
                                                                .filter(v -> v.strict())
                                                                .count()
                                                        + "/"
                                                        + item.attempt()
                                                                .verdicts()
                                                                .size()));
            }
        };
    }

    private static String verdict(ChainSummary chain) {
        if (chain.finalStrict() == null) {
            return "open";
        }
        return chain.finalStrict() ? "✓ strict" : Boolean.TRUE.equals(chain.finalLoose()) ? "✓ loose only" : "✗ fail";
    }
}
