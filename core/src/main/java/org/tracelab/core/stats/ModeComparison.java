package org.tracelab.core.stats;

import java.util.Objects;

/**
 * A paired comparison of one mode against a baseline on the same tasks, with tasks as the units (ADR 0008).
 *
 * @param mode the mode compared (A)
 * @param baseline the mode it is compared against (B)
 * @param difference mean over tasks of (pass share of {@code mode} − that of {@code baseline}), with its paired
 *     bootstrap interval resampling tasks
 * @param test the task-level exact test; "favouring A" counts tasks where {@code mode} did better
 * @param power the smallest difference this many tasks and seeds detect at 80 % power
 */
public record ModeComparison(
        String mode, String baseline, BootstrapInterval difference, TaskLevelTest test, DetectableDifference power) {

    public ModeComparison {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(difference, "difference");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(power, "power");
        if (mode.equals(baseline)) {
            throw new IllegalArgumentException("a mode cannot be compared with itself: " + mode);
        }
    }
}
