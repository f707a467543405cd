package org.tracelab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.app.cli.CliRunner.Result;
import org.tracelab.app.service.report.ReportService;
import org.tracelab.app.service.store.OpenStore;
import org.tracelab.core.compare.CompareSide;
import org.tracelab.core.compare.SideTask;
import org.tracelab.core.compare.SideTaskCollector;
import org.tracelab.core.compare.TaskChange;
import org.tracelab.core.record.ComplianceEvalRecord;
import org.tracelab.core.record.ComplianceEvalRecordReader;
import org.tracelab.core.record.ComplianceEvalRecordWriter;
import org.tracelab.core.testing.SharedData;
import org.tracelab.storage.TraceReader;
import org.tracelab.storage.TraceStore;

/**
 * {@code report --compare}, {@code --group}, the CI in {@code report --format json}, Markdown and HTML, on WasmAgent's
 * qwen2.5-1.5b runs for seeds 42 (run 1) and 43 (run 2), imported and re-verified.
 */
class ReportCompareCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static Path db;

    @BeforeAll
    static void importTwoSeeds() {
        Path prompts = SharedData.require("data/ifeval/input_data.jsonl");
        Path nltk = SharedData.require("data/nltk_data");
        db = dir.resolve("c.tracelab.db");
        Result imported = CliRunner.run(
                "import",
                "--db",
                db.toString(),
                "--format",
                "wasmagent",
                "--prompts",
                prompts.toString(),
                "--nltk-data",
                nltk.toString(),
                SharedData.require("data/wasmagent/qwen2.5-1.5b-seed42/runs.jsonl")
                        .toString(),
                SharedData.require("data/wasmagent/qwen2.5-1.5b-seed43/runs.jsonl")
                        .toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
    }

    @Test
    void compareJsonFollowsTheContractAndItsCountsMatchARecountFromPortableRecords() throws Exception {
        Result result = CliRunner.run(
                "report", "--db", db.toString(), "--compare", "1:direct", "2:full_pcl", "--format", "json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = JSON.readTree(result.out()); // only the JSON on stdout
        assertThat(iterable(json.fieldNames()))
                .contains("a", "b", "tasks", "fixed", "broken", "stable_pass", "stable_fail", "difference", "rows");
        assertThat(json.get("tasks").asInt()).isEqualTo(50);
        int fixed = json.get("fixed").asInt();
        int broken = json.get("broken").asInt();
        assertThat(fixed
                        + broken
                        + json.get("stable_pass").asInt()
                        + json.get("stable_fail").asInt())
                .isEqualTo(50);
        assertThat(json.get("difference").get("estimate").asDouble()).isEqualTo((fixed - broken) / 50.0);
        JsonNode ci = json.get("difference").get("ci95");
        assertThat(ci.get(0).asDouble())
                .isLessThanOrEqualTo(json.get("difference").get("estimate").asDouble());
        assertThat(ci.get(1).asDouble())
                .isGreaterThanOrEqualTo(json.get("difference").get("estimate").asDouble());
        assertThat(json.get("rows")).hasSize(50);
        assertThat(iterable(json.get("rows").get(0).fieldNames()))
                .contains("key", "a_strict", "b_strict", "a_loose", "b_loose");

        // Recount from the portable records: each run written as compliance-eval records, read back, counted.
        Map<String, SideTask> a = recount(1, CompareSide.mode(1, "direct"));
        Map<String, SideTask> b = recount(2, CompareSide.mode(2, "full_pcl"));
        Map<TaskChange, Integer> expected = new HashMap<>();
        for (JsonNode row : json.get("rows")) {
            SideTask sa = a.get(row.get("key").asText());
            SideTask sb = b.get(row.get("key").asText());
            assertThat(row.get("a_strict").asBoolean()).isEqualTo(sa.strict());
            assertThat(row.get("b_strict").asBoolean()).isEqualTo(sb.strict());
            assertThat(row.get("a_loose").asBoolean()).isEqualTo(sa.loose());
            assertThat(row.get("b_loose").asBoolean()).isEqualTo(sb.loose());
            expected.merge(TaskChange.of(sa.strict(), sb.strict()), 1, Integer::sum);
        }
        assertThat(a.keySet()).hasSize(50).isEqualTo(b.keySet());
        for (TaskChange change : TaskChange.values()) {
            assertThat(json.get(change.wireName()).asInt())
                    .as(change.wireName())
                    .isEqualTo(expected.getOrDefault(change, 0));
        }
        assertThat(fixed).isPositive();
    }

    @Test
    void reportJsonKeepsItsFieldsAndAddsTheClusteredIntervalPerMode() throws Exception {
        Result result = CliRunner.run("report", "--db", db.toString(), "--format", "json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode mode =
                JSON.readTree(result.out()).get("runs").get(0).get("modes").get("full_pcl");
        assertThat(iterable(mode.fieldNames()))
                .containsExactly(
                        "chains",
                        "finished_chains",
                        "attempts",
                        "prompt_strict",
                        "prompt_loose",
                        "instruction_strict",
                        "instruction_loose",
                        "source_disagreements",
                        "prompt_strict_ci95");
        double rate = mode.get("prompt_strict").asDouble();
        assertThat(mode.get("prompt_strict_ci95").get(0).asDouble()).isLessThan(rate);
        assertThat(mode.get("prompt_strict_ci95").get(1).asDouble()).isGreaterThan(rate);
        // The same interval as the statistics tables print.
        try (OpenStore store = OpenStore.open(db)) {
            var table = new ReportService(store).statistics(1).orElseThrow();
            var pcl = table.modes().stream()
                    .filter(m -> m.mode().equals("full_pcl"))
                    .findFirst()
                    .orElseThrow();
            assertThat(mode.get("prompt_strict_ci95").get(0).asDouble())
                    .isEqualTo(pcl.intervals().promptStrict().lower());
            assertThat(mode.get("prompt_strict_ci95").get(1).asDouble())
                    .isEqualTo(pcl.intervals().promptStrict().upper());
            assertThat(rate).isEqualTo(pcl.intervals().promptStrict().estimate());
        }
    }

    @Test
    void groupReportsSeedRunsAsOneExperimentAndRefusesRunsThatDoNotBelongTogether() throws Exception {
        Result result = CliRunner.run("report", "--db", db.toString(), "--group", "1,2", "--format", "json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode pcl = JSON.readTree(result.out()).get("modes").get("full_pcl");
        assertThat(pcl.get("seeds").asInt()).isEqualTo(2);
        assertThat(pcl.get("tasks").asInt()).isEqualTo(50);
        assertThat(pcl.get("chains").asInt()).isEqualTo(100);
        assertThat(pcl.get("prompt_strict_std").isNumber()).isTrue();

        Result table = CliRunner.run("report", "--db", db.toString(), "--group", "1,2", "--format", "markdown");
        assertThat(table.out())
                .contains("### Group of runs 1, 2")
                .contains("| full_pcl | 2 | 50 | 100 |")
                .contains("exact permutation on tasks");

        Result one = CliRunner.run("report", "--db", db.toString(), "--group", "1,1");
        assertThat(one.exitCode()).isEqualTo(2);
        assertThat(one.err()).contains("--group: run 1 is listed twice");
    }

    @Test
    void htmlWritesASelfContainedPageAndBadSidesAreUsageErrors() throws Exception {
        Path out = dir.resolve("html");
        Result html = CliRunner.run("report", "--db", db.toString(), "--format", "html", "--out", out.toString());
        assertThat(html.exitCode()).as(html.err()).isZero();
        String page = Files.readString(out.resolve("report.html"));
        assertThat(page)
                .contains("<svg")
                .contains("full_pcl")
                .contains("task-clustered")
                .doesNotContain("<script");

        Result compare = CliRunner.run("report", "--db", db.toString(), "--compare", "1:direct", "2:direct");
        assertThat(compare.exitCode()).as(compare.err()).isZero();
        assertThat(compare.out()).contains("tasks on both sides").contains("exact McNemar on tasks p");

        Result noMode = CliRunner.run("report", "--db", db.toString(), "--compare", "1:nope", "2");
        assertThat(noMode.exitCode()).isEqualTo(2);
        assertThat(noMode.err()).contains("--compare: run 1 has no mode nope");
        Result noRun = CliRunner.run("report", "--db", db.toString(), "--compare", "1", "9");
        assertThat(noRun.exitCode()).isEqualTo(2);
        assertThat(noRun.err()).contains("--compare: no run 9");
    }

    private static Map<String, SideTask> recount(long run, CompareSide side) throws Exception {
        Path records = dir.resolve("run-" + run + "-" + side.label().replace(':', '-') + ".jsonl");
        try (TraceStore store = TraceStore.open(db);
                TraceReader reader = store.openReader();
                ComplianceEvalRecordWriter writer = ComplianceEvalRecordWriter.create(records)) {
            reader.forEachRecord(run, writer::write);
        }
        SideTaskCollector collector = new SideTaskCollector(side);
        List<ComplianceEvalRecord> read = ComplianceEvalRecordReader.readAll(records);
        read.forEach(collector);
        Map<String, SideTask> tasks = new HashMap<>();
        collector.tasks().forEach(t -> tasks.put(t.key(), t));
        return tasks;
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
