package org.tracelab.core.export;

import java.util.List;

/**
 * The size of one split.
 *
 * @param positives lines labelled true (KTO); equal to {@code lines} for SFT and DPO
 */
public record SplitCounts(int lines, int tasks, int positives) {

    static SplitCounts of(List<ExportLine> lines) {
        int tasks = (int) lines.stream().map(ExportLine::taskKey).distinct().count();
        int positives = (int) lines.stream().filter(ExportLine::label).count();
        return new SplitCounts(lines.size(), tasks, positives);
    }
}
