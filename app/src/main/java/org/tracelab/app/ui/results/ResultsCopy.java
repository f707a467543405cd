package org.tracelab.app.ui.results;

import java.util.List;
import java.util.stream.Collectors;
import org.tracelab.core.stats.TableFormat;

/**
 * The shown results as text for the clipboard, rendered by core's {@link TableFormat} so copies match the
 * command line's tables. Several runs: Markdown gets a heading per run; CSV gets a leading {@code run} column.
 */
public final class ResultsCopy {

    private ResultsCopy() {}

    public static String markdown(List<RunResult> results) {
        return results.stream()
                .map(r -> "### " + r.title() + "\n\n" + r.details() + "\n\n"
                        + TableFormat.MARKDOWN.renderModes(r.table()))
                .collect(Collectors.joining("\n"));
    }

    public static String csv(List<RunResult> results) {
        StringBuilder out = new StringBuilder();
        for (RunResult result : results) {
            List<String> lines =
                    TableFormat.CSV.renderModes(result.table()).lines().toList();
            if (out.length() == 0) {
                out.append("run,").append(lines.get(0)).append('\n');
            }
            for (String line : lines.subList(1, lines.size())) {
                out.append(csvField(result.title())).append(',').append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static String csvField(String cell) {
        boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
        return quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
