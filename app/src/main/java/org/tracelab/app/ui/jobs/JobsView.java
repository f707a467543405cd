package org.tracelab.app.ui.jobs;

import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import org.tracelab.app.ui.Styles;

/** The status bar's list of running jobs: each job's title, message and progress, bound to its task. */
public final class JobsView extends HBox {

    public JobsView(BackgroundJobs jobs) {
        setId("jobsView");
        setSpacing(16);
        Label idle = new Label("No background jobs");
        idle.setId("jobsIdleLabel");
        getChildren().add(idle);
        jobs.running().addListener((ListChangeListener<Task<?>>) change -> {
            getChildren().clear();
            if (jobs.running().isEmpty()) {
                getChildren().add(idle);
            }
            for (Task<?> task : jobs.running()) {
                getChildren().add(item(task));
            }
        });
    }

    private static HBox item(Task<?> task) {
        Label title = new Label();
        title.textProperty().bind(task.titleProperty().concat(": ").concat(task.messageProperty()));
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(task.progressProperty());
        HBox item = new HBox(title, bar);
        item.getStyleClass().add(Styles.JOB_ITEM);
        return item;
    }
}
