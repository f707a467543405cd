package org.tracelab.core.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tracelab.core.io.SiblingTempFiles;

/**
 * Files written under temporary names in their target's folder and renamed into place together only when all
 * are complete. Closing before {@link #commit()} deletes the temporary files, so a failure or cancellation while
 * writing leaves neither a partial target nor a temporary file.
 */
final class StagedFiles implements AutoCloseable {

    private final Map<Path, Path> staged = new LinkedHashMap<>();
    private final java.util.Set<Path> cleaned = new java.util.HashSet<>();

    /**
     * A fresh temporary file beside {@code target}; same folder so the final rename is atomic. The first one
     * staged in a folder also removes what a killed export left there.
     */
    Path stage(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (cleaned.add(folder)) {
            SiblingTempFiles.removeStale(folder);
        }
        Path temp = SiblingTempFiles.create(target);
        staged.put(target, temp);
        return temp;
    }

    /** Renames every staged file onto its target, each replacing any older file atomically. */
    void commit() throws IOException {
        var entries = staged.entrySet().iterator();
        while (entries.hasNext()) {
            var entry = entries.next();
            Files.move(
                    entry.getValue(),
                    entry.getKey(),
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            entries.remove();
        }
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (Path temp : staged.values()) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        staged.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
