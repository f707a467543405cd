package org.tracelab.app.ui.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.tracelab.app.service.report.GroupReport;
import org.tracelab.app.service.report.RunCompletion;
import org.tracelab.app.service.report.RunReport;
import org.tracelab.app.service.report.RunSummary;
import org.tracelab.core.stats.ModeIntervals;
import org.tracelab.core.stats.ModeRow;
import org.tracelab.core.stats.ModeSummary;
import org.tracelab.core.stats.Proportion;
import org.tracelab.core.stats.ResultsTable;
import org.tracelab.core.stats.SeedSpread;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.trace.RunStatus;
import org.tracelab.storage.StoredRunGroup;
import org.tracelab.storage.query.ModeAggregate;
import org.tracelab.storage.query.Rates;

/**
 * Turns the store's per-mode aggregates into the core {@link ResultsTable} and the rows the view shows. Per-seed
 * rates come from {@link ModeAggregate#bySeed()}, as in the CLI's report: with two or more seeds a cell is
 * mean ± std over seeds, otherwise the rate over all chains.
 */
public final class RunResults {

    static final String UNDEFINED = "–";

    private RunResults() {}

    /**
     * Everything the Results section shows of a run. The statistics, computed from per-task tallies, replace the
     * aggregate table: the rows and copies then carry task-clustered intervals (ADR 0008).
     */
    public static RunResult from(RunReport report) {
        RunResult plain = from(report.summary());
        ResultsTable statistics = report.statistics();
        if (statistics.modes().isEmpty()) {
            return new RunResult(
                    plain.runId(),
                    plain.title(),
                    plain.details(),
                    plain.lines(),
                    plain.table(),
                    report.instructions(),
                    statistics,
                    report.repairs(),
                    report.usage(),
                    plain.illustration(),
                    report.sources(),
                    plain.unfinished());
        }
        // The rows follow the report's mode order (the run's own), like its other tables.
        List<String> order = statistics.modes().stream().map(ModeSummary::mode).toList();
        List<ModeLine> ordered = new ArrayList<>(plain.lines());
        ordered.sort(Comparator.comparingInt(
                line -> order.contains(line.mode()) ? order.indexOf(line.mode()) : order.size()));
        List<ModeLine> lines = new ArrayList<>();
        for (ModeLine line : ordered) {
            ModeSummary summary = statistics.modes().stream()
                    .filter(m -> m.mode().equals(line.mode()))
                    .findFirst()
                    .orElse(null);
            String interval = summary == null
                            || summary.intervals() == null
                            || !summary.intervals().promptStrict().defined()
                    ? UNDEFINED
                    : "[" + percent(summary.intervals().promptStrict().lower()) + ", "
                            + percent(summary.intervals().promptStrict().upper()) + "]";
            lines.add(new ModeLine(
                    line.mode(),
                    line.finishedChains(),
                    line.attempts(),
                    line.promptStrict(),
                    line.promptLoose(),
                    line.instructionStrict(),
                    line.instructionLoose(),
                    interval,
                    line.promptStrictMean(),
                    line.promptLooseMean()));
        }
        return new RunResult(
                plain.runId(),
                plain.title(),
                plain.details(),
                lines,
                statistics,
                report.instructions(),
                statistics,
                report.repairs(),
                report.usage(),
                plain.illustration(),
                report.sources(),
                plain.unfinished());
    }

    /**
     * A run group as one experiment: per mode the rates as mean ± std over all the runs' seeds and the prompt-level
     * strict interval clustered by task over all their chains. Its {@code runId} is minus the group's id.
     */
    public static RunResult from(StoredRunGroup group, GroupReport report) {
        List<ModeLine> lines = new ArrayList<>();
        for (ModeSummary summary : report.table().modes()) {
            ModeIntervals intervals = summary.intervals();
            String interval = intervals == null || !intervals.promptStrict().defined()
                    ? UNDEFINED
                    : "[" + percent(intervals.promptStrict().lower()) + ", "
                            + percent(intervals.promptStrict().upper()) + "]";
            lines.add(new ModeLine(
                    summary.mode(),
                    intervals == null ? 0 : intervals.chains(),
                    report.attempts().getOrDefault(summary.mode(), 0L),
                    spread(summary.promptStrict()),
                    spread(summary.promptLoose()),
                    spread(summary.instructionStrict()),
                    spread(summary.instructionLoose()),
                    interval,
                    summary.promptStrict().mean(),
                    summary.promptLoose().mean()));
        }
        String title = "Group “" + group.name() + "”: " + report.title().replace("Group of runs", "runs");
        return new RunResult(
                -group.id(),
                title,
                report.details() + " · one experiment: mean ± std over seeds",
                lines,
                report.table(),
                List.of(),
                report.table(),
                List.of(),
                List.of(),
                report.illustration());
    }

