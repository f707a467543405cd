package org.tracelab.app.ui.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tracelab.app.service.report.InstructionLabel;
import org.tracelab.app.service.report.InstructionLabels;
import org.tracelab.app.service.report.InstructionRate;
import org.tracelab.core.stats.Grid;

/**
 * The "by instruction" table of a run: per instruction, the strict pass rate of each mode's final attempts, rows
 * grouped by benchmark (IFEval, IFBench, Custom) and named by their constraint type's readable name. The view shows
 * benchmark, name (id in a tooltip) and one column per mode; copies add the id column and say "strict %" in each
 * mode's header.
 *
 * @param modes the run's modes, in its order
 * @param rows  one per instruction id, in {@link InstructionLabels#order()}
 */
public record InstructionTable(List<String> modes, List<Row> rows) {

    /** One instruction: its label and one cell per mode, e.g. "73.3 (11/15)", "–" when the mode never verified it. */
    public record Row(InstructionLabel label, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    public InstructionTable {
        modes = List.copyOf(modes);
        rows = List.copyOf(rows);
    }

    static InstructionTable of(List<InstructionRate> rates, InstructionLabels labels) {
        Set<String> modes = new LinkedHashSet<>();
        Map<String, Map<String, InstructionRate>> byId = new LinkedHashMap<>();
        for (InstructionRate rate : rates) {
            modes.add(rate.mode());
            byId.computeIfAbsent(rate.instructionId(), id -> new LinkedHashMap<>())
                    .put(rate.mode(), rate);
        }
        List<Row> rows = new ArrayList<>();
        byId.keySet().stream().sorted(labels.order()).forEach(id -> {
            List<String> cells = new ArrayList<>();
            for (String mode : modes) {
                InstructionRate rate = byId.get(id).get(mode);
                cells.add(
                        rate == null || rate.total() == 0
                                ? RunResults.UNDEFINED
                                : String.format(
                                        Locale.ROOT, "%.1f (%d/%d)", 100 * rate.rate(), rate.followed(), rate.total()));
            }
            rows.add(new Row(labels.of(id), cells));
        });
        return new InstructionTable(List.copyOf(modes), rows);
    }

    /** Column titles of the per-mode cells: "direct strict %". */
    List<String> modeHeaders() {
        return modes.stream().map(mode -> mode + " strict %").toList();
    }

    /** The table as copied: benchmark, instruction, id, then one column per mode. */
    Grid grid() {
        List<String> header = new ArrayList<>(List.of("benchmark", "instruction", "id"));
        header.addAll(modeHeaders());
        List<Boolean> right = new ArrayList<>(List.of(false, false, false));
        modes.forEach(mode -> right.add(true));
        List<List<String>> cells = new ArrayList<>();
        for (Row row : rows) {
            List<String> line = new ArrayList<>(List.of(
                    row.label().benchmark(), row.label().name(), row.label().id()));
            line.addAll(row.cells());
            cells.add(line);
        }
        return new Grid(header, right, cells);
    }
}
