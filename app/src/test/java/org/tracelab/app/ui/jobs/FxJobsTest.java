package org.tracelab.app.ui.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The desktop's jobs on real threads: results arrive on the FX thread, and a long job holding every long thread
 * never delays a browse job.
 */
@ExtendWith(ApplicationExtension.class)
class FxJobsTest {

    private BackgroundJobs threads;
    private FxJobs jobs;

    @Start
    void start(Stage stage) {
        threads = new BackgroundJobs(1, 1);
        jobs = new FxJobs(threads);
    }

    @AfterEach
    void stop() {
        threads.close();
    }

    @Test
    void browsingDoesNotWaitForALongJob(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch browsed = new CountDownLatch(1);
        AtomicReference<Boolean> onFxThread = new AtomicReference<>();
        JobState longState = new JobState();
        robot.interact(() -> {
            jobs.submit(JobRequest.longRunning("benchmark", progress -> release.await(30, TimeUnit.SECONDS))
                    .tracking(longState));
            jobs.submit(JobRequest.longRunning("export", progress -> "queued behind the benchmark"));
            jobs.submit(JobRequest.browse("page", progress -> "rows").onSuccess(rows -> {
                onFxThread.set(Platform.isFxApplicationThread());
                browsed.countDown();
            }));
        });

        assertThat(browsed.await(10, TimeUnit.SECONDS))
                .as("the page read ends while the long lane is busy")
                .isTrue();
        assertThat(onFxThread.get()).isTrue();
        AtomicReference<List<String>> listed = new AtomicReference<>();
        robot.interact(() -> listed.set(
                threads.running().stream().map(task -> task.getTitle()).toList()));
        assertThat(longState.running().get()).isTrue();
        assertThat(listed.get()).as("the status bar lists the long jobs").containsExactly("benchmark", "export");
        release.countDown();
    }
}
