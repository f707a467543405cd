package org.tracelab.core.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a {@link ResultsTable} into formatted cells with a fixed column order. Rates are percentages with one
 * decimal, "mean ± std" over several seeds, differences in signed percentage points; numbers always use
 * {@link Locale#ROOT} (a dot for decimals, no grouping); undefined values show as "–".
 */
public final class TableCells {

    public static final String UNDEFINED = "–";

    private TableCells() {}

    static Grid modes(ResultsTable table) {
        String ci = percentLabel(table.confidence()) + " CI";
        List<String> header = List.of(
                "mode",
                "seeds",
                "tasks",
                "chains",
                "prompt strict %",
                "prompt strict " + ci + " (task-clustered)",
                "prompt loose %",
                "prompt loose " + ci + " (task-clustered)",
                "instruction strict %",
                "instruction strict " + ci + " (task-clustered)",
                "instruction loose %",
                "instruction loose " + ci + " (task-clustered)",
                "prompt strict " + ci + " (Wilson, independent chains only)",
                "tokens/chain",
                "latency/chain ms");
        List<Boolean> right =
                List.of(false, true, true, true, true, true, true, true, true, true, true, true, true, true, true);
        List<List<String>> rows = new ArrayList<>();
        for (ModeSummary mode : table.modes()) {
            ModeIntervals intervals = mode.intervals();
            // Wilson only where chains are independent, which only the tallies can tell.
            WilsonInterval wilson = intervals == null ? null : intervals.independentWilson();
            rows.add(List.of(
                    mode.mode(),
                    Integer.toString(mode.seeds()),
                    intervals == null ? UNDEFINED : Integer.toString(intervals.tasks()),
                    Integer.toString(mode.chains().trials()),
                    spread(mode.promptStrict()),
                    clustered(intervals == null ? null : intervals.promptStrict()),
                    spread(mode.promptLoose()),
                    clustered(intervals == null ? null : intervals.promptLoose()),
                    spread(mode.instructionStrict()),
                    clustered(intervals == null ? null : intervals.instructionStrict()),
                    spread(mode.instructionLoose()),
                    clustered(intervals == null ? null : intervals.instructionLoose()),
                    wilson == null ? UNDEFINED : interval(percent(wilson.lower()), percent(wilson.upper())),
                    fixed(mode.tokensPerChain(), 1),
                    fixed(mode.latencyMillisPerChain(), 0)));
        }
        return new Grid(header, right, rows);
    }

    static Grid comparisons(ResultsTable table) {
        String level = table.comparisons().isEmpty()
                ? percentLabel(PairedBootstrap.DEFAULT_CONFIDENCE)
                : percentLabel(table.comparisons().get(0).difference().confidence());
        List<String> header = List.of(
                "mode",
                "baseline",
                "tasks",
                "difference pp",
                "difference " + level + " CI (paired task bootstrap)",
                "resamples",
                "bootstrap seed",
                "task-level test",
                "tasks mode better",
                "tasks baseline better",
                "p",
                "detectable difference pp (80% power)");
        List<Boolean> right = List.of(false, false, true, true, true, true, true, false, true, true, true, true);
        List<List<String>> rows = new ArrayList<>();
        for (ModeComparison comparison : table.comparisons()) {
            BootstrapInterval difference = comparison.difference();
            TaskLevelTest test = comparison.test();
            rows.add(List.of(
                    comparison.mode(),
                    comparison.baseline(),
                    Integer.toString(difference.tasks()),
                    points(difference.difference()),
                    interval(points(difference.lower()), points(difference.upper())),
                    Integer.toString(difference.resamples()),
                    Long.toString(difference.seed()),
                    test.method().label(),
                    Integer.toString(test.favouringA()),
                    Integer.toString(test.favouringB()),
                    pValue(test.pValue()),
                    unsignedPoints(comparison.power().difference())));
        }
        return new Grid(header, right, rows);
    }

    /** pass@k, majority and at-least-k over forks, one row per mode and statistic; empty without forks. */
    static Grid forks(ResultsTable table) {
        String ci = percentLabel(table.confidence()) + " CI (task-clustered)";
        List<String> header = List.of("mode", "over forks", "tasks", "%", ci);
        List<Boolean> right = List.of(false, false, true, true, true);
        List<List<String>> rows = new ArrayList<>();
        for (ModeSummary mode : table.modes()) {
            ForkSummary forks =
                    mode.intervals() == null ? null : mode.intervals().forks();
            if (forks == null) {
                continue;
            }
            for (int k = 1; k <= forks.forks(); k++) {
                rows.add(forkRow(
                        mode.mode(),
                        "pass@" + k + " (unbiased)",
                        forks.passAtK().get(k - 1)));
            }
            rows.add(forkRow(mode.mode(), "majority of forks", forks.majority()));
            for (int k = 1; k <= forks.forks(); k++) {
                rows.add(forkRow(
                        mode.mode(),
                        "at least " + k + " of " + forks.forks() + " forks",
                        forks.atLeastK().get(k - 1)));
            }
        }
        return new Grid(header, right, rows);
    }

    /** The smallest difference detectable at 80 % power, per mode (vs. an uncorrelated condition) and per pair. */
    static Grid power(ResultsTable table) {
        List<String> header = List.of(
                "comparison", "tasks", "detectable difference pp (80% power, 5% level)", "with unlimited seeds pp");
        List<Boolean> right = List.of(false, true, true, true);
        List<List<String>> rows = new ArrayList<>();
        for (ModeComparison comparison : table.comparisons()) {
            DetectableDifference power = comparison.power();
            rows.add(List.of(
                    comparison.mode() + " vs " + comparison.baseline() + " (paired, observed)",
                    Integer.toString(power.tasks()),
                    unsignedPoints(power.difference()),
                    unsignedPoints(power.floor())));
        }
        for (ModeSummary mode : table.modes()) {
            if (mode.intervals() != null) {
                DetectableDifference power = mode.intervals().power();
                rows.add(List.of(
                        mode.mode() + " vs another model on these tasks (upper bound)",
                        Integer.toString(power.tasks()),
                        unsignedPoints(power.difference()),
                        unsignedPoints(power.floor())));
            }
        }
        return new Grid(header, right, rows);
    }

    /** Per violated instruction and repair strategy: tries, fixes, fix rate with its clustered interval. */
    static Grid repairStrategies(ResultsTable table) {
        String ci = percentLabel(table.confidence()) + " CI (task-clustered)";
        List<String> header = List.of("violated instruction", "strategy", "tasks", "tries", "fixed", "fixed %", ci);
        List<Boolean> right = List.of(false, false, true, true, true, true, true);
        List<List<String>> rows = new ArrayList<>();
        for (StrategyFixRate rate : table.repairStrategies()) {
            rows.add(List.of(
                    rate.instructionId(),
                    rate.strategy().wireName(),
                    Integer.toString(rate.rate().clusters()),
                    Integer.toString(rate.tries()),
                    Integer.toString(rate.fixed()),
                    percent(rate.rate().estimate()),
                    clustered(rate.rate())));
        }
        return new Grid(header, right, rows);
    }

    private static List<String> forkRow(String mode, String statistic, ClusteredInterval value) {
        return List.of(
                mode, statistic, Integer.toString(value.clusters()), percent(value.estimate()), clustered(value));
    }

    /** "[38.2, 65.3]", or "–" when undefined. */
    public static String clustered(ClusteredInterval interval) {
        if (interval == null || !interval.defined()) {
            return UNDEFINED;
        }
        return interval(percent(interval.lower()), percent(interval.upper()));
    }

    /** A non-negative difference in points without a sign: 0.123 → "12.3". */
    static String unsignedPoints(double difference) {
        return Double.isNaN(difference) ? UNDEFINED : fixed(difference * 100, 1);
    }

    /** "41.2" for one seed, "41.2 ± 3.1" for several, "–" for none. */
    static String spread(SeedSpread spread) {
        if (Double.isNaN(spread.mean())) {
            return UNDEFINED;
        }
        return spread.hasSpread() ? percent(spread.mean()) + " ± " + percent(spread.std()) : percent(spread.mean());
    }

    /** A rate as a percentage with one decimal: 0.4123 → "41.2". */
    public static String percent(double rate) {
        return Double.isNaN(rate) ? UNDEFINED : fixed(rate * 100, 1);
    }

    /** A difference of rates in signed percentage points: 0.032 → "+3.2", −0.01 → "-1.0", 0 → "0.0". */
    public static String points(double difference) {
        if (Double.isNaN(difference)) {
            return UNDEFINED;
        }
        String text = String.format(Locale.ROOT, "%+.1f", difference * 100);
        return text.equals("+0.0") || text.equals("-0.0") ? "0.0" : text;
    }

    public static String fixed(double value, int decimals) {
        if (Double.isNaN(value)) {
            return UNDEFINED;
        }
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return text.startsWith("-") && text.matches("-[0.]+") ? text.substring(1) : text; // no "-0.0"
    }

    public static String pValue(double p) {
        if (p == 0) {
            return "<1e-300"; // underflowed: the true value is below the smallest double
        }
        return p >= 1e-4 ? String.format(Locale.ROOT, "%.4f", p) : String.format(Locale.ROOT, "%.1e", p);
    }

    private static String interval(String lower, String upper) {
        return lower.equals(UNDEFINED) ? UNDEFINED : "[" + lower + ", " + upper + "]";
    }

    /** 0.95 → "95%", 0.975 → "97.5%". */
    private static String percentLabel(double confidence) {
        double percent = confidence * 100;
        String text = Math.abs(percent - Math.rint(percent)) < 1e-9
                ? String.format(Locale.ROOT, "%.0f", percent)
                : String.format(Locale.ROOT, "%s", percent);
        return text + "%";
    }
}
