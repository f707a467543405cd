package org.tracelab.app.ui.runs;

import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.tracelab.app.ui.Styles;

/** The first-start explanation of the two ways into Tracelab, each with its button. */
final class EmptyStateView extends VBox {

    EmptyStateView(Runnable importTraces, Runnable runBenchmark, Runnable openSamples) {
        setId("emptyState");
        getStyleClass().add(Styles.EMPTY_STATE);

        Label title = new Label("No runs in this store yet");
        title.getStyleClass().add(Styles.EMPTY_STATE_TITLE);
        Label text = new Label("Tracelab keeps every attempt of a benchmark run — the first answer, each repair, "
                + "the verdicts — so you can read the results and pick training pairs. There are two ways to "
                + "fill this store:");
        text.setWrapText(true);
        text.getStyleClass().add(Styles.EMPTY_STATE_TEXT);

        Label runText = new Label("Run IFEval against a local model and watch each mode's pass rate as it goes.");
        runText.setWrapText(true);
        VBox run = new VBox(
                new Label("Run a benchmark"),
                runText,
                BenchmarkAction.button("emptyRunBenchmarkButton", "Run a benchmark…", runBenchmark));
        run.getStyleClass().add(Styles.EMPTY_STATE_CHOICE);

        Label importText = new Label("Bring in traces you already have: WasmAgent runs, IFEval response files, "
                + "lm-eval samples or Tracelab records. Tracelab re-verifies every answer.");
        importText.setWrapText(true);
        Button importButton = new Button("Import traces…");
        importButton.setId("emptyImportButton");
        importButton.setDefaultButton(true);
        importButton.setOnAction(event -> importTraces.run());
        VBox importChoice = new VBox(new Label("Import traces"), importText, importButton);
        importChoice.getStyleClass().add(Styles.EMPTY_STATE_CHOICE);

        HBox choices = new HBox(run, importChoice);
        choices.getStyleClass().add(Styles.EMPTY_STATE_CHOICES);
        Hyperlink samples = new Hyperlink("No model or traces yet? Open the illustrative sample store "
                + "(hand-written example chains, not model output)");
        samples.setId("emptyOpenSamplesLink");
        samples.setOnAction(event -> openSamples.run());
        getChildren().addAll(title, text, choices, samples);
    }
}
