package org.tracelab.core.export;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A finished export.
 *
 * @param test     the test file, when a test split was asked for and got at least one task
 * @param excluded inputs left out, by reason (duplicates included)
 * @param warnings things the user should know, also written to the manifest and the card
 */
public record ExportResult(
        Path train,
        Optional<Path> test,
        Path manifest,
        Path card,
        SplitCounts trainCounts,
        SplitCounts testCounts,
        int inputs,
        Map<Exclusion, Integer> excluded,
        List<String> warnings) {

    public ExportResult {
        excluded = Collections.unmodifiableMap(
                excluded.isEmpty() ? new EnumMap<>(Exclusion.class) : new EnumMap<>(excluded));
        warnings = List.copyOf(warnings);
    }
}
