package org.tracelab.core.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.tracelab.core.record.ComplianceEvalRecord;
import org.tracelab.core.record.ComplianceEvalRecordWriter;

/**
 * Writes chains as portable records, {@code FILE.jsonl}: one {@link ComplianceEvalRecord} per line, each validated
 * against the record schema before it is written. The file is written under a temporary name in the target folder
 * and renamed into place only when every record is in; a record that fails validation, an I/O error, a listener
 * exception or an interrupt aborts the export and leaves neither the file nor a temporary file (an interrupt
 * surfaces as {@link ExportCancelledException}). Records carry nothing private (see {@link ComplianceEvalRecord}).
 */
public final class RecordsExporter {

    /** Where the records come from, e.g. a store's runs in chain order. */
    public interface RecordSource {

        /** How many records {@link #forEach} hands out: the total the listener is told. */
        long count();

        /** Hands each record to {@code sink} in order; exceptions from the sink propagate. */
        void forEach(Consumer<ComplianceEvalRecord> sink);
    }

    /**
     * A finished records export.
     *
     * @param records lines written, one per chain
     */
    public record Result(Path file, long records) {}

    public Result export(Path out, RecordSource source, ExportListener listener) {
        Path file = checkedTarget(out);
        long total = source.count();
        if (total == 0) {
            throw new ExportException("nothing to export: the selection has no chains");
        }
        long[] written = {0};
        try (StagedFiles staged = new StagedFiles()) {
            try (BufferedWriter writer = Files.newBufferedWriter(staged.stage(file), StandardCharsets.UTF_8)) {
                source.forEach(record -> {
                    checkInterrupt();
                    String line;
                    try {
                        line = ComplianceEvalRecordWriter.toJsonLine(record);
                    } catch (IllegalStateException invalid) {
                        throw new ExportException(
                                "record " + (written[0] + 1) + " (task "
                                        + record.task().datasetKey()
                                        + ", mode " + record.mode() + ", seed " + record.seed() + ", fork "
                                        + record.fork()
                                        + ") does not satisfy the record schema, so nothing was written: "
                                        + invalid.getMessage(),
                                invalid);
                    }
                    try {
                        writer.write(line);
                        writer.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    listener.progress(++written[0], total);
                });
            }
            checkInterrupt();
            staged.commit();
        } catch (Cancelled | ClosedByInterruptException | InterruptedIOException e) {
            Thread.currentThread().interrupt();
            throw new ExportCancelledException("export to " + file + " cancelled; nothing was written");
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof ClosedByInterruptException || e.getCause() instanceof InterruptedIOException) {
                Thread.currentThread().interrupt();
                throw new ExportCancelledException("export to " + file + " cancelled; nothing was written");
            }
            throw new ExportException("cannot write " + file + ": " + e.getCause(), e.getCause());
        } catch (IOException e) {
            throw new ExportException("cannot write " + file + ": " + e, e);
        }
        return new Result(file, written[0]);
    }

    /** The target as an absolute {@code NAME.jsonl} in an existing, writable folder; throws {@link ExportException}. */
    private static Path checkedTarget(Path out) {
        Path file = out.toAbsolutePath().normalize();
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (!name.endsWith(".jsonl") || name.length() == ".jsonl".length()) {
            throw new ExportException("the output must be a file named NAME.jsonl, got " + out);
        }
        Path folder = file.getParent();
        if (!Files.isDirectory(folder)) {
            throw new ExportException("cannot export to " + out + ": the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new ExportException(
                    "cannot export to " + out + ": it is a folder; give a file name ending in .jsonl");
        }
        if (!Files.isWritable(folder)) {
            throw new ExportException("cannot export to " + out + ": the folder " + folder + " is not writable");
        }
        return file;
    }

    private static void checkInterrupt() {
        if (Thread.currentThread().isInterrupted()) {
            throw new Cancelled();
        }
    }

    /** Unwinds the record source when the thread is interrupted. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }
}
