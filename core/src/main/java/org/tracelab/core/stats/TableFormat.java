package org.tracelab.core.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How a {@link ResultsTable} is written out. Every format has the same columns in the same order: first the
 * per-mode table, then (if there are comparisons) the table of paired comparisons, separated by a blank line.
 */
public enum TableFormat {

    /** Aligned columns for a terminal: text left-aligned, numbers right-aligned, a dashed rule under the header. */
    TEXT {
        @Override
        String write(Grid grid) {
            int columns = grid.header().size();
            int[] widths = new int[columns];
            List<List<String>> lines = new ArrayList<>();
            lines.add(grid.header());
            lines.addAll(grid.rows());
            for (List<String> line : lines) {
                for (int i = 0; i < columns; i++) {
                    widths[i] = Math.max(widths[i], width(line.get(i)));
                }
            }
            StringBuilder out = new StringBuilder();
            appendLine(out, grid.header(), widths, grid.rightAligned());
            List<String> rule = new ArrayList<>();
            for (int width : widths) {
                rule.add("-".repeat(width));
            }
            appendLine(out, rule, widths, grid.rightAligned());
            for (List<String> row : grid.rows()) {
                appendLine(out, row, widths, grid.rightAligned());
            }
            return out.toString();
        }

        private void appendLine(StringBuilder out, List<String> cells, int[] widths, List<Boolean> right) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i);
                String padding = " ".repeat(widths[i] - width(cell));
                if (i > 0) {
                    line.append("  ");
                }
                line.append(right.get(i) ? padding + cell : cell + padding);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }

        private int width(String cell) {
            return cell.codePointCount(0, cell.length());
        }
    },

    /** A GitHub-flavoured Markdown table; "|" inside a cell is escaped. */
    MARKDOWN {
        @Override
        String write(Grid grid) {
            StringBuilder out = new StringBuilder();
            out.append(row(grid.header()));
            out.append(grid.rightAligned().stream()
                    .map(right -> right ? "---:" : "---")
                    .collect(Collectors.joining(" | ", "| ", " |\n")));
            for (List<String> cells : grid.rows()) {
                out.append(row(cells));
            }
            return out.toString();
        }

        private String row(List<String> cells) {
            return cells.stream()
                    .map(cell -> cell.replace("\\", "\\\\").replace("|", "\\|").replace('\n', ' '))
                    .collect(Collectors.joining(" | ", "| ", " |\n"));
        }
    },

    /**
     * Comma-separated values (RFC 4180 quoting: a cell with a comma, quote or line break is quoted and its quotes
     * doubled), one record per line ending in "\n", the header first. The cells are the displayed texts.
     */
    CSV {
        @Override
        String write(Grid grid) {
            StringBuilder out = new StringBuilder();
            out.append(record(grid.header()));
            for (List<String> cells : grid.rows()) {
                out.append(record(cells));
            }
            return out.toString();
        }

        private String record(List<String> cells) {
            return cells.stream().map(TableFormat::csvField).collect(Collectors.joining(",", "", "\n"));
        }
    },

    /**
     * An HTML {@code <table>} (no page around it), text escaped; numeric columns carry {@code class="num"} so a
     * stylesheet can right-align them.
     */
    HTML {
        @Override
        String write(Grid grid) {
            StringBuilder out = new StringBuilder("<table>\n<thead><tr>");
            for (int i = 0; i < grid.header().size(); i++) {
                out.append(cell("th", grid.header().get(i), grid.rightAligned().get(i)));
            }
            out.append("</tr></thead>\n<tbody>\n");
            for (List<String> row : grid.rows()) {
                out.append("<tr>");
                for (int i = 0; i < row.size(); i++) {
                    out.append(cell("td", row.get(i), grid.rightAligned().get(i)));
                }
                out.append("</tr>\n");
            }
            return out.append("</tbody>\n</table>\n").toString();
        }

        private String cell(String tag, String text, boolean numeric) {
            return "<" + tag + (numeric ? " class=\"num\"" : "") + ">" + escapeHtml(text) + "</" + tag + ">";
        }
    };

    abstract String write(Grid grid);

    /** Escapes {@code & < > " '} for HTML text and attribute values. */
    public static String escapeHtml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Every table, each after a blank line: the modes; the comparisons, pass@k over forks, repair strategies and
     * power guidance, each omitted when empty.
     */
    public String render(ResultsTable table) {
        StringBuilder out = new StringBuilder(renderModes(table));
        if (!table.comparisons().isEmpty()) {
            out.append('\n').append(renderComparisons(table));
        }
        if (table.hasForks()) {
            out.append('\n').append(renderForks(table));
        }
        if (!table.repairStrategies().isEmpty()) {
            out.append('\n').append(renderRepairStrategies(table));
        }
        Grid power = TableCells.power(table);
        if (!power.rows().isEmpty()) {
            out.append('\n').append(write(power));
        }
        return out.toString();
    }

    /** pass@k, majority and at-least-k over forks (a header alone when no mode has forks). */
    public String renderForks(ResultsTable table) {
        return write(TableCells.forks(table));
    }

    /** Which repair strategy fixed which violated instruction (a header alone when not tallied). */
    public String renderRepairStrategies(ResultsTable table) {
        return write(TableCells.repairStrategies(table));
    }

    /** Power guidance: the smallest difference detectable at 80 % power (a header alone without tallies). */
    public String renderPower(ResultsTable table) {
        return write(TableCells.power(table));
    }

    /** Any table of formatted cells, e.g. one the app builds, in the same layout as the results tables. */
    public String render(Grid grid) {
        return write(grid);
    }

    /** Only the per-mode table. */
    public String renderModes(ResultsTable table) {
        return write(TableCells.modes(table));
    }

    /** Only the table of paired comparisons (a header alone when there are none). */
    public String renderComparisons(ResultsTable table) {
        return write(TableCells.comparisons(table));
    }

    static String csvField(String cell) {
        boolean quote = cell.contains(",")
                || cell.contains("\"")
                || cell.contains("\n")
                || cell.contains("\r")
                || (!cell.isEmpty()
                        && (Character.isWhitespace(cell.charAt(0))
                                || Character.isWhitespace(cell.charAt(cell.length() - 1))));
        return quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
