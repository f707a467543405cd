package org.tracelab.app.service.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tracelab.app.service.store.OpenStore;
import org.tracelab.core.compare.CompareSide;
import org.tracelab.core.compare.RunComparison;
import org.tracelab.core.compare.TaskMatch;
import org.tracelab.core.stats.Resampling;
import org.tracelab.core.trace.ChainStatus;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.storage.StoredRun;
import org.tracelab.storage.TraceReader;
import org.tracelab.storage.query.ChainSummary;

/**
 * Task-by-task comparisons of two sides of the store (ADR 0008), for {@code report --compare} and the Compare
 * section, and the chains a diff across runs shows. Reading a comparison is two steps so a screen of rows comes
 * quickly: {@link #firstRows} reads only the sides' chain rows (counts and verdicts per task, in SQL),
 * {@link #compare} adds the flags and per-instruction verdicts and computes the paired interval and the exact test.
 */
public final class CompareService {

    private final OpenStore store;

    public CompareService(OpenStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Both sides checked against the store.
     *
     * @throws UnknownSideException naming the side's run, mode, seed or fork the store does not have
     */
    public ComparedSides sides(CompareSide a, CompareSide b) {
        return store.read(reader -> new ComparedSides(side(reader, a), side(reader, b)));
    }

    /** The matched rows with their counts and verdicts, without flags or per-instruction verdicts. */
    public TaskMatch firstRows(ComparedSides sides) {
        return store.read(reader -> TaskMatch.of(
                reader.sideTasks(sides.a().selection(), false),
                reader.sideTasks(sides.b().selection(), false)));
    }

    /** The whole comparison: rows with flags and per-instruction verdicts, paired interval, exact test, flips. */
    public RunComparison compare(ComparedSides sides, Resampling resampling) {
        return store.read(reader -> RunComparison.of(
                reader.sideTasks(sides.a().selection()),
                reader.sideTasks(sides.b().selection()),
                resampling));
    }

    /** Each side's finished chains of task {@code taskKey} with their attempts, in chain id order. */
    public TaskAnswers answers(ComparedSides sides, String taskKey) {
        return store.read(reader -> {
            List<ChainSummary> chains = reader.chainsOfTask(taskKey);
            Map<Long, String> runNames = new HashMap<>();
            return new TaskAnswers(
                    taskKey,
                    located(reader, chains, sides.a(), runNames),
                    located(reader, chains, sides.b(), runNames));
        });
    }

    /** Every chain of the task in every run ("Compare with…"), in run, mode, seed, fork order. */
    public List<ChainSummary> chainsOfTask(String datasetKey) {
        return store.read(reader -> reader.chainsOfTask(datasetKey));
    }

    /** One chain with its run's name, its task and its attempts; empty when the store has no such chain. */
    public Optional<LocatedChain> chain(ChainSummary chain) {
        return store.read(reader -> locate(reader, chain, new HashMap<>()));
    }

    private static List<LocatedChain> located(
            TraceReader reader, List<ChainSummary> chains, ComparedSide side, Map<Long, String> runNames) {
        List<LocatedChain> located = new ArrayList<>();
        chains.stream()
                .filter(chain -> chain.status() == ChainStatus.FINISHED && belongs(chain, side.selection()))
                .sorted((x, y) -> Long.compare(x.chainId(), y.chainId()))
                .forEach(chain -> locate(reader, chain, runNames).ifPresent(located::add));
        return located;
    }

    private static Optional<LocatedChain> locate(TraceReader reader, ChainSummary chain, Map<Long, String> runNames) {
        String runName = runNames.computeIfAbsent(
                chain.runId(),
                id -> reader.run(id).map(run -> run.info().name()).orElse("run " + id));
        Optional<TaskRecord> task = reader.task(chain.runId(), chain.datasetKey());
        return task.map(t -> new LocatedChain(chain, runName, t, reader.attempts(chain.chainId())));
    }

    private static boolean belongs(ChainSummary chain, CompareSide side) {
        return chain.runId() == side.runId()
                && (side.modes().isEmpty() || side.modes().contains(chain.mode()))
                && (side.seeds().isEmpty() || side.seeds().contains(chain.seed()))
                && (side.forks().isEmpty() || side.forks().contains(chain.fork()));
    }

    private ComparedSide side(TraceReader reader, CompareSide side) {
        RunInfo info = reader.run(side.runId())
                .map(StoredRun::info)
                .orElseThrow(() -> new UnknownSideException("no run " + side.runId() + " in " + store.file()));
        for (String mode : side.modes()) {
            if (!info.modes().contains(mode)) {
                throw new UnknownSideException("run " + side.runId() + " has no mode " + mode + " (it has "
                        + String.join(", ", info.modes()) + ")");
            }
        }
        for (Long seed : side.seeds()) {
            if (!info.seeds().isEmpty() && !info.seeds().contains(seed)) {
                throw new UnknownSideException("run " + side.runId() + " has no seed " + seed + " (it has "
                        + info.seeds().stream()
                                .map(String::valueOf)
                                .reduce((x, y) -> x + ", " + y)
                                .orElse("none")
                        + ")");
            }
        }
        for (Integer fork : side.forks()) {
            if (fork < 0 || fork >= info.forks()) {
                throw new UnknownSideException("run " + side.runId() + " has no fork " + fork + " (it has forks 0 to "
                        + (info.forks() - 1) + ")");
            }
        }
        return new ComparedSide(side, info);
    }
}
