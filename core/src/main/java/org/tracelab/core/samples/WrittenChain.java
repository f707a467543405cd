package org.tracelab.core.samples;

import java.util.List;
import java.util.Objects;

/**
 * One line of the source file: a chain of hand-written attempts for one task, mode, seed and fork.
 *
 * @param line the line of the source file, for error messages
 */
public record WrittenChain(long line, String taskKey, String mode, long seed, int fork, List<WrittenAttempt> attempts) {

    public WrittenChain {
        Objects.requireNonNull(taskKey, "taskKey");
        Objects.requireNonNull(mode, "mode");
        attempts = List.copyOf(attempts);
        if (attempts.isEmpty()) {
            throw new IllegalArgumentException("a chain has at least one attempt");
        }
    }
}
