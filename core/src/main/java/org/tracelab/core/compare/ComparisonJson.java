package org.tracelab.core.compare;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.tracelab.core.trace.RunInfo;

/**
 * The JSON of {@code report --compare A B --format json}, a contract other tools parse:
 * {@code {"a": {...}, "b": {...}, "tasks", "fixed", "broken", "stable_pass", "stable_fail",
 * "difference": {"estimate", "ci95": [lo, hi]}, "rows": [{"key", "a_strict", "b_strict", "a_loose", "b_loose"}]}}.
 * Rates and the difference (B − A) are fractions, the units of {@code report}'s {@code prompt_strict}. Fields beyond
 * the contract: per side its selection, run, name, model and rates; {@code only_a}, {@code only_b}, the exact test,
 * the bootstrap's resamples and seed, per-instruction flips, and per row the change and chain counts.
 */
public final class ComparisonJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ComparisonJson() {}

    public static ObjectNode of(CompareSide a, RunInfo runA, CompareSide b, RunInfo runB, RunComparison comparison) {
        ObjectNode root = JSON.objectNode();
        root.set("a", side(a, runA, comparison, true));
        root.set("b", side(b, runB, comparison, false));
        root.put("tasks", comparison.tasks());
        Map<TaskChange, Integer> counts = comparison.counts();
        for (TaskChange change : TaskChange.values()) {
            root.put(change.wireName(), counts.get(change));
        }
        ObjectNode difference = root.putObject("difference");
        putRate(difference, "estimate", comparison.difference().difference());
        ArrayNode ci = difference.putArray("ci95");
        addRate(ci, comparison.difference().lower());
        addRate(ci, comparison.difference().upper());
        difference.put("method", "paired percentile bootstrap over tasks");
        difference.put("resamples", comparison.difference().resamples());
        difference.put("seed", comparison.difference().seed());
        ObjectNode test = root.putObject("test");
        test.put("name", comparison.test().method().label());
        test.put("p", comparison.test().pValue());
        root.put("only_a", comparison.onlyA());
        root.put("only_b", comparison.onlyB());
        ArrayNode rows = root.putArray("rows");
        for (TaskRow row : comparison.rows()) {
            ObjectNode r = rows.addObject();
            r.put("key", row.key());
            r.put("a_strict", row.a().strict());
            r.put("b_strict", row.b().strict());
            r.put("a_loose", row.a().loose());
            r.put("b_loose", row.b().loose());
            r.put("change", row.change().wireName());
            r.put("a_chains", row.a().chains());
            r.put("b_chains", row.b().chains());
        }
        ArrayNode flips = root.putArray("instruction_flips");
        for (InstructionFlips f : comparison.instructionFlips()) {
            ObjectNode node = flips.addObject();
            node.put("instruction_id", f.instructionId());
            node.put("tasks", f.tasks());
            node.put("fixed", f.fixed());
            node.put("broken", f.broken());
        }
        return root;
    }

    private static ObjectNode side(CompareSide side, RunInfo run, RunComparison comparison, boolean isA) {
        ObjectNode node = JSON.objectNode();
        node.put("selection", side.label());
        node.put("run", side.runId());
        node.put("name", run.name());
        node.put("model", run.model().name());
        ArrayNode modes = node.putArray("modes");
        (side.modes().isEmpty() ? run.modes() : side.modes()).forEach(modes::add);
        ArrayNode seeds = node.putArray("seeds");
        side.seeds().forEach(seeds::add);
        ArrayNode forks = node.putArray("forks");
        side.forks().forEach(forks::add);
        long passStrict = comparison.rows().stream()
                .filter(r -> (isA ? r.a() : r.b()).strict())
                .count();
        long passLoose = comparison.rows().stream()
                .filter(r -> (isA ? r.a() : r.b()).loose())
                .count();
        int chains = comparison.rows().stream()
                .mapToInt(r -> (isA ? r.a() : r.b()).chains())
                .sum();
        node.put("chains", chains);
        putRate(node, "prompt_strict", comparison.tasks() == 0 ? Double.NaN : (double) passStrict / comparison.tasks());
        putRate(node, "prompt_loose", comparison.tasks() == 0 ? Double.NaN : (double) passLoose / comparison.tasks());
        return node;
    }

    /** NaN (nothing to compare) is JSON null, not an invalid token. */
    private static void putRate(ObjectNode node, String field, double value) {
        if (Double.isNaN(value)) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private static void addRate(ArrayNode array, double value) {
        if (Double.isNaN(value)) {
            array.addNull();
        } else {
            array.add(value);
        }
    }
}
