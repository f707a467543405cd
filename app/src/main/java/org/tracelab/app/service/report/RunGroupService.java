package org.tracelab.app.service.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tracelab.app.service.store.OpenStore;
import org.tracelab.core.compare.RunGroupCheck;
import org.tracelab.core.stats.TaskSeedTally;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.storage.StoredRunGroup;
import org.tracelab.storage.TraceReader;

/**
 * Run groups (ADR 0008): runs that share model, dataset sample and modes but differ in seed, such as one imported
 * WasmAgent run per seed, saved under a name and reported as one experiment ({@code report --group}, the Results
 * section). A group's statistics come from the runs' per-(mode, task, seed) tallies in SQL; each run's seeds stay
 * separate replicates even when two runs used the same seed number.
 */
public final class RunGroupService {

    private final OpenStore store;

    public RunGroupService(OpenStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Every saved group, by id. */
    public List<StoredRunGroup> groups() {
        return store.read(TraceReader::runGroups);
    }

    /**
     * Saves runs {@code runIds} as a group named {@code name} and commits it.
     *
     * @throws RunGroupException when the name is blank or the runs are not one experiment (every reason listed)
     */
    public StoredRunGroup create(String name, List<Long> runIds) {
        if (name == null || name.isBlank()) {
            throw new RunGroupException("a run group needs a name");
        }
        store.read(reader -> check(reader, runIds));
        long id = store.writer().createRunGroup(name.strip(), runIds);
        store.writer().commit();
        return new StoredRunGroup(id, name.strip(), runIds);
    }

    /** Deletes a group; its runs stay. */
    public void delete(long groupId) {
        store.writer().deleteRunGroup(groupId);
        store.writer().commit();
    }

    /**
     * Runs {@code runIds} as one experiment.
     *
     * @throws RunGroupException when a run is missing or listed twice, or the runs are not one experiment
     */
    public GroupReport report(List<Long> runIds) {
        return store.read(reader -> {
            Map<Long, RunInfo> infos = check(reader, runIds);
            List<TaskSeedTally> tallies = new ArrayList<>();
            Map<String, Long> attempts = new HashMap<>();
            for (long id : runIds) {
                tallies.addAll(reader.taskSeedTallies(id, id + "/"));
                reader.aggregates(id)
                        .forEach(mode -> attempts.merge(mode.mode(), mode.all().attempts(), Long::sum));
            }
            List<RunInfo> runs = List.copyOf(infos.values());
            return new GroupReport(
                    runIds, runs, TallyTables.table(tallies, runs.get(0).modes()), attempts);
        });
    }

    private Map<Long, RunInfo> check(TraceReader reader, List<Long> runIds) {
        Map<Long, RunInfo> infos = new LinkedHashMap<>();
        for (long id : runIds) {
            if (infos.containsKey(id)) {
                throw new RunGroupException("run " + id + " is listed twice");
            }
            infos.put(
                    id,
                    reader.run(id)
                            .orElseThrow(() -> new RunGroupException("no run " + id + " in " + store.file()))
                            .info());
        }
        List<String> problems = RunGroupCheck.problems(infos);
        if (!problems.isEmpty()) {
            throw new RunGroupException("these runs are not one experiment: " + String.join("; ", problems));
        }
        return infos;
    }
}
