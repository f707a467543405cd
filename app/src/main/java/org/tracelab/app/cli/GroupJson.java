package org.tracelab.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tracelab.app.service.report.GroupReport;
import org.tracelab.core.stats.ClusteredInterval;
import org.tracelab.core.stats.ModeSummary;
import org.tracelab.core.trace.RunInfo;

/**
 * {@code report --group RUN,RUN,… --format json}: {@code {"runs": [ids], "model", "dataset", "modes": {"<mode>":
 * {"seeds", "tasks", "chains", "prompt_strict", "prompt_strict_mean", "prompt_strict_std", "prompt_strict_ci95",
 * "prompt_loose", "instruction_strict", "instruction_loose"}}}}; rates are fractions, undefined values null.
 */
final class GroupJson {

    private GroupJson() {}

    static ObjectNode of(GroupReport report) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode runs = root.putArray("runs");
        report.runIds().forEach(runs::add);
        RunInfo first = report.runs().get(0);
        root.put("model", first.model().name());
        root.put("dataset", first.dataset().name());
        ObjectNode modes = root.putObject("modes");
        for (ModeSummary mode : report.table().modes()) {
            ObjectNode m = modes.putObject(mode.mode());
            m.put("seeds", mode.seeds());
            m.put("tasks", mode.intervals().tasks());
            m.put("chains", mode.intervals().chains());
            putNumber(m, "prompt_strict", mode.intervals().promptStrict().estimate());
            putNumber(m, "prompt_strict_mean", mode.promptStrict().mean());
            putNumber(m, "prompt_strict_std", mode.promptStrict().std());
            ClusteredInterval ci = mode.intervals().promptStrict();
            ArrayNode ci95 = m.putArray("prompt_strict_ci95");
            if (ci.defined()) {
                ci95.add(ci.lower()).add(ci.upper());
            } else {
                ci95.addNull().addNull();
            }
            putNumber(m, "prompt_loose", mode.intervals().promptLoose().estimate());
            putNumber(
                    m,
                    "instruction_strict",
                    mode.intervals().instructionStrict().estimate());
            putNumber(
                    m, "instruction_loose", mode.intervals().instructionLoose().estimate());
        }
        return root;
    }

    private static void putNumber(ObjectNode node, String field, double value) {
        if (Double.isNaN(value)) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
