package org.tracelab.core.dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The tasks of one task file and the format they were read in.
 *
 * @param file   the file as given
 * @param format what the file's first task looked like; every task of the file was read in it
 */
public record TaskFile(Path file, TaskFormat format, List<IfevalTask> tasks) {

    public TaskFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        tasks = List.copyOf(tasks);
    }
}
