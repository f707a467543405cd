package org.tracelab.core.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.tracelab.core.flags.FlagKind;

/**
 * {@code NAME.manifest.json}: what was exported from where, with which filters, and where each line came from
 * (its attempts in the trace store), so a dataset can be audited and rebuilt.
 */
final class Manifest {

    static final String FORMAT = "tracelab-export/1";

    private Manifest() {}

    static String render(ExportPlan plan) {
        ObjectNode root = TrlJson.object();
        root.put("format", FORMAT);
        root.put("tracelab_version", plan.source().tracelabVersion());
        root.put("created", plan.createdAt().toString());
        root.put("kind", plan.kind().id());
        root.put("style", plan.options().style().id());
        root.put("trl_type", plan.kind().trlType(plan.options().style()));
        root.put("trainer", plan.kind().trainer());
        strings(root.putArray("columns"), plan.kind().columns(plan.options().style()));
        ObjectNode files = root.putObject("files");
        files.put("train", plan.paths().train().getFileName().toString());
        if (plan.hasTestFile()) {
            files.put("test", plan.paths().test().getFileName().toString());
        } else {
            files.putNull("test");
        }
        files.put("card", plan.paths().card().getFileName().toString());
        ObjectNode filters = root.putObject("filters");
        filters.put("include_flagged", plan.options().includeFlagged());
        filters.put("only_curated", plan.options().onlyCurated());
        if (plan.kind() instanceof SftExport) {
            filters.put("sft_selection", plan.options().sftAllPassing() ? "all_passing" : "best_of_n");
        }
        filters.put("excluding_flags", FlagKind.QUALITY.id());
        filters.put("test_fraction", plan.options().testFraction());
        filters.put("split_seed", plan.options().splitSeed());
        filters.put("split_by", "task");
        runs(root.putArray("runs"), plan.source().runs());
        distinct(root.putArray("models"), plan.source().runs(), ExportRun::model);
        distinct(root.putArray("verifier_versions"), plan.source().runs(), ExportRun::verifierVersion);
        distinct(root.putArray("datasets"), plan.source().runs(), ExportRun::dataset);
        strings(root.putArray("system_prompts"), plan.kind().systemPrompts());
        root.put("ifeval_prompts", plan.source().promptsAreIfeval());
        origins(root, plan.source().origins());
        root.put("illustrative_traces", plan.source().includesIllustrations());
        counts(root.putObject("counts"), plan);
        strings(root.putArray("warnings"), plan.warnings());
        ArrayNode lines = root.putArray("lines");
        provenance(lines, "train", plan.train());
        provenance(lines, "test", plan.test());
        try {
            return TrlJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serializes", e);
        }
    }

    private static void counts(ObjectNode counts, ExportPlan plan) {
        counts.put("inputs", plan.inputs());
        ObjectNode excluded = counts.putObject("excluded");
        plan.excluded().forEach((reason, count) -> excluded.put(reason.id(), count));
        split(counts.putObject("train"), plan.trainCounts());
        split(counts.putObject("test"), plan.testCounts());
        if (plan.kind() instanceof DpoExport) {
            Map<String, Integer> origins = new TreeMap<>();
            for (PairOrigin origin : PairOrigin.values()) {
                origins.put(origin.id(), 0);
            }
            for (List<ExportLine> lines : List.of(plan.train(), plan.test())) {
                lines.forEach(line -> line.pair()
                        .ifPresent(pair -> origins.merge(pair.origin().id(), 1, Integer::sum)));
            }
            ObjectNode node = counts.putObject("pair_origins");
            origins.forEach(node::put);
        }
    }

    private static void split(ObjectNode node, SplitCounts counts) {
        node.put("lines", counts.lines());
        node.put("tasks", counts.tasks());
        node.put("positives", counts.positives());
    }

    private static void runs(ArrayNode array, List<ExportRun> runs) {
        for (ExportRun run : runs) {
            array.addObject()
                    .put("id", run.id())
                    .put("name", run.name())
                    .put("model", run.model())
                    .put("verifier_version", run.verifierVersion())
                    .put("dataset", run.dataset());
        }
    }

    private static void provenance(ArrayNode array, String split, List<ExportLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            ExportLine line = lines.get(i);
            ObjectNode node =
                    array.addObject().put("split", split).put("line", i + 1).put("task", line.taskKey());
            ArrayNode sources = node.putArray("sources");
            line.sources()
                    .forEach(source -> sources.addObject()
                            .put("run", source.runId())
                            .put("chain", source.chainId())
                            .put("attempt", source.attemptId()));
            line.pair().ifPresent(pair -> {
                node.put("origin", pair.origin().id()).put("score_gap", pair.scoreGap());
                PairRanking ranking = pair.ranking();
                node.put("chosen_rank", ranking.chosenRank()).put("rejected_rank", ranking.rejectedRank());
                node.putObject("margin")
                        .put("decided_by", ranking.margin().decidedBy().id())
                        .put("strict", ranking.margin().strictInstructions())
                        .put("loose", ranking.margin().looseInstructions());
            });
        }
    }

    private static void distinct(ArrayNode array, List<ExportRun> runs, Function<ExportRun, String> field) {
        strings(array, runs.stream().map(field).distinct().toList());
    }

    private static void strings(ArrayNode array, Collection<String> values) {
        values.forEach(array::add);
    }

    /** The composed tasks' pools, when the export counted its tasks. */
    private static void origins(ObjectNode root, TaskOrigins origins) {
        if (!origins.known()) {
            return;
        }
        ObjectNode node = root.putObject("task_origins");
        node.put("tasks", origins.tasks());
        node.put("composed", origins.composed());
        var pools = node.putArray("pools");
        for (TaskOrigins.Pool pool : origins.poolList()) {
            ObjectNode entry = pools.addObject();
            entry.put("pool", pool.name());
            entry.put("tasks", pool.tasks());
            var seeds = entry.putArray("seeds");
            pool.seeds().forEach(seeds::add);
            var digests = entry.putArray("pool_sha256");
            pool.sha256s().forEach(digests::add);
        }
    }
}
