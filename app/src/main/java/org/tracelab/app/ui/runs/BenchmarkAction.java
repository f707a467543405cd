package org.tracelab.app.ui.runs;

import javafx.scene.control.Button;
import org.tracelab.core.trace.RunStatus;

/** The "Run a benchmark" and "Resume" entry points of the Runs section. */
public final class BenchmarkAction {

    private BenchmarkAction() {}

    /** A button with the given id that opens the benchmark dialog. */
    public static Button button(String id, String text, Runnable openDialog) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> openDialog.run());
        return button;
    }

    /**
     * Whether a run can be continued: it was cancelled, failed or interrupted (transport faults), or it still says
     * running although no job of this app writes it (the app that ran it crashed or was killed).
     */
    public static boolean resumable(RunRow run, boolean live) {
        return RunStatus.fromWireName(run.status()).resumable()
                || run.status().equals(RunStatus.RUNNING.wireName()) && !live;
    }
}
