package org.tracelab.core.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Everything an export will write, decided before any file is touched: deduplicated lines split by task. */
record ExportPlan(
        ExportKind kind,
        ExportOptions options,
        ExportSource source,
        ExportPaths paths,
        Instant createdAt,
        int inputs,
        Map<Exclusion, Integer> excluded,
        List<ExportLine> train,
        List<ExportLine> test,
        List<String> warnings) {

    static final String IFEVAL_WARNING = "the prompts are IFEval's own: training on them contaminates IFEval scores";
    static final String ILLUSTRATION_WARNING = "some lines come from hand-written illustrative traces (the sample"
            + " store), not from a model: do not train on them";

    static ExportPlan of(
            ExportKind kind, ExportOptions options, ExportSource source, ExportPaths paths, Instant createdAt) {
        ExportSelection selection = kind.select(options.rules());
        Map<Exclusion, Integer> excluded = new EnumMap<>(Exclusion.class);
        excluded.putAll(selection.excluded());
        // Deduplicate before splitting, so one text can never land in both files under two task keys.
        Set<String> seen = new HashSet<>();
        TaskSplit split = new TaskSplit(options.testFraction(), options.splitSeed());
        List<ExportLine> train = new ArrayList<>();
        List<ExportLine> test = new ArrayList<>();
        for (ExportLine line : selection.lines()) {
            if (!seen.add(line.dedupKey())) {
                excluded.merge(Exclusion.DUPLICATE, 1, Integer::sum);
            } else if (split.isTest(line.taskKey())) {
                test.add(line);
            } else {
                train.add(line);
            }
        }
        if (train.isEmpty() && test.isEmpty()) {
            throw new ExportException(nothingToExport(kind, selection.inputs(), excluded));
        }
        if (train.isEmpty()) {
            throw new ExportException(
                    "nothing left for training: all " + SplitCounts.of(test).tasks()
                            + " task(s) fell into the test split; lower the test fraction or change the split seed");
        }
        return new ExportPlan(
                kind,
                options,
                source,
                paths,
                createdAt,
                selection.inputs(),
                excluded,
                train,
                test,
                warnings(kind, options, source, test));
    }

    boolean hasTestFile() {
        return !test.isEmpty();
    }

    SplitCounts trainCounts() {
        return SplitCounts.of(train);
    }

    SplitCounts testCounts() {
        return SplitCounts.of(test);
    }

    private static String nothingToExport(ExportKind kind, int inputs, Map<Exclusion, Integer> excluded) {
        String material = kind instanceof DpoExport ? "preference pair(s)" : "example(s)";
        if (inputs == 0) {
            return "nothing to export: the selection has no " + material + " for "
                    + kind.id().toUpperCase(Locale.ROOT) + " (check the run and that it has finished attempts)";
        }
        StringBuilder why = new StringBuilder();
        excluded.forEach((reason, count) -> why.append(why.length() == 0 ? "" : ", ")
                .append(count)
                .append(' ')
                .append(reason.id()));
        String hint = excluded.containsKey(Exclusion.NOT_INCLUDED)
                ? "; only curated material was asked for: include some first, or export all candidates"
                : excluded.containsKey(Exclusion.FLAGGED) ? "; include flagged texts to keep the flagged ones" : "";
        return "nothing to export: all " + inputs + " " + material + " were excluded (" + why + ")" + hint;
    }

    private static List<String> warnings(
            ExportKind kind, ExportOptions options, ExportSource source, List<ExportLine> test) {
        List<String> warnings = new ArrayList<>();
        if (options.testFraction() > 0 && test.isEmpty()) {
            warnings.add("the test split is empty: no task fell into the held-out " + options.testFraction()
                    + " (too few tasks); no test file was written");
        }
        if (options.style() == ExportStyle.STANDARD && !kind.systemPrompts().isEmpty()) {
            warnings.add("the standard style has no place for a system prompt; the run's system prompt is left out"
                    + " of the lines (it is listed in the manifest)");
        }
        if (source.includesIllustrations()) {
            warnings.add(ILLUSTRATION_WARNING);
        }
        if (source.promptsAreIfeval()) {
            warnings.add(IFEVAL_WARNING);
        }
        return List.copyOf(warnings);
    }
}
