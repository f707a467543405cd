package org.tracelab.app.ui.export;

import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tracelab.app.service.export.ExportService;
import org.tracelab.app.ui.FileChooserService;
import org.tracelab.app.ui.FormControls;
import org.tracelab.app.ui.pairs.Choices;
import org.tracelab.core.export.ExportStyle;

/** The rows of the export form's two sections, each bound to its section's view model. */
final class ExportSectionViews {

    private ExportSectionViews() {}

    /** Run, kind, style, test fraction, flagged texts, curation. */
    static GridPane selection(ExportSelectionSection section) {
        GridPane form = FormControls.section("exportSelectionSection");
        form.addRow(0, new Label("Run"), Choices.runs("exportRunChoice", "All runs", section.runs(), section.runId()));
        form.addRow(
                1,
                new Label("Kind"),
                Choices.of(
                        "exportKindChoice",
                        null,
                        FXCollections.observableArrayList(ExportService.Kind.values()),
                        ExportSectionViews::describe,
                        section.kind()));
        var styleChoice = Choices.of(
                "exportStyleChoice",
                null,
                FXCollections.observableArrayList(ExportStyle.values()),
                ExportSectionViews::describe,
                section.style());
        styleChoice.disableProperty().bind(section.records());
        form.addRow(2, new Label("Style"), styleChoice);
        TextField fraction = FormControls.field("testFractionField", section.testFraction(), "");
        fraction.disableProperty().bind(section.records());
        form.addRow(3, new Label("Test fraction"), fraction, FormControls.hint("share of tasks held out"));
        CheckBox flagged = FormControls.check(
                "includeFlaggedCheck",
                "Include rejected / negative texts with a quality "
                        + "flag (never a gamed, refused or truncated chosen one)",
                section.includeFlagged());
        flagged.disableProperty().bind(section.records());
        CheckBox allPassing = FormControls.check(
                "sftAllPassingCheck",
                "SFT: every passing answer, not only the best " + "(rank 1) per task and seed",
                section.sftAllPassing());
        allPassing.disableProperty().bind(section.sft().not());
        for (CheckBox box : new CheckBox[] {flagged, allPassing}) {
            box.setWrapText(true);
            box.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        form.add(new VBox(4, flagged, allPassing), 1, 4, 2, 1);

        ToggleGroup curation = new ToggleGroup();
        RadioButton onlyCurated = new RadioButton("Only curated: pairs (DPO) or chains (SFT, KTO) you included");
        onlyCurated.setId("onlyCuratedRadio");
        onlyCurated.setToggleGroup(curation);
        RadioButton all = new RadioButton("All candidates");
        all.setId("allCandidatesRadio");
        all.setToggleGroup(curation);
        onlyCurated.setSelected(section.onlyCurated().get());
        all.setSelected(!section.onlyCurated().get());
        section.onlyCurated().addListener((obs, old, only) -> (only ? onlyCurated : all).setSelected(true));
        curation.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                section.onlyCurated().set(now == onlyCurated);
            }
        });
        Label never = FormControls.hint("Pairs and chains you excluded are never exported, in either mode.");
        never.setId("excludedNeverExportedNote");
        VBox curationChoice = new VBox(4, onlyCurated, all, never);
        curationChoice.disableProperty().bind(section.records());
        form.add(curationChoice, 1, 5, 2, 1);
        return form;
    }

    /** Folder and file name. */
    static GridPane destination(ExportDestinationSection section, FileChooserService choosers, Window owner) {
        TextField folder = FormControls.pathField("exportFolderField", section.folder(), "the folder for the files");
        Button chooseFolder = new Button("Choose…");
        chooseFolder.setId("chooseExportFolderButton");
        chooseFolder.setOnAction(
                event -> choosers.chooseFolder(owner, "Folder to export into").ifPresent(section.folder()::set));
        TextField name = FormControls.field("exportFileNameField", section.fileName(), "");
        GridPane form = FormControls.section("exportDestinationSection");
        form.addRow(0, new Label("Folder"), folder, chooseFolder);
        form.addRow(1, new Label("File name"), name, FormControls.hint("+ .test.jsonl, .manifest.json, README.md"));
        return form;
    }

    private static String describe(ExportService.Kind kind) {
        return switch (kind) {
            case DPO -> "DPO: chosen vs rejected pairs";
            case SFT -> "SFT: passing answers as demonstrations";
            case KTO -> "KTO: answers labelled pass / fail";
            case RECORDS -> "Records: every chain as a portable ComplianceEvalRecord";
        };
    }

    private static String describe(ExportStyle style) {
        return switch (style) {
            case CONVERSATIONAL -> "Conversational (message lists)";
            case STANDARD -> "Standard (plain strings)";
        };
    }
}
