package org.tracelab.core.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tracelab.core.trace.RunInfo;

/**
 * Whether runs can be reported as one experiment (a run group): they must share the model, the dataset sample
 * (name, content hash and task count) and the modes, and differ in seed, as the per-seed runs another tool writes
 * do (one WasmAgent run per seed). Pooled, their chains are clustered by task key and their seeds become the
 * replicates of mean ± std.
 */
public final class RunGroupCheck {

    private RunGroupCheck() {}

    /**
     * What keeps the runs from forming a group, one sentence each; empty when they can.
     *
     * @param runs run id → its description, in the group's order
     */
    public static List<String> problems(Map<Long, RunInfo> runs) {
        List<String> problems = new ArrayList<>();
        if (runs.size() < 2) {
            problems.add("a group needs at least two runs, got " + runs.size());
            return problems;
        }
        Map.Entry<Long, RunInfo> first = runs.entrySet().iterator().next();
        RunInfo reference = first.getValue();
        Set<Long> seedsSeen = new HashSet<>();
        for (Map.Entry<Long, RunInfo> entry : runs.entrySet()) {
            long id = entry.getKey();
            RunInfo info = entry.getValue();
            if (!info.model().name().equals(reference.model().name())) {
                problems.add("run " + id + " is model " + info.model().name() + ", run " + first.getKey() + " is "
                        + reference.model().name());
            }
            if (!info.dataset().equals(reference.dataset())) {
                problems.add("run " + id + " ran dataset " + describe(info) + ", run " + first.getKey() + " ran "
                        + describe(reference));
            }
            if (!new TreeSet<>(info.modes()).equals(new TreeSet<>(reference.modes()))) {
                problems.add("run " + id + " has modes " + new TreeSet<>(info.modes()) + ", run " + first.getKey()
                        + " has " + new TreeSet<>(reference.modes()));
            }
            for (Long seed : info.seeds()) {
                if (!seedsSeen.add(seed)) {
                    problems.add("seed " + seed + " appears in more than one run (run " + id + "): the runs of a"
                            + " group differ in seed");
                }
            }
        }
        return problems;
    }

    private static String describe(RunInfo info) {
        return info.dataset().name() + " (" + info.dataset().taskCount() + " tasks"
                + (info.dataset().fileSha256() == null
                        ? ""
                        : ", "
                                + info.dataset()
                                        .fileSha256()
                                        .substring(
                                                0,
                                                Math.min(
                                                        12,
                                                        info.dataset()
                                                                .fileSha256()
                                                                .length())))
                + ")";
    }
}
