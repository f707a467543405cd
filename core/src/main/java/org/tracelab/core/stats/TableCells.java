package org.tracelab.core.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a {@link ResultsTable} into formatted cells with a fixed column order. Rates are percentages with one
 * decimal, "mean ± std" over several seeds, differences in signed percentage points; numbers always use
 * {@link Locale#ROOT} (a dot for decimals, no grouping); undefined values show as "–".
 */
final class TableCells {

    static final String UNDEFINED = "–";

    private TableCells() {
    }

    static Grid modes(ResultsTable table) {
        String level = percentLabel(table.confidence());
        List<String> header = List.of("mode", "seeds", "prompt strict %", "prompt loose %", "instruction strict %",
                "instruction loose %", "chains passed", "chain pass %", "chain pass " + level + " CI (Wilson)",
                "tokens/chain", "latency/chain ms");
        List<Boolean> right = List.of(false, true, true, true, true, true, true, true, true, true, true);
        List<List<String>> rows = new ArrayList<>();
        for (ModeSummary mode : table.modes()) {
            rows.add(List.of(
                    mode.mode(),
                    Integer.toString(mode.seeds()),
                    spread(mode.promptStrict()),
                    spread(mode.promptLoose()),
                    spread(mode.instructionStrict()),
                    spread(mode.instructionLoose()),
                    mode.chains().successes() + "/" + mode.chains().trials(),
                    percent(mode.chains().rate()),
                    interval(percent(mode.chainInterval().lower()), percent(mode.chainInterval().upper())),
                    fixed(mode.tokensPerChain(), 1),
                    fixed(mode.latencyMillisPerChain(), 0)));
        }
        return new Grid(header, right, rows);
    }

    static Grid comparisons(ResultsTable table) {
        String level = table.comparisons().isEmpty()
                ? percentLabel(PairedBootstrap.DEFAULT_CONFIDENCE)
                : percentLabel(table.comparisons().get(0).difference().confidence());
        List<String> header = List.of("mode", "baseline", "tasks", "difference pp",
                "difference " + level + " CI (bootstrap)", "resamples", "bootstrap seed",
                "McNemar b", "McNemar c", "McNemar p");
        List<Boolean> right = List.of(false, false, true, true, true, true, true, true, true, true);
        List<List<String>> rows = new ArrayList<>();
        for (ModeComparison comparison : table.comparisons()) {
            BootstrapInterval difference = comparison.difference();
            McNemarResult test = comparison.mcNemar();
            rows.add(List.of(
                    comparison.mode(),
                    comparison.baseline(),
                    Integer.toString(difference.tasks()),
                    points(difference.difference()),
                    interval(points(difference.lower()), points(difference.upper())),
                    Integer.toString(difference.resamples()),
                    Long.toString(difference.seed()),
                    Integer.toString(test.b()),
                    Integer.toString(test.c()),
                    pValue(test.pValue())));
        }
        return new Grid(header, right, rows);
    }

    /** "41.2" for one seed, "41.2 ± 3.1" for several, "–" for none. */
    static String spread(SeedSpread spread) {
        if (Double.isNaN(spread.mean())) {
            return UNDEFINED;
        }
        return spread.hasSpread() ? percent(spread.mean()) + " ± " + percent(spread.std()) : percent(spread.mean());
    }

    /** A rate as a percentage with one decimal: 0.4123 → "41.2". */
    static String percent(double rate) {
        return fixed(rate * 100, 1);
    }

    /** A difference of rates in signed percentage points: 0.032 → "+3.2", −0.01 → "-1.0", 0 → "0.0". */
    static String points(double difference) {
        if (Double.isNaN(difference)) {
            return UNDEFINED;
        }
        String text = String.format(Locale.ROOT, "%+.1f", difference * 100);
        return text.equals("+0.0") || text.equals("-0.0") ? "0.0" : text;
    }

    static String fixed(double value, int decimals) {
        if (Double.isNaN(value)) {
            return UNDEFINED;
        }
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return text.startsWith("-") && text.matches("-[0.]+") ? text.substring(1) : text; // no "-0.0"
    }

    static String pValue(double p) {
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
