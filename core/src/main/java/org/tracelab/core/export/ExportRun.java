package org.tracelab.core.export;

import java.util.Objects;

/**
 * A run the exported traces come from, as the manifest and the card describe it.
 *
 * @param model   the model's name; for a GGUF file its file name only, never the user's full path
 * @param dataset      the task set's name (e.g. {@code ifeval}); a name containing "ifeval" triggers the card's warning
 * @param illustration the run holds hand-written illustrative traces, not model output (the sample store)
 */
public record ExportRun(
        long id, String name, String model, String verifierVersion, String dataset, boolean illustration) {

    public ExportRun {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(verifierVersion, "verifierVersion");
        Objects.requireNonNull(dataset, "dataset");
    }

    /** A run of model output. */
    public ExportRun(long id, String name, String model, String verifierVersion, String dataset) {
        this(id, name, model, verifierVersion, dataset, false);
    }
}
