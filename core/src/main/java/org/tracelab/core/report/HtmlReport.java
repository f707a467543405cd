package org.tracelab.core.report;

import java.util.List;
import java.util.Locale;
import org.tracelab.core.compare.RunComparison;
import org.tracelab.core.compare.TaskChange;
import org.tracelab.core.stats.BootstrapInterval;
import org.tracelab.core.stats.ClusteredInterval;
import org.tracelab.core.stats.Grid;
import org.tracelab.core.stats.ModeComparison;
import org.tracelab.core.stats.ModeSummary;
import org.tracelab.core.stats.ResultsTable;
import org.tracelab.core.stats.TableCells;
import org.tracelab.core.stats.TableFormat;

/**
 * A self-contained static HTML report: the same tables as the app and the command line, with charts drawn as
 * inline SVG (rates with their task-clustered intervals, mode differences with their paired intervals, compare
 * outcomes). No script, no external stylesheet, font or image: it opens from disk and can be attached to a paper.
 * The markup is well-formed XML (XHTML-compatible), so any parser reads it.
 */
public final class HtmlReport {

    private static final int WIDTH = 640;
    private static final int LABEL = 150;
    private static final int ROW = 26;

    /**
     * One run (or run group) with its results.
     *
     * @param illustration whether the data are hand-written illustration, not model output (said on the page)
     */
    public record RunSection(String title, String details, ResultsTable table, boolean illustration, List<Table> more) {

        public RunSection {
            more = List.copyOf(more);
        }

        /** A section with the statistics tables alone. */
        public RunSection(String title, String details, ResultsTable table, boolean illustration) {
            this(title, details, table, illustration, List.of());
        }
    }

    /** Another table of a run (per-instruction rates, repair outcomes, usage), shown after its statistics. */
    public record Table(String title, Grid grid) {}

    /** One task-by-task comparison of two sides. */
    public record ComparisonSection(String title, String labelA, String labelB, RunComparison comparison) {}

    private HtmlReport() {}

