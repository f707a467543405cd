package org.tracelab.core.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.evaluation.ResponseItem;
import org.tracelab.core.evaluation.ResponsesReader;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.DatasetDescription;
import org.tracelab.core.trace.Message;
import org.tracelab.core.trace.ModelDescription;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.trace.RunStatus;

/**
 * Reads an official IFEval responses file ({@code prompt} or {@code key}, and {@code response} per line):
 * each line becomes a one-attempt {@code direct} chain; answers to the same prompt become forks.
 */
public final class IfevalResponsesImporter {

    private final ImportContext context;

    public IfevalResponsesImporter(ImportContext context) {
        this.context = context;
    }

    public ImportedRun read(Path file, List<IfevalTask> prompts) {
        List<ResponseItem> items = ResponsesReader.read(file, prompts);
        Map<String, Integer> forks = new HashMap<>();
        List<ImportedChain> chains = new ArrayList<>();
        for (ResponseItem item : items) {
            IfevalTask task = item.task();
            int fork = forks.merge(task.keyText(), 1, Integer::sum) - 1;
            Attempt attempt = context.importedAttempt(
                    task, List.of(new Message("user", task.prompt())), item.response(), null, null);
            chains.add(new ImportedChain(
                    item.line(), ImportContext.taskRecord(task), "direct", null, fork, List.of(attempt), 0, null));
        }
        int maxForks = forks.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        RunInfo info = new RunInfo(
                "ifeval responses: " + file.getFileName(),
                context.clock().instant(),
                context.clock().instant(),
                RunStatus.FINISHED,
                new ModelDescription(
                        "imported:ifeval-responses", "unknown (the file names no model)", null, null, null, Map.of()),
                new DatasetDescription("IFEval-format prompts", null, forks.size()),
                List.of("direct"),
                List.of(),
                maxForks,
                context.verifier().version(),
                "imported from " + file.getFileName());
        return new ImportedRun(info, chains);
    }
}
