package org.tracelab.core.export;

import java.util.Objects;

/**
 * The rules a kind applies to its inputs, from {@link ExportOptions}.
 *
 * @param includeFlagged admit quality-flagged negatives and flagged tasks; never a gamed, refused or truncated
 *                       positive
 * @param onlyCurated    keep only what a person included; what a person excluded is left out either way
 * @param sftAllPassing  SFT: every passing answer instead of one best answer per (task, seed)
 */
public record SelectionRules(ExportStyle style, boolean includeFlagged, boolean onlyCurated, boolean sftAllPassing) {

    public SelectionRules {
        Objects.requireNonNull(style, "style");
    }

    /** The defaults with this style and flag rule: all candidates nobody excluded, SFT's best of N. */
    public static SelectionRules of(ExportStyle style, boolean includeFlagged) {
        return new SelectionRules(style, includeFlagged, false, false);
    }

    public SelectionRules withOnlyCurated(boolean only) {
        return new SelectionRules(style, includeFlagged, only, sftAllPassing);
    }

    public SelectionRules withSftAllPassing(boolean all) {
        return new SelectionRules(style, includeFlagged, onlyCurated, all);
    }
}
