package org.tracelab.app.ui.benchmark;

import javafx.beans.binding.BooleanExpression;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.tracelab.app.ui.FormControls;

/** The plan rows of the benchmark form: modes, seeds, forks, sample, sampling, system prompt, concurrency, name. */
final class PlanSectionView {

    private PlanSectionView() {}

    /**
     * @param formLocked true while a run goes: nothing can change
     * @param planLocked true while a run goes or a stored run is continued: only the concurrency can change
     */
    static GridPane of(PlanSection section, BooleanExpression formLocked, BooleanExpression planLocked) {
        CheckBox direct = FormControls.check("modeDirect", "direct", section.direct());
        CheckBox retry = FormControls.check("modePromptRetry", "prompt_retry", section.promptRetry());
        CheckBox pcl = FormControls.check("modeFullPcl", "full_pcl", section.fullPcl());
        TextField seeds = FormControls.field("seedsField", section.seeds(), "42,43,44");
        TextField forks = FormControls.field("forksField", section.forks(), "1");
        TextField limit = FormControls.field("limitField", section.limit(), "all tasks");
        TextField sampleSeed = FormControls.field("sampleSeedField", section.sampleSeed(), "0");
        TextField temperature =
                FormControls.field("temperatureField", section.temperature(), "default: 0.2 (0.8 with forks)");
        TextField maxTokens = FormControls.field("maxTokensField", section.maxTokens(), "default: 1280");
        TextArea systemPrompt = new TextArea();
        systemPrompt.setId("systemPromptField");
        systemPrompt.setPromptText("optional: sent first in every request of every mode");
        systemPrompt.setPrefRowCount(2);
        systemPrompt.setWrapText(true);
        systemPrompt.textProperty().bindBidirectional(section.systemPrompt());
        TextField concurrency = FormControls.field("concurrencyField", section.concurrency(), "1");
        TextField name = FormControls.field("runNameField", section.name(), "default: model and date");
        for (Node planned : new Node[] {
            direct, retry, pcl, seeds, forks, limit, sampleSeed, temperature, maxTokens, systemPrompt, name
        }) {
            planned.disableProperty().bind(planLocked);
        }
        concurrency.disableProperty().bind(formLocked);

        GridPane form = FormControls.section("planSection");
        int row = 0;
        form.addRow(row++, new Label("Modes"), new HBox(12, direct, retry, pcl));
        form.addRow(row++, new Label("Seeds"), seeds);
        form.addRow(row++, new Label("Forks"), forks);
        form.addRow(row++, new Label("Limit · sample seed"), new HBox(8, limit, sampleSeed));
        form.addRow(row++, new Label("Temperature · max tokens"), new HBox(8, temperature, maxTokens));
        form.addRow(row++, new Label("System prompt"), systemPrompt);
        form.addRow(row++, new Label("Concurrency"), concurrency);
        form.addRow(row, new Label("Run name"), name);
        return form;
    }
}
