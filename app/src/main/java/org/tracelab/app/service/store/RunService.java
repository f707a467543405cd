package org.tracelab.app.service.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.tracelab.app.service.TaskProgress;

/**
 * Run management on an open store: rename, notes, and deletion with the file's space given back. FX-free; the
 * desktop's Runs context menu and the {@code Workspace} call it.
 */
public final class RunService {

    /** The longest run name kept (a name is a label, not a document: notes are for that). */
    public static final int MAX_NAME_LENGTH = 200;

    /** What a deletion removed and how much smaller the file became (including its write-ahead log). */
    public record Deleted(long runId, long chains, long attempts, long bytesBefore, long bytesAfter) {

        public long bytesFreed() {
            return Math.max(0, bytesBefore - bytesAfter);
        }
    }

    private final OpenStore store;

    public RunService(OpenStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Renames run {@code runId}; the name is stripped and must be 1 to {@value #MAX_NAME_LENGTH} characters. */
    public void rename(long runId, String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a run name has 1 to " + MAX_NAME_LENGTH + " characters");
        }
        store.writer().renameRun(runId, stripped);
    }

    /** Replaces the notes of run {@code runId}; blank clears them. */
    public void setNotes(long runId, String notes) {
        store.writer().setRunNotes(runId, notes == null || notes.isBlank() ? null : notes.strip());
    }

    /** {@code [chains, attempts]} of run {@code runId}, for the confirmation that names what a deletion removes. */
    public long[] size(long runId) {
        return store.read(reader -> reader.runSize(runId));
    }

    /**
     * Deletes run {@code runId} and everything in it in one transaction (step 1 of 2), then rewrites the file
     * without the freed pages (step 2), reporting {@code progress} after each step (1 of 2, 2 of 2).
     */
    public Deleted delete(long runId, TaskProgress progress) {
        long[] size = size(runId);
        long before = bytes(store.file());
        store.writer().deleteRun(runId);
        progress.tasksDone(1, 2);
        store.reclaimSpace();
        progress.tasksDone(2, 2);
        return new Deleted(runId, size[0], size[1], before, bytes(store.file()));
    }

    private static long bytes(Path file) {
        try {
            Path wal = file.resolveSibling(file.getFileName() + "-wal");
            return Files.size(file) + (Files.exists(wal) ? Files.size(wal) : 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + file, e);
        }
    }
}
