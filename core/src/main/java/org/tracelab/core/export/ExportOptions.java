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
 * @param onlyCurated    keep only pairs (DPO) or chains (SFT, KTO) a person included; whatever a person excluded
 *                       is left out in either mode
 * @param sftAllPassing  SFT: every passing answer, as before ranking existed; by default one best answer (rank 1)
 *                       per (task, seed)
 */
public record ExportOptions(
        Path out,
        ExportStyle style,
        boolean includeFlagged,
        double testFraction,
        long splitSeed,
        boolean onlyCurated,
        boolean sftAllPassing) {

    public ExportOptions {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(style, "style");
        if (!(testFraction >= 0 && testFraction < 1)) {
            throw new IllegalArgumentException("test fraction must be in [0, 1), got " + testFraction);
        }
    }

    /** All candidates that nobody excluded; SFT's best of N. */
    public ExportOptions(Path out, ExportStyle style, boolean includeFlagged, double testFraction, long splitSeed) {
        this(out, style, includeFlagged, testFraction, splitSeed, false, false);
    }

    /**
     * Conversational, quality-flagged texts excluded, no test split, all candidates nobody excluded, SFT's best of N.
     */
    public static ExportOptions defaults(Path out) {
        return new ExportOptions(out, ExportStyle.CONVERSATIONAL, false, 0, 0);
    }

    public ExportOptions withStyle(ExportStyle newStyle) {
        return new ExportOptions(out, newStyle, includeFlagged, testFraction, splitSeed, onlyCurated, sftAllPassing);
    }

    public ExportOptions withIncludeFlagged(boolean include) {
        return new ExportOptions(out, style, include, testFraction, splitSeed, onlyCurated, sftAllPassing);
    }

    public ExportOptions withTestSplit(double fraction, long seed) {
        return new ExportOptions(out, style, includeFlagged, fraction, seed, onlyCurated, sftAllPassing);
    }

    public ExportOptions withOnlyCurated(boolean only) {
        return new ExportOptions(out, style, includeFlagged, testFraction, splitSeed, only, sftAllPassing);
    }

    public ExportOptions withSftAllPassing(boolean all) {
        return new ExportOptions(out, style, includeFlagged, testFraction, splitSeed, onlyCurated, all);
    }

    /** The rules the kinds select by. */
    public SelectionRules rules() {
        return new SelectionRules(style, includeFlagged, onlyCurated, sftAllPassing);
    }

    public ExportOptions withOut(Path newOut) {
        return new ExportOptions(newOut, style, includeFlagged, testFraction, splitSeed, onlyCurated, sftAllPassing);
    }
}
