package org.tracelab.app.cli;

import java.nio.file.Path;
import org.tracelab.app.service.store.StoreLocation;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by the commands that use the trace store. */
final class StoreOptions {

    @Option(
            names = "--db",
            paramLabel = "FILE",
            description = "Trace store (default: $TRACELAB_DB, else the user's data folder); created if missing.")
    Path db;

    Path file() {
        return StoreLocation.resolve(db);
    }
}
