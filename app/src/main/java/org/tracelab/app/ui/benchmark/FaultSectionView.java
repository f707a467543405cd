package org.tracelab.app.ui.benchmark;

import javafx.beans.binding.BooleanExpression;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.tracelab.app.ui.FormControls;

/** The failing-server rows of the benchmark form: idle timeout, request timeout, fault limit. */
final class FaultSectionView {

    private FaultSectionView() {}

    /**
     * @param formLocked true while a run goes: nothing can change
     * @param inProcess  true when the model runs in-process (a GGUF file): there are no calls to time out
     */
    static GridPane of(FaultSection section, BooleanExpression formLocked, BooleanExpression inProcess) {
        TextField idle = FormControls.field("idleTimeoutField", section.idleTimeout(), "default: 120");
        TextField request =
                FormControls.field("requestTimeoutField", section.requestTimeout(), "default: 60 + 0.5 per max token");
        TextField limit = FormControls.field("faultLimitField", section.faultLimit(), "3");
        idle.disableProperty().bind(formLocked.or(inProcess));
        request.disableProperty().bind(formLocked.or(inProcess));
        limit.disableProperty().bind(formLocked);
        Label hint = FormControls.hint("A call the server refuses, drops or leaves silent is not a verdict: its chain "
                + "stays unfinished, in no rate, and Resume redoes it. This many failures in a row end the run.");
        hint.setMinHeight(Region.USE_PREF_SIZE);

        GridPane form = FormControls.section("faultSection");
        int row = 0;
        form.addRow(row++, new Label("Idle timeout (s)"), idle);
        form.addRow(row++, new Label("Request timeout (s)"), request);
        form.addRow(row++, new Label("Fault limit"), limit);
        form.add(hint, 1, row, 2, 1);
        return form;
    }
}
