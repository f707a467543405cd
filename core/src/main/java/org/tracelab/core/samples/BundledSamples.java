package org.tracelab.core.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The sample files bundled in the jar. The build copies them from {@code samples/} (core's pom), so the
 * repository keeps one copy; problems in them are reported under their repository paths.
 */
public final class BundledSamples {

    /** Where the hand-written traces live in the repository. */
    public static final Path TRACES_SOURCE = Path.of("samples/traces/illustrative-traces.jsonl");
    /** Where the sample tasks live in the repository. */
    public static final Path TASKS_SOURCE = Path.of("samples/tasks/tracelab-sample-tasks.jsonl");

    private static final String FOLDER = "/org/tracelab/core/samples/";

    private BundledSamples() {}

    /** The hand-written illustrative traces. */
    public static SourceText traces() {
        return resource(TRACES_SOURCE);
    }

    /** The sample tasks the traces answer. */
    public static SourceText tasks() {
        return resource(TASKS_SOURCE);
    }

    private static SourceText resource(Path source) {
        String resource = FOLDER + source.getFileName();
        try (InputStream in = BundledSamples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the build did not bundle " + source + " as " + resource);
            }
            return new SourceText(source, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + resource, e);
        }
    }
}
