package org.tracelab.core.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes curated traces as JSONL datasets TRL reads, with a manifest and a dataset card beside them.
 *
 * <p>The lines are decided first (flag filters, deduplication, the task split); then every file is written under
 * a temporary name in the target folder and all are renamed into place only when complete. A failure, a listener
 * exception or an interrupt before that point leaves no new file and no temporary file; the interrupt surfaces as
 * {@link ExportCancelledException}. A test file left over from an earlier export is removed when this export
 * writes none, so the folder never pairs a new training file with an old split.
 */
public final class DatasetExporter {

    private final Clock clock;

    public DatasetExporter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public ExportResult export(ExportKind kind, ExportOptions options, ExportSource source, ExportListener listener) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(listener, "listener");
        ExportPaths paths = ExportPaths.of(options.out());
        ExportPlan plan =
                ExportPlan.of(kind, options, source, paths, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        try (StagedFiles staged = new StagedFiles()) {
            Progress progress =
                    new Progress(listener, plan.train().size() + plan.test().size());
            writeLines(staged.stage(paths.train()), plan.train(), progress);
            if (plan.hasTestFile()) {
                writeLines(staged.stage(paths.test()), plan.test(), progress);
            }
            Files.writeString(staged.stage(paths.manifest()), Manifest.render(plan), StandardCharsets.UTF_8);
            Files.writeString(staged.stage(paths.card()), DatasetCard.render(plan), StandardCharsets.UTF_8);
            checkInterrupt();
            staged.commit();
        } catch (ClosedByInterruptException | InterruptedIOException e) {
            Thread.currentThread().interrupt();
            throw new ExportCancelledException("export to " + paths.train() + " cancelled; nothing was written");
        } catch (IOException e) {
            throw new ExportException("cannot write " + paths.train() + " and its companions: " + e, e);
        }
        removeStaleTestFile(plan);
        return new ExportResult(
                paths.train(),
                plan.hasTestFile() ? Optional.of(paths.test()) : Optional.empty(),
                paths.manifest(),
                paths.card(),
                plan.trainCounts(),
                plan.testCounts(),
                plan.inputs(),
                plan.excluded(),
                plan.warnings());
    }

    /**
     * What {@link #export} would write, decided the same way but without touching a file (the output folder is not
     * checked): the first {@code maxLines} training lines and the counts. Throws {@link ExportException} when
     * nothing would be exported, with the same message.
     */
    public ExportPreview preview(ExportKind kind, ExportOptions options, ExportSource source, int maxLines) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        // No paths: a plan's paths are only read when the manifest and the card are rendered.
        ExportPlan plan =
                ExportPlan.of(kind, options, source, null, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        List<String> first = plan.train().stream()
                .limit(Math.max(0, maxLines))
                .map(ExportLine::json)
                .toList();
        return new ExportPreview(
                first,
                plan.trainCounts(),
                plan.testCounts(),
                plan.inputs(),
                plan.excluded(),
                plan.warnings(),
                source.origins());
    }

    private static void writeLines(Path file, List<ExportLine> lines, Progress progress) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (ExportLine line : lines) {
                checkInterrupt();
                out.write(line.json());
                out.write('\n');
                progress.lineWritten();
            }
        }
    }

    private static void checkInterrupt() throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("interrupted");
        }
    }

    private static void removeStaleTestFile(ExportPlan plan) {
        if (plan.hasTestFile()) {
            return;
        }
        try {
            Files.deleteIfExists(plan.paths().test());
        } catch (IOException e) {
            throw new ExportException(
                    "exported " + plan.paths().train() + " but cannot remove the older "
                            + plan.paths().test() + ", which no longer matches it: " + e,
                    e);
        }
    }

    /** Counts lines across both files for the listener. */
    private static final class Progress {

        private final ExportListener listener;
        private final long total;
        private long written;

        Progress(ExportListener listener, long total) {
            this.listener = listener;
            this.total = total;
        }

        void lineWritten() {
            listener.progress(++written, total);
        }
    }
}
