package org.tracelab.core.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The per-mode results of a benchmark and the paired comparisons between modes, computed and ready to render
 * with a {@link TableFormat}. Rows and comparisons keep the order in which they were added.
 *
 * <p>Built from per-task tallies ({@link Builder#mode(String, Collection, double, double)}), every rate gets a
 * task-clustered interval and every pair of modes a paired task-level comparison (ADR 0008).
 */
public final class ResultsTable {

    private final double confidence;
    private final Resampling resampling;
    private final List<ModeSummary> modes;
    private final List<ModeComparison> comparisons;
    private final List<StrategyFixRate> repairStrategies;

    private ResultsTable(
            double confidence,
            Resampling resampling,
            List<ModeSummary> modes,
            List<ModeComparison> comparisons,
            List<StrategyFixRate> repairStrategies) {
        this.confidence = confidence;
        this.resampling = resampling;
        this.modes = List.copyOf(modes);
        this.comparisons = List.copyOf(comparisons);
        this.repairStrategies = List.copyOf(repairStrategies);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The confidence of the intervals. */
    public double confidence() {
        return confidence;
    }

    /** How the bootstrap intervals were drawn. */
    public Resampling resampling() {
        return resampling;
    }

    public List<ModeSummary> modes() {
        return modes;
    }

    public List<ModeComparison> comparisons() {
        return comparisons;
    }

    /** Per violated instruction and repair strategy, how often it fixed it (empty when not tallied). */
    public List<StrategyFixRate> repairStrategies() {
        return repairStrategies;
    }

    /** Whether any mode has pass@k statistics over forks. */
    public boolean hasForks() {
        return modes.stream()
                .anyMatch(m -> m.intervals() != null && m.intervals().forks() != null);
    }

    /** Collects rows and comparisons; not thread-safe. */
    public static final class Builder {

        private double confidence = WilsonInterval.DEFAULT_CONFIDENCE;
        private Resampling resampling = Resampling.DEFAULT;
        private final List<ModeRow> rows = new ArrayList<>();
        private final Map<String, List<TaskSeedTally>> tallies = new HashMap<>();
        private final List<ModeComparison> comparisons = new ArrayList<>();
        private boolean compareModes;
        private RepairStrategyTally repairs;

        private Builder() {}

        /** The confidence of the intervals (default 0.95). */
        public Builder confidence(double confidence) {
            NormalQuantile.twoSidedZ(confidence); // validates
            this.confidence = confidence;
            return this;
        }

        /** Resamples and seed of the bootstrap intervals (default {@link Resampling#DEFAULT}, at the table's confidence). */
        public Builder resampling(int resamples, long seed) {
            this.resampling = new Resampling(resamples, seed, confidence);
            return this;
        }

        /** A mode known only by its rates: no intervals beyond the Wilson interval (not shown unless independent). */
        public Builder mode(ModeRow row) {
            rows.add(Objects.requireNonNull(row, "row"));
            return this;
        }

        /**
         * A mode from its per-task tallies: rates per seed, task-clustered intervals, pass@k over forks, and paired
         * comparisons with the modes added before it.
         */
        public Builder mode(
                String mode,
                Collection<TaskSeedTally> modeTallies,
                double tokensPerChain,
                double latencyMillisPerChain) {
            for (TaskSeedTally tally : modeTallies) {
                if (!tally.mode().equals(mode)) {
                    throw new IllegalArgumentException("a tally of mode " + tally.mode() + " given for " + mode);
                }
            }
            rows.add(ModeRow.fromTallies(mode, modeTallies, tokensPerChain, latencyMillisPerChain));
            tallies.put(mode, List.copyOf(modeTallies));
            compareModes = true;
            return this;
        }

        /** The repair-strategy counts of the same chains, shown as their own table. */
        public Builder repairStrategies(RepairStrategyTally tally) {
            this.repairs = Objects.requireNonNull(tally, "tally");
            return this;
        }

        public Builder comparison(ModeComparison comparison) {
            comparisons.add(Objects.requireNonNull(comparison, "comparison"));
            return this;
        }

        /**
         * @throws IllegalArgumentException if a mode appears twice or a comparison names a mode without a row
         */
        public ResultsTable build() {
            Resampling drawn = new Resampling(resampling.resamples(), resampling.seed(), confidence);
            Set<String> names = new LinkedHashSet<>();
            List<ModeSummary> summaries = new ArrayList<>();
            for (ModeRow row : rows) {
                if (!names.add(row.mode())) {
                    throw new IllegalArgumentException("mode listed twice: " + row.mode());
                }
                List<TaskSeedTally> modeTallies = tallies.get(row.mode());
                summaries.add(ModeSummary.of(
                        row, confidence, modeTallies == null ? null : TallyStatistics.intervals(modeTallies, drawn)));
            }
            List<ModeComparison> all = new ArrayList<>(comparisons);
            if (compareModes) {
                List<String> order = List.copyOf(names);
                for (int later = 1; later < order.size(); later++) {
                    for (int earlier = 0; earlier < later; earlier++) {
                        String mode = order.get(later);
                        String baseline = order.get(earlier);
                        if (tallies.containsKey(mode) && tallies.containsKey(baseline)) {
                            all.add(TallyStatistics.comparison(
                                    mode, tallies.get(mode), baseline, tallies.get(baseline), drawn));
                        }
                    }
                }
            }
            for (ModeComparison comparison : all) {
                for (String name : List.of(comparison.mode(), comparison.baseline())) {
                    if (!names.contains(name)) {
                        throw new IllegalArgumentException("comparison names a mode without a row: " + name);
                    }
                }
                if (comparison.difference().confidence()
                        != all.get(0).difference().confidence()) {
                    throw new IllegalArgumentException("comparisons use different bootstrap confidence levels");
                }
            }
            return new ResultsTable(
                    confidence, drawn, summaries, all, repairs == null ? List.of() : repairs.rates(drawn));
        }
    }
}
