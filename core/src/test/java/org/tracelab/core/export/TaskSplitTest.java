package org.tracelab.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TaskSplitTest {

    private static final List<String> KEYS =
            IntStream.range(0, 2000).mapToObj(i -> "task-" + i).toList();

    private static List<String> testKeys(TaskSplit split) {
        return KEYS.stream().filter(split::isTest).toList();
    }

    @Test
    void holdsOutRoughlyTheAskedFraction() {
        assertThat(testKeys(new TaskSplit(0.2, 42))).hasSizeBetween(340, 460);
    }

    @Test
    void sameSeedSameSplitAndAnotherSeedAnotherSplit() {
        assertThat(testKeys(new TaskSplit(0.2, 42)))
                .isEqualTo(testKeys(new TaskSplit(0.2, 42)))
                .isNotEqualTo(testKeys(new TaskSplit(0.2, 43)));
    }

    @Test
    void isPinnedAcrossReleases() {
        // Cross-checked with Python's hashlib: a change here would silently reshuffle every user's held-out tasks.
        assertThat(testKeys(new TaskSplit(0.2, 42)).subList(0, 5))
                .containsExactly("task-8", "task-12", "task-14", "task-18", "task-31");
    }

    @Test
    void aLargerFractionOnlyAddsTasks() {
        assertThat(testKeys(new TaskSplit(0.3, 42))).containsAll(testKeys(new TaskSplit(0.1, 42)));
    }

    @Test
    void zeroHoldsOutNothing() {
        assertThat(testKeys(new TaskSplit(0, 42))).isEmpty();
    }

    @Test
    void fractionMustBeBelowOne() {
        assertThatThrownBy(() -> new TaskSplit(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TaskSplit(-0.1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
