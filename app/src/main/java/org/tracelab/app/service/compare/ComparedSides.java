package org.tracelab.app.service.compare;

import java.util.Objects;

/** The two sides of a comparison, both checked against the store ({@link CompareService#sides}). */
public record ComparedSides(ComparedSide a, ComparedSide b) {

    public ComparedSides {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
    }
}
