package org.tracelab.core.stats;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The per-mode results of a benchmark and the paired comparisons between modes, computed and ready to render
 * with a {@link TableFormat}. Rows and comparisons keep the order in which they were added.
 */
public final class ResultsTable {

    private final double confidence;
    private final List<ModeSummary> modes;
    private final List<ModeComparison> comparisons;

    private ResultsTable(double confidence, List<ModeSummary> modes, List<ModeComparison> comparisons) {
        this.confidence = confidence;
        this.modes = List.copyOf(modes);
        this.comparisons = List.copyOf(comparisons);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The confidence of the Wilson intervals on the chain pass rates. */
    public double confidence() {
        return confidence;
    }

    public List<ModeSummary> modes() {
        return modes;
    }

    public List<ModeComparison> comparisons() {
        return comparisons;
    }

    /** Collects rows and comparisons; not thread-safe. */
    public static final class Builder {

        private double confidence = WilsonInterval.DEFAULT_CONFIDENCE;
        private final List<ModeRow> rows = new ArrayList<>();
        private final List<ModeComparison> comparisons = new ArrayList<>();

        private Builder() {
        }

        /** The confidence of the Wilson intervals (default 0.95). */
        public Builder confidence(double confidence) {
            NormalQuantile.twoSidedZ(confidence); // validates
            this.confidence = confidence;
            return this;
        }

        public Builder mode(ModeRow row) {
            rows.add(Objects.requireNonNull(row, "row"));
            return this;
        }

        public Builder comparison(ModeComparison comparison) {
            comparisons.add(Objects.requireNonNull(comparison, "comparison"));
            return this;
        }

        /**
         * @throws IllegalArgumentException if a mode appears twice, a comparison names a mode without a row, or
         *     the comparisons' bootstrap intervals have different confidence levels (they share one column)
         */
        public ResultsTable build() {
            Set<String> names = new LinkedHashSet<>();
            List<ModeSummary> summaries = new ArrayList<>();
            for (ModeRow row : rows) {
                if (!names.add(row.mode())) {
                    throw new IllegalArgumentException("mode listed twice: " + row.mode());
                }
                summaries.add(ModeSummary.of(row, confidence));
            }
            for (ModeComparison comparison : comparisons) {
                for (String name : List.of(comparison.mode(), comparison.baseline())) {
                    if (!names.contains(name)) {
                        throw new IllegalArgumentException("comparison names a mode without a row: " + name);
                    }
                }
                if (comparison.difference().confidence() != comparisons.get(0).difference().confidence()) {
                    throw new IllegalArgumentException("comparisons use different bootstrap confidence levels");
                }
            }
            return new ResultsTable(confidence, summaries, comparisons);
        }
    }
}
