package org.tracelab.core.trace;

import java.util.Objects;

/** A curation decision with an optional free-form note. */
public record Curation(CurationState state, String note) {

    public static final Curation NONE = new Curation(CurationState.NONE, null);

    public Curation {
        Objects.requireNonNull(state, "state");
    }
}
