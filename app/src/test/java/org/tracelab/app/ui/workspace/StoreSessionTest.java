package org.tracelab.app.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.app.service.workspace.StoreWorkspace;
import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.app.ui.ForwardingWorkspace;
import org.tracelab.app.ui.jobs.ImmediateJobs;

/** The open store, on jobs that run at once: opening, a store that cannot open, and switching stores. */
class StoreSessionTest {

    @TempDir
    Path dir;

    private final ImmediateJobs jobs = new ImmediateJobs();
    private final List<String> reported = new ArrayList<>();
    private final List<Path> closed = new ArrayList<>();

    private StoreSession session() {
        return new StoreSession(
                file -> new ClosingTracked(StoreWorkspace.open(file)), jobs, (summary, cause) -> reported.add(summary));
    }

    @Test
    void opensAMissingStoreByCreatingItInABackgroundJob() {
        StoreSession session = session();
        Path file = dir.resolve("new.tracelab.db");

        session.open(file);

        assertThat(session.workspace().get().storeFile()).isEqualTo(file.toAbsolutePath());
        assertThat(session.status().get()).isEqualTo("Store: " + file.toAbsolutePath());
        assertThat(Files.exists(file)).isTrue();
        assertThat(jobs.titles()).containsExactly("Opening store");
        session.detach().close();
    }

    @Test
    void switchingStoresClosesThePreviousOneAfterTheNewOneIsOpen() {
        StoreSession session = session();
        Path first = dir.resolve("first.tracelab.db");
        Path second = dir.resolve("second.tracelab.db");
        session.open(first);

        session.open(second);

        assertThat(session.workspace().get().storeFile()).isEqualTo(second.toAbsolutePath());
        assertThat(closed).containsExactly(first.toAbsolutePath());
        assertThat(jobs.titles()).containsExactly("Opening store", "Opening store", "Closing store");
        session.detach().close();
    }

    @Test
    void aStoreThatCannotOpenIsReportedAndTheOpenOneStays() throws Exception {
        StoreSession session = session();
        Path good = dir.resolve("good.tracelab.db");
        session.open(good);
        Path notAStore = Files.writeString(dir.resolve("notes.txt"), "not a database, just text\n".repeat(200));

        session.open(notAStore);

        assertThat(reported).hasSize(1).first().asString().startsWith("Cannot open the trace store " + notAStore);
        assertThat(session.workspace().get().storeFile()).isEqualTo(good.toAbsolutePath());
        assertThat(session.status().get()).isEqualTo("Store: " + good.toAbsolutePath());
        assertThat(closed).isEmpty();
        session.detach().close();
    }

    /** Records which stores were closed. */
    private final class ClosingTracked extends ForwardingWorkspace {

        ClosingTracked(Workspace delegate) {
            super(delegate);
        }

        @Override
        public void close() {
            closed.add(storeFile());
            super.close();
        }
    }
}
