package org.tracelab.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tracelab.app.service.TaskProgress;
import org.tracelab.app.service.export.ExportService;
import org.tracelab.app.service.store.OpenStore;
import org.tracelab.core.export.ExportException;
import org.tracelab.core.export.ExportListener;
import org.tracelab.core.export.ExportOptions;
import org.tracelab.core.export.ExportResult;
import org.tracelab.core.export.ExportStyle;
import org.tracelab.core.export.RecordsExporter;
import org.tracelab.core.run.PairMiner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tracelab export}: DPO, SFT or KTO datasets in the shapes Hugging Face TRL reads, or the portable records
 * ({@code --kind records}: one validated ComplianceEvalRecord per chain, {@code docs/records.md}).
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export stored attempts as a TRL dataset (JSONL, manifest and dataset card) or as portable "
                + "records (one ComplianceEvalRecord per chain).")
public final class ExportCommand implements Callable<Integer> {

    enum Kind {
        dpo,
        sft,
        kto,
        records
    }

    /** Options about TRL datasets, which records do not take. */
    private static final List<String> DATASET_OPTIONS = List.of(
            "--style",
            "--include-flagged",
            "--only-curated",
            "--test-fraction",
            "--split-seed",
            "--max-pairs-per-task",
            "--sft-all-passing");

    enum Style {
        conversational,
        standard
    }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--run", paramLabel = "ID", description = "Only this run (default: all runs).")
    Long runId;

    @Option(
            names = "--kind",
            required = true,
            paramLabel = "dpo|sft|kto|records",
            description = "Dataset kind, or records: every chain as a portable record.")
    Kind kind;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "FILE.jsonl",
            description = "Training file (or records file) to write.")
    Path out;

    @Option(names = "--style", paramLabel = "conversational|standard", description = "Default: conversational.")
    Style style = Style.conversational;

    @Option(
            names = "--include-flagged",
            description = "Keep rejected/negative examples with a quality flag (gamed, "
                    + "refusal, truncated, infeasible); never a gamed, refused or truncated chosen. Provenance flags such as "
                    + "shared:first_attempt never exclude.")
    boolean includeFlagged;

    @Option(
            names = "--sft-all-passing",
            description = "SFT: every passing answer, instead of one best (rank 1) " + "answer per task and seed.")
    boolean sftAllPassing;

    @Option(
            names = "--only-curated",
            description = "Only pairs (dpo) or chains (sft, kto) included in the Pairs or "
                    + "Explorer view. Excluded ones are never exported, with or without this option.")
    boolean onlyCurated;

    @Option(names = "--test-fraction", paramLabel = "F", description = "Tasks held out to FILE.test.jsonl (default 0).")
    double testFraction;

    @Option(names = "--split-seed", paramLabel = "S", description = "Seed of the task split (default 0).")
    long splitSeed;

    @Option(names = "--max-pairs-per-task", paramLabel = "N", description = "DPO pairs per task (default 4).")
    int maxPairsPerTask = PairMiner.DEFAULT_MAX_PAIRS_PER_TASK;

    @Override
    public Integer call() {
        if (kind == Kind.records) {
            return records();
        }
        if (testFraction < 0 || testFraction >= 1) {
            throw new ParameterException(spec.commandLine(), "--test-fraction must be in [0, 1)");
        }
        if (sftAllPassing && kind != Kind.sft) {
            throw new ParameterException(spec.commandLine(), "--sft-all-passing applies to --kind sft only");
        }
        ExportOptions options = ExportOptions.defaults(out)
                .withStyle(style == Style.standard ? ExportStyle.STANDARD : ExportStyle.CONVERSATIONAL)
                .withIncludeFlagged(includeFlagged)
                .withOnlyCurated(onlyCurated)
                .withTestSplit(testFraction, splitSeed)
                .withSftAllPassing(sftAllPassing);
        PrintWriter output = spec.commandLine().getOut();
        ExportResult result;
        ExportService.Request request = new ExportService.Request(
                runId, ExportService.Kind.valueOf(kind.name().toUpperCase(Locale.ROOT)), maxPairsPerTask, options);
        try (OpenStore traceStore = OpenStore.open(store.file())) {
            result = new ExportService(traceStore, Clock.systemUTC())
                    .export(request, TaskProgress.NONE, ExportListener.NONE);
        } catch (ExportException e) {
            spec.commandLine().getErr().println("export failed: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return CliErrorHandler.EXIT_BAD_INPUT;
        }
        output.println("wrote " + result.train() + ": " + result.trainCounts().lines() + " lines from "
                + result.trainCounts().tasks() + " tasks");
        result.test()
                .ifPresent(test -> output.println(
                        "wrote " + test + ": " + result.testCounts().lines() + " lines from "
                                + result.testCounts().tasks() + " tasks"));
        output.println("wrote " + result.manifest() + " and " + result.card());
        result.excluded()
                .forEach((reason, n) ->
                        output.println("excluded " + n + " (" + reason.name().toLowerCase(Locale.ROOT) + ")"));
        result.warnings().forEach(w -> output.println("warning: " + w));
        output.flush();
        return 0;
    }

    /** {@code --kind records}: every chain of the run (or store) as one validated record per line. */
    private int records() {
        for (String option : DATASET_OPTIONS) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw new ParameterException(spec.commandLine(), option + " does not apply to --kind records");
            }
        }
        RecordsExporter.Result result;
        try (OpenStore traceStore = OpenStore.open(store.file())) {
            result = new ExportService(traceStore, Clock.systemUTC()).exportRecords(runId, out, ExportListener.NONE);
        } catch (ExportException e) {
            spec.commandLine().getErr().println("export failed: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return CliErrorHandler.EXIT_BAD_INPUT;
        }
        PrintWriter output = spec.commandLine().getOut();
        output.println("wrote " + result.file() + ": " + result.records() + " records (one per chain)");
        output.flush();
        return 0;
    }
}
