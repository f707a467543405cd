package org.tracelab.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.core.testing.SampleTraces;

class RunGroupStoreTest {

    @TempDir
    Path dir;

    @Test
    void savesListsAndDeletesGroups() {
        Path file = dir.resolve("g.db");
        long first;
        long second;
        long third;
        try (TraceStore store = TraceStore.open(file)) {
            TraceWriter writer = store.writer();
            first = writer.createRun(SampleTraces.run("seed 42"));
            second = writer.createRun(SampleTraces.run("seed 43"));
            third = writer.createRun(SampleTraces.run("seed 44"));
            long group = writer.createRunGroup("qwen seeds", List.of(third, first, second));
            long other = writer.createRunGroup("pair", List.of(first, second));
            try (TraceReader reader = store.openReader()) {
                assertThat(reader.runGroups())
                        .containsExactly(
                                new StoredRunGroup(group, "qwen seeds", List.of(third, first, second)),
                                new StoredRunGroup(other, "pair", List.of(first, second)));
            }
            writer.deleteRunGroup(other);
            assertThatThrownBy(() -> writer.createRunGroup(" ", List.of(first)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("needs a name");
            assertThatThrownBy(() -> writer.createRunGroup("missing run", List.of(first, 999L)))
                    .isInstanceOf(StoreException.class);
        }
        // Durable across reopening; the failed group left nothing behind.
        try (TraceStore store = TraceStore.open(file);
                TraceReader reader = store.openReader()) {
            assertThat(reader.runGroups()).extracting(StoredRunGroup::name).containsExactly("qwen seeds");
        }
    }
}
