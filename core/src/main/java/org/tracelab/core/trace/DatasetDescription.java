package org.tracelab.core.trace;

import java.util.Objects;

/** The task file a run drew from, identified by content so two runs can be compared safely. */
public record DatasetDescription(String name, String fileSha256, int taskCount) {

    public DatasetDescription {
        Objects.requireNonNull(name, "name");
        if (taskCount < 0) {
            throw new IllegalArgumentException("negative task count");
        }
    }
}
