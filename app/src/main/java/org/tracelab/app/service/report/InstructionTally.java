package org.tracelab.app.service.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tracelab.core.record.ComplianceEvalRecord;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.verify.InstructionVerdict;

/**
 * Counts, per mode and instruction id, the strict verdicts of each finished chain's final attempt, fed one
 * record at a time (from a run's record stream, off the FX thread). Unfinished chains and unverified
 * attempts count nowhere.
 */
final class InstructionTally {

    private final Map<String, Map<String, int[]>> counts = new LinkedHashMap<>();

    void add(ComplianceEvalRecord record) {
        if (record.finalAttemptIndex() == null) {
            return;
        }
        Attempt last = record.attempts().get(record.finalAttemptIndex());
        Map<String, int[]> byId = counts.computeIfAbsent(record.mode(), mode -> new TreeMap<>());
        for (InstructionVerdict verdict : last.verdicts()) {
            int[] count = byId.computeIfAbsent(verdict.instructionId(), id -> new int[2]);
            count[0] += verdict.strict() ? 1 : 0;
            count[1]++;
        }
    }

    /** Rates in {@code modeOrder} (other modes after), instruction ids alphabetical within a mode. */
    List<InstructionRate> rates(List<String> modeOrder) {
        List<InstructionRate> rates = new ArrayList<>();
        for (String mode : Modes.ordered(counts.keySet(), modeOrder)) {
            counts.get(mode).forEach((id, count) -> rates.add(new InstructionRate(mode, id, count[0], count[1])));
        }
        return rates;
    }
}
