package org.tracelab.core.stats;

import java.util.List;

/**
 * A table of already formatted cells: what every {@link TableFormat} lays out.
 *
 * @param header column titles
 * @param rightAligned per column, whether it holds numbers (right-aligned in text and Markdown)
 * @param rows cell texts, one list per row, as wide as the header
 */
public record Grid(List<String> header, List<Boolean> rightAligned, List<List<String>> rows) {

    public Grid {
        header = List.copyOf(header);
        rightAligned = List.copyOf(rightAligned);
        rows = rows.stream().map(List::copyOf).toList();
        int columns = header.size();
        if (rightAligned.size() != columns || rows.stream().anyMatch(row -> row.size() != columns)) {
            throw new IllegalArgumentException("ragged grid");
        }
    }
}
