package org.tracelab.storage.query;

import java.util.List;

/** A page of chains; {@code next} asks for the following page, or is null after the last one. */
public record ChainPage(List<ChainSummary> rows, PageRequest next) {

    public ChainPage {
        rows = List.copyOf(rows);
    }
}
