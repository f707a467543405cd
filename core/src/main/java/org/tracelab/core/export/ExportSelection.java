package org.tracelab.core.export;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a kind makes of its inputs before deduplication and splitting: the candidate lines in input order and
 * how many inputs each rule left out. Cheap to compute, so a UI can preview counts before writing.
 */
public record ExportSelection(int inputs, List<ExportLine> lines, Map<Exclusion, Integer> excluded) {

    public ExportSelection {
        lines = List.copyOf(lines);
        excluded = Collections.unmodifiableMap(
                excluded.isEmpty() ? new EnumMap<>(Exclusion.class) : new EnumMap<>(excluded));
    }

    public int excluded(Exclusion reason) {
        return excluded.getOrDefault(reason, 0);
    }
}
