package org.tracelab.core.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Temporary files beside the file they will replace (same folder, so the final rename is atomic), named
 * {@code .NAME.tracelab-PID-RANDOM.tmp}. They are created like any other file, so they (and the file they become)
 * follow the user's umask rather than {@link Files#createTempFile}'s owner-only mode. The process id in the name
 * tells a stale one apart: {@link #removeStale} deletes those whose process is gone (killed mid-write).
 */
public final class SiblingTempFiles {

    private static final Logger LOG = LoggerFactory.getLogger(SiblingTempFiles.class);
    private static final Pattern NAME = Pattern.compile("^\\..+\\.tracelab-(\\d+)-[0-9a-f]+\\.tmp$");

    private SiblingTempFiles() {}

    /** A new, empty temporary file in {@code target}'s folder. */
    public static Path create(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        for (int tries = 0; ; tries++) {
            Path temp = folder.resolve("." + target.getFileName() + ".tracelab-"
                    + ProcessHandle.current().pid() + "-"
                    + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (tries > 10) {
                    throw e;
                }
            }
        }
    }

    /**
     * Deletes the temporary files in {@code folder} left by processes that no longer run; returns how many. A
     * file that cannot be deleted is left (and logged), never a reason to fail the caller.
     */
    public static int removeStale(Path folder) {
        int removed = 0;
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".*.tmp")) {
            for (Path entry : entries) {
                OptionalLong pid = ownerOf(entry.getFileName().toString());
                if (pid.isEmpty()
                        || pid.getAsLong() == ProcessHandle.current().pid()
                        || ProcessHandle.of(pid.getAsLong())
                                .map(ProcessHandle::isAlive)
                                .orElse(false)) {
                    continue;
                }
                try {
                    Files.deleteIfExists(entry);
                    removed++;
                    LOG.info("removed {}, left by an interrupted write", entry);
                } catch (IOException e) {
                    LOG.warn("cannot remove the stale temporary file {}: {}", entry, e.toString());
                }
            }
        } catch (IOException e) {
            LOG.warn("cannot look for stale temporary files in {}: {}", folder, e.toString());
        }
        return removed;
    }

    static OptionalLong ownerOf(String fileName) {
        Matcher matcher = NAME.matcher(fileName);
        return matcher.matches() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }
}
