package org.tracelab.app.ui.samples;

import java.nio.file.Path;
import java.time.Clock;
import org.tracelab.app.service.samples.SampleStoreService;
import org.tracelab.core.samples.IllustrativeRunBuilder;
import org.tracelab.core.verify.Verifiers;

/** Where the illustrative sample store is, built when missing. Does I/O: call it in a background task. */
@FunctionalInterface
public interface SampleStores {

    /** Builds the sample store if its file is missing, telling {@code progress} each chain; returns the file. */
    Path ensureBuilt(IllustrativeRunBuilder.Listener progress);

    /** The bundled traces, built into {@code file} with the default verifier (Punkt when NLTK's data is found). */
    static SampleStores bundled(Path file) {
        return progress -> {
            new SampleStoreService(Verifiers.create((Path) null), Clock.systemUTC()).install(file, progress);
            return file;
        };
    }
}