    /** The heading, the per-mode rows and the copyable table, from the SQL figures alone. */
    public static RunResult from(RunSummary report) {
        RunInfo info = report.run().info();
        ResultsTable.Builder builder = ResultsTable.builder();
        for (ModeAggregate aggregate : report.modes()) {
            builder.mode(modeRow(aggregate));
        }
        ResultsTable table = builder.build();
        List<ModeLine> lines = new ArrayList<>();
        for (int i = 0; i < report.modes().size(); i++) {
            ModeAggregate aggregate = report.modes().get(i);
            ModeSummary summary = table.modes().get(i);
            lines.add(new ModeLine(
                    aggregate.mode(),
                    aggregate.all().finishedChains(),
                    aggregate.all().attempts(),
                    spread(summary.promptStrict()),
                    spread(summary.promptLoose()),
                    spread(summary.instructionStrict()),
                    spread(summary.instructionLoose()),
                    interval(summary),
                    summary.promptStrict().mean(),
                    summary.promptLoose().mean()));
        }
        String title = "#" + report.run().id() + " " + info.name();
        String seeds = info.seeds().isEmpty()
                ? "no seed"
                : info.seeds().size() == 1
                        ? "seed " + info.seeds().get(0)
                        : info.seeds().size() + " seeds";
        String details = info.model().name() + " · " + seeds + " · verifier " + info.verifierVersion();
        return new RunResult(
                report.run().id(),
                title,
                details,
                lines,
                table,
                List.of(),
                ResultsTable.builder().build(),
                List.of(),
                List.of(),
                info.isIllustration(),
                List.of(),
                unfinished(report.completion()));
    }

    /**
     * "Interrupted: 12 of 30 chains unfinished, 3 failed calls. The figures count finished chains only; Runs ›
     * Resume continues the run." Empty for a complete run.
     */
    static String unfinished(RunCompletion completion) {
        if (!completion.incomplete()) {
            return "";
        }
        String status = completion.status().wireName();
        String cause = completion.status() == RunStatus.INTERRUPTED ? " The server failed, not the model." : "";
        return Character.toUpperCase(status.charAt(0)) + status.substring(1) + ": " + completion.describe() + "."
                + cause + " The figures count finished chains only; Runs › Resume continues the run.";
    }

    static ModeRow modeRow(ModeAggregate aggregate) {
        List<Rates> perSeed = aggregate.bySeed().stream()
                .map(ModeAggregate.SeedRates::rates)
                .filter(RunResults::complete)
                .toList();
        List<Rates> basis =
                perSeed.size() > 1 ? perSeed : complete(aggregate.all()) ? List.of(aggregate.all()) : List.of();
        Rates all = aggregate.all();
        int finished = Math.toIntExact(all.finishedChains());
        int passed = all.promptStrict() == null ? 0 : (int) Math.round(all.promptStrict() * finished);
        return new ModeRow(
                aggregate.mode(),
                rates(basis, Rates::promptStrict),
                rates(basis, Rates::promptLoose),
                rates(basis, Rates::instructionStrict),
                rates(basis, Rates::instructionLoose),
                new Proportion(passed, finished),
                Double.NaN,
                Double.NaN);
    }

    private static boolean complete(Rates rates) {
        return rates.promptStrict() != null
                && rates.promptLoose() != null
                && rates.instructionStrict() != null
                && rates.instructionLoose() != null;
    }

    private static List<Double> rates(List<Rates> basis, Function<Rates, Double> rate) {
        return basis.stream().map(rate).map(Objects::requireNonNull).toList();
    }

    /** "41.2" for one value, "41.2 ± 3.1" over several seeds, "–" for none. */
    static String spread(SeedSpread spread) {
        if (Double.isNaN(spread.mean())) {
            return UNDEFINED;
        }
        return spread.hasSpread() ? percent(spread.mean()) + " ± " + percent(spread.std()) : percent(spread.mean());
    }

    static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f", rate * 100);
    }

    private static String interval(ModeSummary summary) {
        if (summary.chains().trials() == 0) {
            return UNDEFINED;
        }
        return "[" + percent(summary.chainInterval().lower()) + ", "
                + percent(summary.chainInterval().upper()) + "]";
    }
}
