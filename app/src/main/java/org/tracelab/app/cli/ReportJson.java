package org.tracelab.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.tracelab.app.service.report.RunSummary;
import org.tracelab.storage.query.ModeAggregate;
import org.tracelab.storage.query.Rates;

/**
 * {@code report --format json}, a contract scripts depend on: {@code {"runs": [{"id", "name", "model", "seeds",
 * "modes": {"<mode>": {"chains", "finished_chains", "attempts", "prompt_strict", "prompt_loose", "instruction_strict",
 * "instruction_loose", "source_disagreements"}}}]}}.
 */
final class ReportJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    static String render(List<RunSummary> summaries) throws JsonProcessingException {
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
            }
        }
        return JSON.writeValueAsString(root);
    }
}
