package org.tracelab.app.ui.benchmark;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracelab.app.ui.jobs.Job;
import org.tracelab.app.ui.jobs.JobRequest;
import org.tracelab.app.ui.jobs.JobState;
import org.tracelab.app.ui.jobs.Jobs;
import org.tracelab.core.dataset.DownloadListener;

/**
 * One "Get …" button of the dataset section (Get IFEval, Get IFBench): a benchmark's prompts file, the cached copy or
 * a download that must parse before it is cached, got in the background with progress and cancel. What it got is
 * handed to the section, which makes it the task file.
 */
public final class PromptsDownloadModel {

    /** Gets the file (network and file I/O, on the job's thread) and says in a sentence what was got. */
    @FunctionalInterface
    interface Source {
        Got obtain(DownloadListener listener, BooleanSupplier cancelled);
    }

    /** The file got, and a sentence on it ("IFBench: 300 prompts, … downloaded to …"). */
    record Got(Path file, String description) {}

    private static final Logger LOG = LoggerFactory.getLogger(PromptsDownloadModel.class);

    private final String benchmark;
    private final String fileName;
    private final String host;
    private final Jobs jobs;
    private final Source source;
    private final Consumer<Path> onGot;
    private final JobState state = new JobState();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private Job job = Job.DONE;

    /**
     * @param benchmark what is got, for messages ("IFBench")
     * @param fileName  the file's name ("IFBench_test.jsonl")
     * @param host      where it comes from, for the status ("GitHub")
     * @param onGot     told the file once it is got (on the UI thread)
     */
    PromptsDownloadModel(
            String benchmark, String fileName, String host, Jobs jobs, Source source, Consumer<Path> onGot) {
        this.benchmark = Objects.requireNonNull(benchmark, "benchmark");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.host = Objects.requireNonNull(host, "host");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.source = Objects.requireNonNull(source, "source");
        this.onGot = Objects.requireNonNull(onGot, "onGot");
    }

    /** True while the file is being got. */
    public ReadOnlyBooleanProperty running() {
        return state.running();
    }

    /** Bytes received of the announced size, -1 while unknown. */
    public ReadOnlyDoubleProperty progress() {
        return state.progress();
    }

    /** What the download is doing or how it ended; empty before the first. */
    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    /** Gets the file in the background, unless it is already being got. */
    public void get() {
        if (running().get()) {
            return;
        }
        job = jobs.submit(JobRequest.longRunning(
                        "Getting " + benchmark,
                        progress -> source.obtain(
                                (read, total) -> {
                                    progress.update(read, total > 0 ? total : -1);
                                    progress.message(
                                            total > 0 ? kib(read) + " of " + kib(total) + " KiB" : kib(read) + " KiB");
                                },
                                progress::cancelled))
                .message("connecting")
                .tracking(state)
                .onSuccess(got -> {
                    end(1);
                    status.set(got.description());
                    onGot.accept(got.file());
                })
                .onFailure(failure -> {
                    end(0);
                    LOG.warn("Get {} failed", benchmark, failure);
                    status.set("Could not get " + benchmark + ": " + failure.getMessage() + ". Check the network "
                            + "connection and try again, or choose a task file.");
                })
                .onCancelled(() -> {
                    end(0);
                    status.set("Download cancelled.");
                }));
        if (running().get()) {
            status.bind(Bindings.concat("Getting ", fileName, " from ", host, "… ", state.message()));
        }
    }

    /** Stops a running download; a partial file is never cached. */
    public void cancel() {
        job.cancel();
    }

    private void end(double progress) {
        job = Job.DONE;
        status.unbind();
        state.settle(progress, "");
    }

    static String kib(long bytes) {
        return String.format(Locale.ROOT, "%,d", (bytes + 1023) / 1024);
    }
}
