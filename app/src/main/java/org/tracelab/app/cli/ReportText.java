package org.tracelab.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.tracelab.app.service.report.RunSummary;
import org.tracelab.core.stats.SeedSpread;
import org.tracelab.storage.query.ChainSummary;
import org.tracelab.storage.query.ModeAggregate;
import org.tracelab.storage.query.Rates;

/** {@code report}'s table: per run a line, per mode the rates (mean ± std over seeds), then disagreeing chains. */
final class ReportText {

    private ReportText() {}

    static void print(PrintWriter out, List<RunSummary> summaries) {
        if (summaries.isEmpty()) {
            out.println("no runs in the store");
        }
        for (RunSummary summary : summaries) {
            var info = summary.run().info();
            out.printf(
                    Locale.ROOT,
                    "run %d  %s  model %s  seeds %s  verifier %s%n",
                    summary.run().id(),
                    info.name(),
                    info.model().name(),
                    info.seeds().isEmpty() ? "-" : info.seeds(),
                    info.verifierVersion());
            if (summary.completion().incomplete()) {
                out.printf(
                        Locale.ROOT,
                        "  %s: %s (in no rate); bench --resume %d continues it%n",
                        info.status().wireName(),
                        summary.completion().describe(),
                        summary.run().id());
            }
            out.printf(
                    Locale.ROOT,
                    "  %-14s %7s %9s %15s %15s %15s %15s %14s%n",
                    "mode",
                    "chains",
                    "attempts",
                    "prompt strict",
                    "prompt loose",
                    "instr. strict",
                    "instr. loose",
                    "source differs");
            for (ModeAggregate aggregate : summary.modes()) {
                Rates rates = aggregate.all();
                out.printf(
                        Locale.ROOT,
                        "  %-14s %7d %9d %15s %15s %15s %15s %14s%n",
                        aggregate.mode(),
                        rates.chains(),
                        rates.attempts(),
                        cell(aggregate, Rates::promptStrict),
                        cell(aggregate, Rates::promptLoose),
                        cell(aggregate, Rates::instructionStrict),
                        cell(aggregate, Rates::instructionLoose),
                        rates.sourceDisagreements() == 0 ? "-" : String.valueOf(rates.sourceDisagreements()));
            }
            printDisagreements(out, summary);
            out.println();
        }
    }

    private static void printDisagreements(PrintWriter out, RunSummary summary) {
        long total = summary.modes().stream()
                .mapToLong(m -> m.all().sourceDisagreements())
                .sum();
        if (total == 0) {
            return;
        }
        out.printf(Locale.ROOT, "  where the imported tool's own verdict differs from Tracelab's (strict):%n");
        for (ChainSummary chain : summary.disagreements()) {
            out.printf(
                    Locale.ROOT,
                    "    chain %-6d task %-8s %-14s source %-4s tracelab %s%n",
                    chain.chainId(),
                    chain.datasetKey(),
                    chain.mode(),
                    verdict(chain.sourcePass()),
                    verdict(chain.finalStrict()));
        }
        if (total > summary.disagreements().size()) {
            out.printf(
                    Locale.ROOT,
                    "    ... and %d more%n",
                    total - summary.disagreements().size());
        }
    }

    private static String verdict(Boolean pass) {
        return pass == null ? "-" : pass ? "pass" : "fail";
    }

    /** The rate over all seeds, as mean ± std over seeds when there are several. */
    private static String cell(ModeAggregate aggregate, Function<Rates, Double> rate) {
        List<Double> rates = aggregate.seedRates(rate);
        if (rates.size() > 1) {
            SeedSpread spread = SeedSpread.of(rates);
            return String.format(Locale.ROOT, "%.1f ± %.1f %%", 100 * spread.mean(), 100 * spread.std());
        }
        return rates.isEmpty() ? "-" : String.format(Locale.ROOT, "%.1f %%", 100 * rates.get(0));
    }
}