    public static String page(String title, List<RunSection> runs, List<ComparisonSection> comparisons, String footer) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<title>")
                .append(escape(title))
                .append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2em auto;max-width:1100px;color:#222}\n")
                .append("table{border-collapse:collapse;margin:0.5em 0 1.5em;font-size:0.85em}\n")
                .append("th,td{border:1px solid #ccc;padding:3px 6px;vertical-align:top}\n")
                .append("th{background:#f3f3f3}\n.num{text-align:right;font-variant-numeric:tabular-nums}\n")
                .append(".note{color:#555;font-size:0.9em}\n.badge{background:#fde68a;padding:2px 6px}\n")
                .append("svg{display:block;margin:0.5em 0}\n</style>\n</head>\n<body>\n<h1>")
                .append(escape(title))
                .append("</h1>\n");
        html.append("<p class=\"note\">Intervals are 95 % percentile bootstrap intervals that resample tasks (each ")
                .append("task with all its seeds and forks). Mode and run differences are paired over tasks; the ")
                .append("test named in each table treats tasks as the units.</p>\n");
        for (RunSection run : runs) {
            html.append("<h2>").append(escape(run.title())).append("</h2>\n");
            if (run.illustration()) {
                html.append("<p><span class=\"badge\">Illustration</span> hand-written sample traces, not model")
                        .append(" output</p>\n");
            }
            html.append("<p class=\"note\">").append(escape(run.details())).append("</p>\n");
            html.append(rateChart(run.table()));
            html.append(TableFormat.HTML.renderModes(run.table()));
            if (!run.table().comparisons().isEmpty()) {
                html.append("<h3>Paired mode comparisons</h3>\n")
                        .append(differenceChart(run.table()))
                        .append(TableFormat.HTML.renderComparisons(run.table()));
            }
            if (run.table().hasForks()) {
                html.append("<h3>Over forks</h3>\n").append(TableFormat.HTML.renderForks(run.table()));
            }
            if (!run.table().repairStrategies().isEmpty()) {
                html.append("<h3>Repair strategies</h3>\n")
                        .append(TableFormat.HTML.renderRepairStrategies(run.table()));
            }
            html.append("<h3>Power guidance</h3>\n").append(TableFormat.HTML.renderPower(run.table()));
            for (Table table : run.more()) {
                if (!table.grid().rows().isEmpty()) {
                    html.append("<h3>")
                            .append(escape(table.title()))
                            .append("</h3>\n")
                            .append(TableFormat.HTML.render(table.grid()));
                }
            }
        }
        for (ComparisonSection section : comparisons) {
            html.append(comparison(section));
        }
        html.append("<p class=\"note\">").append(escape(footer)).append("</p>\n</body>\n</html>\n");
        return html.toString();
    }

    /** Prompt-level strict pass rate per mode: a bar to the estimate, a whisker over the clustered interval. */
    static String rateChart(ResultsTable table) {
        List<ModeSummary> modes =
                table.modes().stream().filter(m -> m.intervals() != null).toList();
        if (modes.isEmpty()) {
            return "";
        }
        int height = ROW * modes.size() + 30;
        StringBuilder svg = svg(height, "Prompt-level strict pass rate per mode with 95 % task-clustered intervals");
        axis(svg, height - 20, 0, 1, "%");
        int y = 4;
        for (ModeSummary mode : modes) {
            ClusteredInterval rate = mode.intervals().promptStrict();
            label(svg, y, mode.mode());
            if (!Double.isNaN(rate.estimate())) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"#93c5fd\"/>%n",
                        LABEL,
                        y,
                        x(rate.estimate(), 0, 1) - LABEL));
                text(svg, x(rate.estimate(), 0, 1) + 4, y + 12, TableCells.percent(rate.estimate()) + " %");
            }
            whisker(svg, y + 8, rate.lower(), rate.upper(), 0, 1);
            y += ROW;
        }
        return svg.append("</svg>\n").toString();
    }

    /** Each comparison's difference with its paired interval, around a line at zero. */
    static String differenceChart(ResultsTable table) {
        List<ModeComparison> comparisons = table.comparisons();
        double extent = 0.1;
        for (ModeComparison c : comparisons) {
            extent = Math.max(
                    extent,
                    Math.max(
                            Math.abs(finite(c.difference().lower())),
                            Math.abs(finite(c.difference().upper()))));
        }
        extent = Math.ceil(extent * 10) / 10;
        int height = ROW * comparisons.size() + 30;
        StringBuilder svg = svg(height, "Differences between modes in percentage points with paired 95 % intervals");
        axis(svg, height - 20, -extent, extent, "pp");
        double zero = x(0, -extent, extent);
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" stroke=\"#999\"" + " stroke-dasharray=\"3,3\"/>%n",
                zero,
                zero,
                height - 20));
        int y = 4;
        for (ModeComparison c : comparisons) {
            label(svg, y, c.mode() + " − " + c.baseline());
            BootstrapInterval d = c.difference();
            whisker(svg, y + 8, d.lower(), d.upper(), -extent, extent);
            if (!Double.isNaN(d.difference())) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<circle cx=\"%.1f\" cy=\"%d\" r=\"4\" fill=\"#1d4ed8\"/>%n",
                        x(d.difference(), -extent, extent),
                        y + 8));
                text(
                        svg,
                        x(d.difference(), -extent, extent) + 6,
                        y + 4,
                        TableCells.points(d.difference()) + " (p "
                                + TableCells.pValue(c.test().pValue()) + ")");
            }
            y += ROW;
        }
        return svg.append("</svg>\n").toString();
    }

    private static String comparison(ComparisonSection section) {
        RunComparison c = section.comparison();
        StringBuilder html =
                new StringBuilder("<h2>").append(escape(section.title())).append("</h2>\n");
        html.append("<p class=\"note\">A = ")
                .append(escape(section.labelA()))
                .append(", B = ")
                .append(escape(section.labelB()))
                .append("; ")
                .append(c.tasks())
                .append(" tasks on both sides (")
                .append(c.onlyA())
                .append(" only on A, ")
                .append(c.onlyB())
                .append(" only on B); a task passes on a")
                .append(" side when the majority of its chains pass.</p>\n");
        int total = Math.max(1, c.tasks());
        StringBuilder svg = svg(60, "Tasks fixed, broken, stably passed and stably failed from A to B");
        double x = LABEL;
        String[] colours = {"#16a34a", "#dc2626", "#93c5fd", "#d1d5db"};
        label(svg, 4, "tasks A → B");
        int i = 0;
        for (TaskChange change : TaskChange.values()) {
            double w = (WIDTH - LABEL - 20) * c.count(change) / (double) total;
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"4\" width=\"%.1f\" height=\"16\" fill=\"%s\">"
                            + "<title>%s: %d</title></rect>%n",
                    x,
                    w,
                    colours[i],
                    change.wireName(),
                    c.count(change)));
            x += w;
            i++;
        }
        text(
                svg,
                LABEL,
                40,
                String.format(
                        Locale.ROOT,
                        "fixed %d · broken %d · stable pass %d · stable fail %d",
                        c.count(TaskChange.FIXED),
                        c.count(TaskChange.BROKEN),
                        c.count(TaskChange.STABLE_PASS),
                        c.count(TaskChange.STABLE_FAIL)));
        html.append(svg.append("</svg>\n"));
        BootstrapInterval d = c.difference();
        html.append("<p>B − A: <b>")
                .append(escape(TableCells.points(d.difference())))
                .append(" pp</b>, 95 % CI [")
                .append(escape(TableCells.points(d.lower())))
                .append(", ")
                .append(escape(TableCells.points(d.upper())))
                .append("] (paired bootstrap over tasks, ")
                .append(d.resamples())
                .append(" resamples, seed ")
                .append(d.seed())
                .append("); ")
                .append(escape(c.test().method().label()))
                .append(" p = ")
                .append(escape(TableCells.pValue(c.test().pValue())))
                .append(".</p>\n");
        return html.toString();
    }

    private static StringBuilder svg(int height, String title) {
        return new StringBuilder(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\""
                        + " height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" font-size=\"12\"><title>%s</title>%n",
                WIDTH,
                height,
                WIDTH,
                height,
                escape(title)));
    }

    private static void axis(StringBuilder svg, int y, double from, double to, String unit) {
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>%n",
                LABEL,
                y,
                WIDTH - 20,
                y));
        for (int tick = 0; tick <= 4; tick++) {
            double value = from + (to - from) * tick / 4;
            double x = x(value, from, to);
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#444\"/>%n",
                    x,
                    y,
                    x,
                    y + 4));
            text(svg, x - 10, y + 16, TableCells.fixed(value * 100, 0) + (tick == 4 ? " " + unit : ""));
        }
    }

    private static void whisker(StringBuilder svg, int y, double lower, double upper, double from, double to) {
        if (Double.isNaN(lower) || Double.isNaN(upper)) {
            return;
        }
        double x1 = x(lower, from, to);
        double x2 = x(upper, from, to);
        svg.append(String.format(
                Locale.ROOT,
                "<path d=\"M%.1f %d V%d M%.1f %d H%.1f M%.1f %d V%d\" stroke=\"#111\"" + " fill=\"none\"/>%n",
                x1,
                y - 5,
                y + 5,
                x1,
                y,
                x2,
                x2,
                y - 5,
                y + 5));
    }

    private static void label(StringBuilder svg, int y, String text) {
        text(svg, 4, y + 12, text);
    }

    private static void text(StringBuilder svg, double x, int y, String text) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>%n", x, y, escape(text)));
    }

    private static double x(double value, double from, double to) {
        double clamped = Math.max(from, Math.min(to, value));
        return LABEL + (WIDTH - LABEL - 20) * (clamped - from) / (to - from);
    }

    private static double finite(double value) {
        return Double.isNaN(value) ? 0 : value;
    }

    private static String escape(String text) {
        return TableFormat.escapeHtml(text);
    }
}
