package org.tracelab.app.ui.explorer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.core.run.ChainRank;
import org.tracelab.core.run.TaskRollouts;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.storage.StoredAttempt;
import org.tracelab.storage.query.ChainPage;
import org.tracelab.storage.query.ChainQuery;
import org.tracelab.storage.query.ChainSummary;
import org.tracelab.storage.query.PageRequest;

/**
 * One chain as the chain and attempt views show it, read in one background job: its task, its attempts with the
 * evidence marks of each output, the other chains of the same task in the run (other modes, seeds, forks), and
 * where each of these chains' final answer ranks within its (task, seed) ({@link TaskRollouts#chainRanks()}).
 *
 * @param evidence by attempt id
 * @param ranks    by chain id; a chain that is unfinished (or whose final call failed) has none
 */
public record ChainDetail(
        ChainSummary chain,
        TaskRecord task,
        List<StoredAttempt> attempts,
        Map<Long, List<EvidenceMark>> evidence,
        List<ChainSummary> sameTask,
        Map<Long, ChainRank> ranks) {

    private static final int SCAN_PAGE = PageRequest.MAX_LIMIT;

    public ChainDetail {
        attempts = List.copyOf(attempts);
        evidence = Map.copyOf(evidence);
        sameTask = List.copyOf(sameTask);
        ranks = Map.copyOf(ranks);
    }

    /** Reads the chain's parts; does I/O, so call it in a background job. */
    public static ChainDetail load(Workspace workspace, ChainSummary chain) {
        TaskRecord task = workspace
                .task(chain.runId(), chain.datasetKey())
                .orElseThrow(
                        () -> new IllegalStateException("run " + chain.runId() + " has no task " + chain.datasetKey()));
        List<StoredAttempt> attempts = workspace.attempts(chain.chainId());
        Map<Long, List<EvidenceMark>> evidence = new LinkedHashMap<>();
        for (StoredAttempt attempt : attempts) {
            String output = attempt.attempt().output();
            evidence.put(
                    attempt.id(),
                    OutputHighlighting.widened(
                            output,
                            EvidenceMarks.of(output.length(), attempt.attempt().verdicts())));
        }
        List<ChainSummary> sameTask = chainsOfTask(workspace, chain, task);
        return new ChainDetail(
                chain, task, attempts, evidence, sameTask, ranks(workspace, task, chain, attempts, sameTask));
    }

    /** The rank of {@code chain}'s final answer within its (task, seed); empty when it has none. */
    public Optional<ChainRank> rankOf(ChainSummary chain) {
        return Optional.ofNullable(ranks.get(chain.chainId()));
    }

    /** Ranks every chain of the task in the run against the others of its seed, the same way export ranks them. */
    private static Map<Long, ChainRank> ranks(
            Workspace workspace,
            TaskRecord task,
            ChainSummary chain,
            List<StoredAttempt> attempts,
            List<ChainSummary> sameTask) {
        List<TaskRollouts.Chain> chains = new ArrayList<>();
        chains.add(rollout(chain, attempts));
        for (ChainSummary other : sameTask) {
            chains.add(rollout(other, workspace.attempts(other.chainId())));
        }
        return new TaskRollouts(chain.runId(), task, chains).chainRanks();
    }

    private static TaskRollouts.Chain rollout(ChainSummary chain, List<StoredAttempt> attempts) {
        return new TaskRollouts.Chain(
                chain.chainId(),
                chain.mode(),
                chain.seed(),
                chain.fork(),
                chain.finalAttemptIndex(),
                chain.curation(),
                attempts.stream()
                        .map(a -> new TaskRollouts.Answer(a.id(), a.attempt()))
                        .toList());
    }

    public List<EvidenceMark> evidenceOf(StoredAttempt attempt) {
        return evidence.getOrDefault(attempt.id(), List.of());
    }

    /**
     * The run's other chains of the task. The store's query has no task dimension, so this narrows to the chains
     * whose task shares the instruction ids (an index range per id) and keeps those of this task.
     */
    private static List<ChainSummary> chainsOfTask(Workspace workspace, ChainSummary chain, TaskRecord task) {
        ChainQuery query = ChainQuery.all()
                .withRuns(chain.runId())
                .withInstructions(task.instructionIds().toArray(String[]::new));
        List<ChainSummary> found = new ArrayList<>();
        PageRequest request = PageRequest.first(SCAN_PAGE);
        while (request != null) {
            ChainPage page = workspace.chains(query, request);
            for (ChainSummary row : page.rows()) {
                if (row.datasetKey().equals(chain.datasetKey()) && row.chainId() != chain.chainId()) {
                    found.add(row);
                }
            }
            request = page.next();
        }
        return found;
    }
}
