package org.tracelab.app.service.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.core.verify.Verifier;
import org.tracelab.core.verify.Verifiers;
import org.tracelab.core.verify.text.punkt.BuiltInSentenceSplitter;
import org.tracelab.storage.StoredRun;
import org.tracelab.storage.TraceReader;
import org.tracelab.storage.TraceStore;
import org.tracelab.storage.query.ModeAggregate;

class SampleStoreServiceTest {

    private static final Verifier VERIFIER = Verifiers.create(new BuiltInSentenceSplitter());

    @TempDir
    Path dir;

    private final SampleStoreService service = new SampleStoreService(VERIFIER, Clock.systemUTC());

    @Test
    void installBuildsTheBundledStoreOnceAndLeavesNoPartialFiles() throws Exception {
        Path file = dir.resolve("data/tracelab-samples.tracelab.db");
        Files.createDirectories(file.getParent());

        assertThat(service.install(file, (done, total) -> {})).isTrue();
        assertThat(service.install(file, (done, total) -> {}))
                .as("an existing store is left alone")
                .isFalse();

        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("tracelab-samples.tracelab.db");
        }
        try (TraceStore store = TraceStore.open(file);
                TraceReader reader = store.openReader()) {
            List<StoredRun> runs = reader.runs();
            assertThat(runs).hasSize(1);
            assertThat(runs.get(0).info().isIllustration()).isTrue();
            List<ModeAggregate> modes = reader.aggregates(runs.get(0).id());
            assertThat(modes)
                    .extracting(ModeAggregate::mode)
                    .containsExactlyInAnyOrder("direct", "prompt_retry", "full_pcl");
            assertThat(modes.stream().mapToLong(m -> m.all().chains()).sum()).isEqualTo(21);
            assertThat(modes.stream().mapToLong(m -> m.all().attempts()).sum()).isEqualTo(35);
        }
    }

    @Test
    void cancelledInstallLeavesNothingBehind() throws Exception {
        Path file = dir.resolve("tracelab-samples.tracelab.db");

        assertThatThrownBy(() -> service.install(file, (done, total) -> {
                    if (done == 5) {
                        throw new CancellationException("cancelled");
                    }
                }))
                .isInstanceOf(CancellationException.class);

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
