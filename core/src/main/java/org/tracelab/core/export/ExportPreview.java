package org.tracelab.core.export;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An export decided but not written: the first training lines as they would be written, and the counts.
 *
 * @param firstLines the first training lines, compact JSON without newlines
 * @param excluded   inputs that would be left out, by reason (duplicates included)
 * @param warnings   what the card will warn about (IFEval's own prompts, illustrations, an empty test split)
 * @param origins    which tasks the composer made and from which pools, as the card will say
 */
public record ExportPreview(
        List<String> firstLines,
        SplitCounts trainCounts,
        SplitCounts testCounts,
        int inputs,
        Map<Exclusion, Integer> excluded,
        List<String> warnings,
        TaskOrigins origins) {

    public ExportPreview {
        firstLines = List.copyOf(firstLines);
        excluded = Collections.unmodifiableMap(
                excluded.isEmpty() ? new EnumMap<>(Exclusion.class) : new EnumMap<>(excluded));
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(origins, "origins");
    }
}
