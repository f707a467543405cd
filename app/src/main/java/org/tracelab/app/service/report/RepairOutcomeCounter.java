package org.tracelab.app.service.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.tracelab.core.record.ComplianceEvalRecord;
import org.tracelab.core.trace.Attempt;

/**
 * Counts how the finished chains of the repair modes ({@code prompt_retry}, {@code full_pcl}) ended, fed one
 * chain at a time from a run's record stream (so a run is never held in memory). Direct chains never repair and
 * unfinished chains have no end yet: both count nowhere.
 */
final class RepairOutcomeCounter implements Consumer<ComplianceEvalRecord> {

    /** The modes whose chains can repair. */
    static final Set<String> REPAIR_MODES = Set.of("prompt_retry", "full_pcl");

    private final Map<String, EnumMap<RepairOutcome, Integer>> counts = new LinkedHashMap<>();

    @Override
    public void accept(ComplianceEvalRecord record) {
        if (!REPAIR_MODES.contains(record.mode()) || record.finalAttemptIndex() == null) {
            return;
        }
        counts.computeIfAbsent(record.mode(), mode -> new EnumMap<>(RepairOutcome.class))
                .merge(outcomeOf(record), 1, Integer::sum);
    }

    /** The outcome of one finished chain. */
    static RepairOutcome outcomeOf(ComplianceEvalRecord record) {
        if (Boolean.TRUE.equals(record.finalStrict())) {
            Attempt last = record.attempts().get(record.finalAttemptIndex());
            return RepairOutcome.passedBy(last.strategy());
        }
        return record.task().feasibilityFlags().isEmpty() ? RepairOutcome.NOT_FIXED : RepairOutcome.INFEASIBLE;
    }

    /** Per repair mode seen, those in {@code modeOrder} first (in that order), then the others by name. */
    List<ModeRepairOutcomes> outcomes(List<String> modeOrder) {
        List<ModeRepairOutcomes> outcomes = new ArrayList<>();
        for (String mode : Modes.ordered(counts.keySet(), modeOrder)) {
            outcomes.add(new ModeRepairOutcomes(mode, counts.get(mode)));
        }
        return outcomes;
    }
}
