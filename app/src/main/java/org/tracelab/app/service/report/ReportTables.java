package org.tracelab.app.service.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.tracelab.core.stats.Grid;
import org.tracelab.core.stats.TableCells;

/**
 * The tables of a {@link RunReport} beyond its statistics, as formatted cells for any
 * {@link org.tracelab.core.stats.TableFormat}: the same cells in {@code report}, the Results section and their copies.
 */
public final class ReportTables {

    private ReportTables() {}

    /** Strict pass % of the final attempts per instruction id (rows) and mode (columns), "followed/verified" beside. */
    public static Grid instructions(List<InstructionRate> rates) {
        Map<String, Map<String, InstructionRate>> byId = new LinkedHashMap<>();
        List<String> modes = new ArrayList<>();
        for (InstructionRate rate : rates) {
            if (!modes.contains(rate.mode())) {
                modes.add(rate.mode());
            }
        }
        new TreeSet<>(rates.stream().map(InstructionRate::instructionId).toList())
                .forEach(id -> byId.put(id, new LinkedHashMap<>()));
        rates.forEach(rate -> byId.get(rate.instructionId()).put(rate.mode(), rate));
        List<String> header = new ArrayList<>(List.of("instruction"));
        modes.forEach(mode -> {
            header.add(mode + " strict %");
            header.add(mode + " followed");
        });
        List<List<String>> rows = new ArrayList<>();
        byId.forEach((id, byMode) -> {
            List<String> row = new ArrayList<>(List.of(id));
            for (String mode : modes) {
                InstructionRate rate = byMode.get(mode);
                row.add(rate == null ? TableCells.UNDEFINED : TableCells.percent(rate.rate()));
                row.add(rate == null ? TableCells.UNDEFINED : rate.followed() + "/" + rate.total());
            }
            rows.add(row);
        });
        return new Grid(header, numbersAfterFirst(header.size()), rows);
    }

    /** Tokens and latency per mode. */
    public static Grid usage(List<ModeUsage> usage) {
        List<String> header = List.of(
                "mode",
                "chains",
                "calls",
                "prompt tokens",
                "completion tokens",
                "calls without token counts",
                "chains with token counts",
                "tokens/chain",
                "chains with latency",
                "latency/chain mean ms",
                "latency/chain p50 ms",
                "latency/chain p95 ms");
        List<List<String>> rows = new ArrayList<>();
        for (ModeUsage mode : usage) {
            rows.add(List.of(
                    mode.mode(),
                    Integer.toString(mode.chains()),
                    Long.toString(mode.calls()),
                    Long.toString(mode.promptTokens()),
                    Long.toString(mode.completionTokens()),
                    Long.toString(mode.callsWithoutTokens()),
                    Integer.toString(mode.chainsWithTokens()),
                    TableCells.fixed(mode.tokensPerChain(), 1),
                    Integer.toString(mode.chainsWithLatency()),
                    TableCells.fixed(mode.latencyMeanMillis(), 0),
                    TableCells.fixed(mode.latencyP50Millis(), 0),
                    TableCells.fixed(mode.latencyP95Millis(), 0)));
        }
        return new Grid(header, numbersAfterFirst(header.size()), rows);
    }

    /** Chain counts per outcome of the repair modes; only outcomes that occur get a column. */
    public static Grid repairs(List<ModeRepairOutcomes> repairs) {
        List<RepairOutcome> shown = shownOutcomes(repairs);
        List<String> header = new ArrayList<>(List.of("mode", "chains"));
        shown.forEach(outcome -> header.add(outcome.label()));
        List<List<String>> rows = new ArrayList<>();
        for (ModeRepairOutcomes mode : repairs) {
            List<String> row = new ArrayList<>(List.of(mode.mode(), Integer.toString(mode.chains())));
            shown.forEach(outcome -> row.add(Integer.toString(mode.count(outcome))));
            rows.add(row);
        }
        return new Grid(header, numbersAfterFirst(header.size()), rows);
    }

    /** The outcomes with at least one chain in some mode, in the enum's order. */
    public static List<RepairOutcome> shownOutcomes(List<ModeRepairOutcomes> repairs) {
        return Arrays.stream(RepairOutcome.values())
                .filter(outcome -> repairs.stream().anyMatch(mode -> mode.count(outcome) > 0))
                .toList();
    }

    private static List<Boolean> numbersAfterFirst(int columns) {
        List<Boolean> right = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            right.add(i > 0);
        }
        return right;
    }
}
