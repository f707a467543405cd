package org.tracelab.core.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.tracelab.core.record.ComplianceEvalRecord;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.verify.InstructionVerdict;

/**
 * Builds one side's {@link SideTask tasks} from portable records (one run's, e.g. read back from an
 * {@code export --kind records} file): the same counts the store computes in SQL, counted independently of it, so
 * a comparison can be recounted from what another tool would read. Records outside the side's modes, seeds and
 * forks, and unfinished chains, are skipped. Records carry no chain id, so {@link SideTask#firstChainId()} is -1.
 */
public final class SideTaskCollector implements Consumer<ComplianceEvalRecord> {

    private final CompareSide side;
    private final Map<String, Counts> tasks = new LinkedHashMap<>();

    public SideTaskCollector(CompareSide side) {
        this.side = side;
    }

    @Override
    public void accept(ComplianceEvalRecord record) {
        if (record.finalAttemptIndex() == null
                || (!side.modes().isEmpty() && !side.modes().contains(record.mode()))
                || (!side.seeds().isEmpty() && !side.seeds().contains(record.seed()))
                || (!side.forks().isEmpty() && !side.forks().contains(record.fork()))) {
            return;
        }
        Attempt last = record.attempts().get(record.finalAttemptIndex());
        Counts counts = tasks.computeIfAbsent(record.task().datasetKey(), key -> new Counts());
        counts.chains++;
        counts.strict += Boolean.TRUE.equals(record.finalStrict()) ? 1 : 0;
        counts.loose += Boolean.TRUE.equals(record.finalLoose()) ? 1 : 0;
        counts.flags.addAll(last.flags());
        for (InstructionVerdict verdict : last.verdicts()) {
            counts.instructions++;
            counts.followedStrict += verdict.strict() ? 1 : 0;
            counts.followedLoose += verdict.loose() ? 1 : 0;
            int[] perInstruction = counts.byInstruction.computeIfAbsent(verdict.index(), i -> new int[3]);
            counts.instructionIds.put(verdict.index(), verdict.instructionId());
            perInstruction[0]++;
            perInstruction[1] += verdict.strict() ? 1 : 0;
            perInstruction[2] += verdict.loose() ? 1 : 0;
        }
    }

    /** The side's tasks so far. */
    public List<SideTask> tasks() {
        List<SideTask> result = new ArrayList<>();
        tasks.forEach((key, c) -> {
            List<InstructionTally> instructions = new ArrayList<>();
            c.byInstruction.forEach((index, n) ->
                    instructions.add(new InstructionTally(index, c.instructionIds.get(index), n[0], n[1], n[2])));
            result.add(new SideTask(
                    key,
                    -1,
                    c.chains,
                    c.strict,
                    c.loose,
                    c.instructions,
                    c.followedStrict,
                    c.followedLoose,
                    c.flags,
                    instructions));
        });
        return result;
    }

    private static final class Counts {
        int chains;
        int strict;
        int loose;
        int instructions;
        int followedStrict;
        int followedLoose;
        final TreeSet<String> flags = new TreeSet<>();
        final Map<Integer, int[]> byInstruction = new TreeMap<>();
        final Map<Integer, String> instructionIds = new TreeMap<>();
    }
}
