package org.tracelab.core.trace;

import java.util.Objects;

/**
 * The task file a run drew from, identified by content so two runs can be compared safely.
 *
 * @param format the task-file format that was read ({@code ifeval}, {@code wasmagent_short},
 *               {@code wasmagent_taskspec}); null when not recorded (runs from before formats were recorded, imports)
 */
public record DatasetDescription(String name, String fileSha256, int taskCount, String format) {

    public DatasetDescription {
        Objects.requireNonNull(name, "name");
        if (taskCount < 0) {
            throw new IllegalArgumentException("negative task count");
        }
    }

    /** A dataset whose format was not recorded. */
    public DatasetDescription(String name, String fileSha256, int taskCount) {
        this(name, fileSha256, taskCount, null);
    }
}
