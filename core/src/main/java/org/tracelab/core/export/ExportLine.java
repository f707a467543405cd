package org.tracelab.core.export;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One JSON line ready to write.
 *
 * @param json     the line, compact, without the newline
 * @param dedupKey equal for lines that say the same thing (same prompt and completions)
 * @param label    KTO's label; true for SFT and DPO lines
 * @param sources  the attempts the line was made from (chosen first for DPO)
 * @param pair     how a DPO pair was mined; empty for SFT and KTO
 */
public record ExportLine(
        String taskKey,
        String json,
        String dedupKey,
        boolean label,
        List<AttemptRef> sources,
        Optional<PairProvenance> pair) {

    public ExportLine {
        Objects.requireNonNull(taskKey, "taskKey");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(dedupKey, "dedupKey");
        sources = List.copyOf(sources);
        Objects.requireNonNull(pair, "pair");
    }
}
