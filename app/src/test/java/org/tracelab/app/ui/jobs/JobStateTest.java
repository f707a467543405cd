package org.tracelab.app.ui.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A tracked job state follows only the latest job; queued jobs show running until they end. */
class JobStateTest {

    private final QueuedJobs jobs = new QueuedJobs();
    private final JobState state = new JobState();

    @Test
    void aJobShowsRunningProgressAndMessageUntilItEnds() {
        List<String> results = new ArrayList<>();
        jobs.submit(JobRequest.longRunning("Counting", progress -> {
                    progress.update(1, 4);
                    progress.message("one of four");
                    return "done";
                })
                .message("starting")
                .tracking(state)
                .onSuccess(results::add));

        assertThat(state.running().get()).isTrue();
        assertThat(state.progress().get()).isEqualTo(-1.0);
        assertThat(state.message().get()).isEqualTo("starting");
        assertThat(jobs.busy().get()).isTrue();

        jobs.runAll();

        assertThat(results).containsExactly("done");
        assertThat(state.running().get()).isFalse();
        assertThat(state.progress().get()).isEqualTo(0.25);
        assertThat(state.message().get()).isEqualTo("one of four");
        assertThat(jobs.busy().get()).isFalse();
    }

    @Test
    void aLaterJobTakesTheStateOverAndTheEarlierOnesNewsIsIgnored() {
        jobs.submit(JobRequest.browse("old", progress -> {
                    progress.message("old news");
                    return 1;
                })
                .tracking(state));
        jobs.submit(JobRequest.browse("new", progress -> {
                    progress.message("new news");
                    return 2;
                })
                .tracking(state));

        jobs.runNewestFirst();

        assertThat(state.message().get()).isEqualTo("new news");
        assertThat(state.running().get()).isFalse();
    }

    @Test
    void aCancelledJobEndsAtOnceAndDeliversNoResult() {
        List<Object> delivered = new ArrayList<>();
        Job job = jobs.submit(JobRequest.longRunning("long", progress -> "late")
                .tracking(state)
                .onSuccess(delivered::add)
                .onCancelled(() -> delivered.add("cancelled")));

        job.cancel();
        jobs.runAll();

        assertThat(delivered).containsExactly("cancelled");
        assertThat(state.running().get()).isFalse();
        state.summary("Stopped.");
        assertThat(state.summary().get()).isEqualTo("Stopped.");
    }
}
