package org.tracelab.core.stats;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.tracelab.core.record.ComplianceEvalRecord;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.Strategy;
import org.tracelab.core.verify.InstructionVerdict;

/**
 * Counts, from a stream of chains, which repair strategy fixed which violated instruction: for every repair
 * attempt (retry, patch, regenerate, rule_fix) and every instruction its parent broke (strict), a try, and a fix
 * when the repair follows it. Attempts without verdicts (a failed call) are faults, not tries. Counts are kept
 * per task, so the rates get task-clustered intervals. One chain in memory at a time.
 */
public final class RepairStrategyTally implements Consumer<ComplianceEvalRecord> {

    /** The strategies that repair. */
    public static final Set<Strategy> REPAIRS =
            EnumSet.of(Strategy.RETRY, Strategy.PATCH, Strategy.REGENERATE, Strategy.RULE_FIX);

    /** (instruction id, strategy) → task → {tries, fixed}. */
    private final Map<String, Map<Strategy, Map<String, int[]>>> counts = new TreeMap<>();

    @Override
    public void accept(ComplianceEvalRecord record) {
        List<Attempt> attempts = record.attempts();
        for (Attempt attempt : attempts) {
            Integer parentIndex = attempt.parentIndex();
            if (!REPAIRS.contains(attempt.strategy())
                    || parentIndex == null
                    || attempt.verdicts().isEmpty()
                    || parentIndex < 0
                    || parentIndex >= attempts.size()) {
                continue;
            }
            Map<Integer, InstructionVerdict> repaired = new HashMap<>();
            attempt.verdicts().forEach(v -> repaired.put(v.index(), v));
            for (InstructionVerdict broken : attempts.get(parentIndex).verdicts()) {
                InstructionVerdict after = repaired.get(broken.index());
                if (broken.strict() || after == null) {
                    continue;
                }
                int[] c = counts.computeIfAbsent(broken.instructionId(), id -> new TreeMap<>())
                        .computeIfAbsent(attempt.strategy(), s -> new HashMap<>())
                        .computeIfAbsent(record.task().datasetKey(), k -> new int[2]);
                c[0]++;
                c[1] += after.strict() ? 1 : 0;
            }
        }
    }

    /** Per violated instruction (by id) and strategy (in declaration order), the fix rate. */
    public List<StrategyFixRate> rates(Resampling resampling) {
        List<String> instructions = new ArrayList<>();
        List<Strategy> strategies = new ArrayList<>();
        List<int[]> totals = new ArrayList<>();
        List<ClusteredBootstrap.Ratio> ratios = new ArrayList<>();
        counts.forEach((instruction, byStrategy) -> byStrategy.forEach((strategy, byTask) -> {
            Map<String, int[]> ordered = new TreeMap<>(TaskKeyOrder.ORDER);
            ordered.putAll(byTask);
            double[] fixed = new double[ordered.size()];
            double[] tries = new double[ordered.size()];
            int i = 0;
            int[] total = new int[2];
            for (int[] c : ordered.values()) {
                tries[i] = c[0];
                fixed[i] = c[1];
                total[0] += c[0];
                total[1] += c[1];
                i++;
            }
            instructions.add(instruction);
            strategies.add(strategy);
            totals.add(total);
            ratios.add(new ClusteredBootstrap.Ratio(fixed, tries));
        }));
        // One pass of draws for all rows that cover as many tasks (ClusteredBootstrap.ratios).
        List<ClusteredInterval> intervals =
                ClusteredBootstrap.ratios(ratios, resampling.resamples(), resampling.confidence(), resampling.seed());
        List<StrategyFixRate> rates = new ArrayList<>();
        for (int i = 0; i < ratios.size(); i++) {
            rates.add(new StrategyFixRate(
                    instructions.get(i), strategies.get(i), totals.get(i)[0], totals.get(i)[1], intervals.get(i)));
        }
        return rates;
    }
}
