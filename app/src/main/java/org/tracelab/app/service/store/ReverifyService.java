package org.tracelab.app.service.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.core.verify.ResponseVerdict;
import org.tracelab.core.verify.Verifier;
import org.tracelab.core.verify.constraint.ConstraintRegistry;
import org.tracelab.core.verify.constraint.ConstraintType;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.constraint.InvalidInstructionException;
import org.tracelab.core.verify.constraint.TaskConstraint;
import org.tracelab.storage.StoredAttempt;
import org.tracelab.storage.StoredRun;
import org.tracelab.storage.TraceReader;
import org.tracelab.storage.TraceWriter;
import org.tracelab.storage.query.ChainPage;
import org.tracelab.storage.query.ChainQuery;
import org.tracelab.storage.query.ChainSummary;
import org.tracelab.storage.query.PageRequest;

/**
 * Runs the current verifier over stored attempts (after a verifier change), page by page so a large run
 * never sits in memory, replacing verdicts and recording the verifier version per run.
 */
public final class ReverifyService {

    /** What changed in one run. */
    public record RunChanges(long runId, String name, int attempts, int changedVerdicts, String previousVersion) {}

    private static final int PAGE = 500;
    private final OpenStore store;
    private final Verifier verifier;

    public ReverifyService(OpenStore store, Verifier verifier) {
        this.store = Objects.requireNonNull(store, "store");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
    }

    /** Re-verifies every run, or only {@code runId} (null: every run); empty when that run does not exist. */
    public Optional<List<RunChanges>> reverify(Long runId) {
        return store.read(reader -> {
            List<StoredRun> runs = runId == null
                    ? reader.runs()
                    : reader.run(runId).map(List::of).orElse(null);
            if (runs == null) {
                return Optional.empty();
            }
            return Optional.of(runs.stream()
                    .map(run -> reverifyRun(reader, store.writer(), run))
                    .toList());
        });
    }

    private RunChanges reverifyRun(TraceReader reader, TraceWriter writer, StoredRun run) {
        Map<String, List<TaskConstraint>> instructions = new HashMap<>();
        int attempts = 0;
        int changed = 0;
        PageRequest page = PageRequest.first(PAGE);
        while (page != null) {
            ChainPage chains = reader.chains(ChainQuery.all().withRuns(run.id()), page);
            for (ChainSummary chain : chains.rows()) {
                List<TaskConstraint> list =
                        instructions.computeIfAbsent(chain.datasetKey(), key -> instructionsOf(reader, run.id(), key));
                for (StoredAttempt attempt : reader.attempts(chain.chainId())) {
                    ResponseVerdict verdict =
                            verifier.verifyConstraints(list, attempt.attempt().output());
                    changed += writer.replaceVerdicts(attempt.id(), verdict.instructions());
                    attempts++;
                }
            }
            writer.commit();
            page = chains.next();
        }
        writer.setVerifierVersion(run.id(), verifier.version());
        writer.commit();
        return new RunChanges(
                run.id(), run.info().name(), attempts, changed, run.info().verifierVersion());
    }

    /** The task's constraints rebuilt by the current verifier, at the levels the task was run with. */
    private List<TaskConstraint> instructionsOf(TraceReader reader, long runId, String key) {
        TaskRecord task = reader.task(runId, key)
                .orElseThrow(() -> new IllegalStateException("run " + runId + " has a chain for unknown task " + key));
        try {
            ConstraintRegistry registry = verifier.registry();
            List<TaskConstraint> list = new ArrayList<>();
            for (int i = 0; i < task.instructionIds().size(); i++) {
                ConstraintType type = registry.type(task.instructionIds().get(i));
                Instruction instruction = registry.create(
                        task.instructionIds().get(i), task.kwargs().get(i));
                list.add(TaskConstraint.of(type, instruction, task.levels().get(i)));
            }
            return list;
        } catch (InvalidInstructionException e) {
            throw new IllegalStateException(
                    "task " + key + " of run " + runId + " has an instruction the verifier " + "cannot build: "
                            + e.field() + ": " + e.getMessage(),
                    e);
        }
    }
}
