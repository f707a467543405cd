package org.tracelab.core.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.tracelab.core.record.ComplianceEvalRecord;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.verify.InstructionVerdict;

/**
 * Counts a stream of chains (portable records) into {@link TaskSeedTally tallies}, one chain in memory at a time.
 * Unfinished chains count nowhere. The seed label is prefixed with {@code replicatePrefix}, so that the runs of a
 * group that share a seed number stay separate replicates.
 */
public final class TallyCollector implements Consumer<ComplianceEvalRecord> {

    /** The seed label of chains without a seed. */
    public static final String NO_SEED = "none";

    private final String replicatePrefix;
    private final Map<List<String>, int[]> counts = new LinkedHashMap<>();

    public TallyCollector() {
        this("");
    }

    public TallyCollector(String replicatePrefix) {
        this.replicatePrefix = replicatePrefix;
    }

    @Override
    public void accept(ComplianceEvalRecord record) {
        if (record.finalAttemptIndex() == null) {
            return;
        }
        Attempt last = record.attempts().get(record.finalAttemptIndex());
        List<String> key = List.of(
                record.mode(),
                record.task().datasetKey(),
                replicatePrefix
                        + (record.seed() == null ? NO_SEED : record.seed().toString()));
        int[] sums = counts.computeIfAbsent(key, k -> new int[6]);
        sums[0]++;
        sums[1] += Boolean.TRUE.equals(record.finalStrict()) ? 1 : 0;
        sums[2] += Boolean.TRUE.equals(record.finalLoose()) ? 1 : 0;
        for (InstructionVerdict verdict : last.verdicts()) {
            sums[3]++;
            sums[4] += verdict.strict() ? 1 : 0;
            sums[5] += verdict.loose() ? 1 : 0;
        }
    }

    /** The tallies so far, in the order their (mode, task, seed) first appeared. */
    public List<TaskSeedTally> tallies() {
        List<TaskSeedTally> tallies = new ArrayList<>(counts.size());
        counts.forEach((key, s) ->
                tallies.add(new TaskSeedTally(key.get(0), key.get(1), key.get(2), s[0], s[1], s[2], s[3], s[4], s[5])));
        return tallies;
    }

    /** The tallies of one mode. */
    public List<TaskSeedTally> tallies(String mode) {
        return tallies().stream().filter(t -> t.mode().equals(mode)).toList();
    }
}
