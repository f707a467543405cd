package org.tracelab.core.export;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to export.
 *
 * @param out            the training file, {@code NAME.jsonl}; the test split, manifest and card go next to it
 * @param includeFlagged admit flagged negatives and flagged tasks; never a gamed, refused or truncated positive
 * @param testFraction   the share of tasks held out to {@code NAME.test.jsonl}, in [0, 1); 0 writes no test file
 * @param splitSeed      with the task key, decides each task's split; the same seed gives the same split
 */
public record ExportOptions(Path out, ExportStyle style, boolean includeFlagged, double testFraction, long splitSeed) {

    public ExportOptions {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(style, "style");
        if (!(testFraction >= 0 && testFraction < 1)) {
            throw new IllegalArgumentException("test fraction must be in [0, 1), got " + testFraction);
        }
    }

    /** Conversational, flagged texts excluded, no test split. */
    public static ExportOptions defaults(Path out) {
        return new ExportOptions(out, ExportStyle.CONVERSATIONAL, false, 0, 0);
    }

    public ExportOptions withStyle(ExportStyle newStyle) {
        return new ExportOptions(out, newStyle, includeFlagged, testFraction, splitSeed);
    }

    public ExportOptions withIncludeFlagged(boolean include) {
        return new ExportOptions(out, style, include, testFraction, splitSeed);
    }

    public ExportOptions withTestSplit(double fraction, long seed) {
        return new ExportOptions(out, style, includeFlagged, fraction, seed);
    }
}
