package org.tracelab.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.tracelab.app.service.report.RunSummary;
import org.tracelab.core.stats.ClusteredInterval;
import org.tracelab.storage.query.ModeAggregate;
import org.tracelab.storage.query.Rates;

/**
 * {@code report --format json}, a contract scripts depend on: {@code {"runs": [{"id", "name", "model", "seeds",
 * "modes": {"<mode>": {"chains", "finished_chains", "attempts", "prompt_strict", "prompt_loose",
 * "instruction_strict", "instruction_loose", "source_disagreements", "prompt_strict_ci95": [lo, hi]}}}]}}; the
 * interval is task-clustered (ADR 0008), in the units of {@code prompt_strict}, {@code [null, null]} when undefined.
 */
final class ReportJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {}

    /** @param intervals per run id, the prompt-strict interval of each mode */
    static String render(List<RunSummary> summaries, LongFunction<Map<String, ClusteredInterval>> intervals)
            throws JsonProcessingException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode runs = root.putArray("runs");
        for (RunSummary summary : summaries) {
            ObjectNode run = runs.addObject();
            run.put("id", summary.run().id());
            run.put("name", summary.run().info().name());
            run.put("model", summary.run().info().model().name());
            ArrayNode seeds = run.putArray("seeds");
            summary.run().info().seeds().forEach(seeds::add);
            ObjectNode modes = run.putObject("modes");
            Map<String, ClusteredInterval> ci = intervals.apply(summary.run().id());
            for (ModeAggregate aggregate : summary.modes()) {
                Rates rates = aggregate.all();
                ObjectNode mode = modes.putObject(aggregate.mode());
                mode.put("chains", rates.chains());
                mode.put("finished_chains", rates.finishedChains());
                mode.put("attempts", rates.attempts());
                mode.put("prompt_strict", rates.promptStrict());
                mode.put("prompt_loose", rates.promptLoose());
                mode.put("instruction_strict", rates.instructionStrict());
                mode.put("instruction_loose", rates.instructionLoose());
                mode.put("source_disagreements", rates.sourceDisagreements());
                ClusteredInterval interval = ci.get(aggregate.mode());
                ArrayNode ci95 = mode.putArray("prompt_strict_ci95");
                if (interval == null || !interval.defined()) {
                    ci95.addNull().addNull();
                } else {
                    ci95.add(interval.lower()).add(interval.upper());
                }
            }
        }
        return JSON.writeValueAsString(root);
    }
}
