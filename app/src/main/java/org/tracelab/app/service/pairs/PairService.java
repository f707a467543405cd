package org.tracelab.app.service.pairs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tracelab.app.service.TaskProgress;
import org.tracelab.app.service.pairs.RunTasks.TaskAttempts;
import org.tracelab.app.service.store.OpenStore;
import org.tracelab.core.export.PairRanking;
import org.tracelab.core.export.TrainingMaterial;
import org.tracelab.core.run.PairCandidate;
import org.tracelab.core.run.PairMiner;
import org.tracelab.core.run.RolloutAttempt;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.Curation;
import org.tracelab.core.trace.CurationTarget;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.storage.StoredAttempt;
import org.tracelab.storage.TraceReader;
import org.tracelab.storage.query.ChainSummary;

/**
 * The DPO pair candidates of a run for the Pairs view, mined task by task exactly as export mines them (same
 * miner, same limit per task), kept as light rows without texts; the texts of one pair on demand.
 */
public final class PairService {

    private final OpenStore store;
    private final int maxPairsPerTask;

    /** Mining at most {@link PairMiner#DEFAULT_MAX_PAIRS_PER_TASK} pairs per task, as export does by default. */
    public PairService(OpenStore store) {
        this(store, PairMiner.DEFAULT_MAX_PAIRS_PER_TASK);
    }

    public PairService(OpenStore store, int maxPairsPerTask) {
        this.store = store;
        this.maxPairsPerTask = maxPairsPerTask;
    }

    /**
     * The candidates matching {@code filter}, in task then preference order; progress after each task (an exception
     * thrown there stops the mining and is rethrown).
     */
    public List<MinedPair> pairs(PairFilter filter, TaskProgress progress) {
        return store.read(reader -> pairs(reader, filter, progress));
    }

    /** Both answers of {@code pair} (reasoning removed) and its task's prompt. */
    public PairTexts texts(MinedPair pair) {
        return store.read(reader -> texts(reader, pair));
    }

    private List<MinedPair> pairs(TraceReader reader, PairFilter filter, TaskProgress progress) {
        Map<CurationTarget.PairTarget, Curation> curations = reader.pairCurations(filter.runId());
        PairMining miner = new PairMining(maxPairsPerTask);
        RunTasks tasks = new RunTasks(reader);
        Set<String> instructions = filter.instructionId() == null ? Set.of() : Set.of(filter.instructionId());
        List<MinedPair> pairs = new ArrayList<>();
        tasks.forEach(tasks.tasks(List.of(filter.runId()), instructions), progress, task -> {
            for (PairCandidate candidate : miner.mine(task)) {
                MinedPair pair = row(task, candidate, curations);
                if (filter.matches(pair)) {
                    pairs.add(pair);
                }
            }
        });
        return pairs;
    }

    private static PairTexts texts(TraceReader reader, MinedPair pair) {
        TaskRecord task = reader.task(pair.runId(), pair.taskKey())
                .orElseThrow(() -> new IllegalStateException(
                        "task " + pair.taskKey() + " of run " + pair.runId() + " is no longer in the store"));
        Attempt chosen = attempt(reader, pair.chosen());
        Attempt rejected = attempt(reader, pair.rejected());
        return new PairTexts(
                task.prompt(),
                PairMining.answer(chosen.output()),
                PairMining.answer(rejected.output()),
                chosen.verdicts(),
                rejected.verdicts());
    }

    private static Attempt attempt(TraceReader reader, MinedPair.Side side) {
        return reader.attempts(side.chainId()).stream()
                .filter(a -> a.id() == side.attemptId())
                .findFirst()
                .map(StoredAttempt::attempt)
                .orElseThrow(() -> new IllegalStateException(
                        "attempt " + side.attemptId() + " of chain " + side.chainId() + " is no longer in the store"));
    }

    private static MinedPair row(
            TaskAttempts task, PairCandidate candidate, Map<CurationTarget.PairTarget, Curation> curations) {
        MinedPair.Side chosen = side(task, candidate.chosen());
        MinedPair.Side rejected = side(task, candidate.rejected());
        Curation curation = curations.getOrDefault(
                new CurationTarget.PairTarget(chosen.attemptId(), rejected.attemptId()), Curation.NONE);
        return new MinedPair(
                task.runId(),
                task.task().datasetKey(),
                task.task().instructionIds(),
                chosen,
                rejected,
                TrainingMaterial.origin(candidate.kind()),
                candidate.strictGap(),
                new PairRanking(candidate.chosenRank(), candidate.rejectedRank(), candidate.margin()),
                curation);
    }

    private static MinedPair.Side side(TaskAttempts task, RolloutAttempt attempt) {
        ChainSummary chain = task.chains().get(attempt.chainId());
        StoredAttempt stored = task.attempts().stream()
                .filter(a -> a.id() == attempt.attemptId())
                .findFirst()
                .orElseThrow();
        return new MinedPair.Side(
                attempt.attemptId(),
                attempt.chainId(),
                chain.mode(),
                chain.seed(),
                chain.fork(),
                attempt.index(),
                stored.attempt().strategy(),
                attempt.score().strictPassed(),
                attempt.score().loosePassed(),
                TrainingMaterial.flags(attempt.flags(), task.task()));
    }
}
