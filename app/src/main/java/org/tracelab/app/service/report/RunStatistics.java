package org.tracelab.app.service.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.tracelab.core.record.ComplianceEvalRecord;
import org.tracelab.core.stats.ModeComparison;
import org.tracelab.core.stats.ModeRow;
import org.tracelab.core.stats.Proportion;
import org.tracelab.core.stats.ResultsTable;
import org.tracelab.storage.TraceReader;
import org.tracelab.storage.query.ModeAggregate;
import org.tracelab.storage.query.Rates;

/**
 * A run's results with honest statistics: per mode the pass rates per seed (mean ± std), the chain pass rate
 * with a Wilson interval, tokens and latency per chain; for each pair of modes a bootstrap interval on the
 * difference (resampling tasks) and McNemar's exact test on (task, seed) pairs of fork 0. Streams the run's
 * chains one at a time; {@link ReportService#report} is its one caller.
 */
final class RunStatistics {

    /** Fixed so the same run always prints the same intervals. */
    static final long BOOTSTRAP_SEED = 20231107L;
    private final TraceReader reader;

    RunStatistics(TraceReader reader) {
        this.reader = reader;
    }

    /**
     * The results, streaming the run once and handing each record to {@code eachRecord} as well, so a caller
     * that also tallies the records (the Results view's charts) needs no second pass over the run.
     */
    ResultsTable results(long runId, List<String> modeOrder, Consumer<ComplianceEvalRecord> eachRecord) {
        Map<String, ModeTotals> totals = new TreeMap<>();
        UsageCounter usage = new UsageCounter();
        reader.forEachRecord(runId, record -> {
            totals.computeIfAbsent(record.mode(), ModeTotals::new).add(record);
            usage.accept(record);
            eachRecord.accept(record);
        });
        List<String> modes = new ArrayList<>(modeOrder.stream().filter(totals::containsKey).toList());
        totals.keySet().stream().filter(m -> !modes.contains(m)).forEach(modes::add);

        Map<String, ModeUsage> usageByMode = new HashMap<>();
        usage.usage(modes).forEach(u -> usageByMode.put(u.mode(), u));
        Map<String, ModeAggregate> aggregates = new HashMap<>();
        reader.aggregates(runId).forEach(a -> aggregates.put(a.mode(), a));
        ResultsTable.Builder table = ResultsTable.builder();
        for (String mode : modes) {
            ModeAggregate aggregate = aggregates.get(mode);
            ModeTotals t = totals.get(mode);
            // Tokens and latency as UsageCounter counts them: over chains whose every call reported them (NaN
            // when none did), never with unknown counts taken as zero.
            ModeUsage u = usageByMode.get(mode);
            table.mode(new ModeRow(mode, perSeed(aggregate, Rates::promptStrict), perSeed(aggregate, Rates::promptLoose),
                    perSeed(aggregate, Rates::instructionStrict), perSeed(aggregate, Rates::instructionLoose),
                    new Proportion(t.passed, t.chains), u == null ? Double.NaN : u.tokensPerChain(),
                    u == null ? Double.NaN : u.latencyMeanMillis()));
        }
        for (int later = 1; later < modes.size(); later++) {
            for (int earlier = 0; earlier < later; earlier++) {
                table.comparison(compare(totals.get(modes.get(later)), totals.get(modes.get(earlier))));
            }
        }
        return table.build();
    }

    /** Per-seed rates; a run without seeds (an import) counts as one. */
    private static List<Double> perSeed(ModeAggregate aggregate, Function<Rates, Double> rate) {
        return aggregate == null ? List.of() : aggregate.seedRates(rate);
    }

    private static ModeComparison compare(ModeTotals mode, ModeTotals baseline) {
        // Tasks both modes ran, in key order so the bootstrap is reproducible.
        TreeSet<String> tasks = new TreeSet<>(mode.taskRates.keySet());
        tasks.retainAll(baseline.taskRates.keySet());
        double[] a = tasks.stream().mapToDouble(t -> mode.taskRates.get(t).rate()).toArray();
        double[] b = tasks.stream().mapToDouble(t -> baseline.taskRates.get(t).rate()).toArray();
        TreeSet<String> pairs = new TreeSet<>(mode.forkZero.keySet());
        pairs.retainAll(baseline.forkZero.keySet());
        boolean[] passedA = new boolean[pairs.size()];
        boolean[] passedB = new boolean[pairs.size()];
        int i = 0;
        for (String pair : pairs) {
            passedA[i] = mode.forkZero.get(pair);
            passedB[i] = baseline.forkZero.get(pair);
            i++;
        }
        return ModeComparison.compute(mode.mode, baseline.mode, a, b, passedA, passedB, BOOTSTRAP_SEED);
    }

    /** Running totals of one mode's chains. */
    private static final class ModeTotals {

        final String mode;
        final Map<String, Tally> taskRates = new HashMap<>();
        final Map<String, Boolean> forkZero = new HashMap<>();
        int chains;
        int passed;

        ModeTotals(String mode) {
            this.mode = mode;
        }

        void add(ComplianceEvalRecord record) {
            if (record.finalStrict() == null) {
                return; // unfinished chains count nowhere
            }
            boolean pass = record.finalStrict();
            chains++;
            passed += pass ? 1 : 0;
            String task = record.task().datasetKey();
            taskRates.computeIfAbsent(task, k -> new Tally()).add(pass);
            if (record.fork() == 0) {
                forkZero.put(task + "\u0000" + record.seed(), pass);
            }
        }
    }

    private static final class Tally {
        int total;
        int passed;

        void add(boolean pass) {
            total++;
            passed += pass ? 1 : 0;
        }

        double rate() {
            return (double) passed / total;
        }
    }
}
