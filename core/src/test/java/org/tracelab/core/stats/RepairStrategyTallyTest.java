package org.tracelab.core.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracelab.core.record.ComplianceEvalRecord;
import org.tracelab.core.testing.SampleTraces;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.Strategy;

class RepairStrategyTallyTest {

    @Test
    void countsATryPerBrokenInstructionAndAFixWhenTheRepairFollowsIt() {
        RepairStrategyTally tally = new RepairStrategyTally();
        // Task 1: direct breaks no_comma, the patch fixes it. Task 2: the same twice over two seeds. Task 3: the
        // patch fails too, then a retry call fails (no verdicts: a fault, not a try).
        tally.accept(chain("1", 1L, SampleTraces.failingDirect("a, b"), SampleTraces.passingPatch("a b")));
        tally.accept(chain("2", 1L, SampleTraces.failingDirect("a, b"), SampleTraces.passingPatch("a b")));
        tally.accept(chain("2", 2L, SampleTraces.failingDirect("a, b"), SampleTraces.passingPatch("a b")));
        tally.accept(chain(
                "3",
                1L,
                SampleTraces.failingDirect("a, b"),
                asPatch(SampleTraces.failingDirect("c, d")),
                SampleTraces.failedCall()));
        List<StrategyFixRate> rates = tally.rates(Resampling.DEFAULT);
        assertThat(rates).hasSize(1); // lowercase was never broken; no retry with verdicts
        StrategyFixRate patch = rates.get(0);
        assertThat(patch.instructionId()).isEqualTo("punctuation:no_comma");
        assertThat(patch.strategy()).isEqualTo(Strategy.PATCH);
        assertThat(patch.tries()).isEqualTo(4);
        assertThat(patch.fixed()).isEqualTo(3);
        assertThat(patch.rate().estimate()).isEqualTo(0.75);
        assertThat(patch.rate().clusters()).isEqualTo(3);

        ResultsTable table = ResultsTable.builder().repairStrategies(tally).build();
        assertThat(TableFormat.CSV.renderRepairStrategies(table).lines())
                .containsExactly(
                        "violated instruction,strategy,tasks,tries,fixed,fixed %,95% CI (task-clustered)",
                        "punctuation:no_comma,patch,3,4,3,75.0,\"[0.0, 100.0]\"");
        assertThat(TableFormat.TEXT.render(table)).contains("punctuation:no_comma  patch");
    }

    private static Attempt asPatch(Attempt failing) {
        return new Attempt(
                1,
                0,
                Strategy.PATCH,
                failing.request(),
                failing.output(),
                failing.finishReason(),
                null,
                null,
                null,
                null,
                failing.createdAt(),
                failing.verdicts(),
                failing.flags());
    }

    private static ComplianceEvalRecord chain(String key, Long seed, Attempt... attempts) {
        List<Attempt> list = List.of(attempts);
        int last = list.size() - 1;
        while (last > 0 && list.get(last).verdicts().isEmpty()) {
            last--; // a failed call is never the final attempt
        }
        boolean pass = list.get(last).verdicts().stream().allMatch(v -> v.strict());
        return ComplianceEvalRecord.of(
                SampleTraces.recordRun(),
                SampleTraces.task(key),
                "full_pcl",
                seed,
                0,
                list,
                last,
                pass,
                pass,
                null,
                null);
    }
}
