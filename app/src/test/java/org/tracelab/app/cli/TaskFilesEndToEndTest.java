package org.tracelab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.app.cli.CliRunner.Result;
import org.tracelab.app.testing.LoopbackModelServer;
import org.tracelab.core.testing.SharedData;
import org.tracelab.core.trace.ChainStatus;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.core.verify.constraint.ConstraintLevel;
import org.tracelab.storage.StoredAttempt;
import org.tracelab.storage.TraceReader;
import org.tracelab.storage.TraceStore;
import org.tracelab.storage.query.ChainQuery;
import org.tracelab.storage.query.ChainSummary;
import org.tracelab.storage.query.PageRequest;

/**
 * compose, verify, bench and export on the new task files, against a loopback TEST MODEL (canned answers, no
 * language model): a TaskSpec file and a composed file.
 */
class TaskFilesEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static Path sample(String path) {
        return SharedData.repositoryRoot().resolve(path);
    }

    @Test
    void verifiesATaskSpecFileMatchingResponsesByIdOrInstructionWithSoftConstraintsNotDeciding() throws IOException {
        Path responses = Files.writeString(
                dir.resolve("responses.jsonl"),
                String.join(
                        "\n",
                        "{\"key\": \"support-export\", \"response\": \"1. Open Settings.\\n2. Choose Export notes.\\n3. Sorry, pick a folder.\"}",
                        "{\"prompt\": \"Write a short invitation to the team's monthly planning meeting on Thursday at 10:00.\", "
                                + "\"response\": \"Hi team, our monthly planning meeting is on Thursday at 10:00. See you there.\"}",
                        "{\"key\": \"product-json\", \"response\": \"```json\\n{\\\"name\\\": \\\"Steel bottle\\\", "
                                + "\\\"price_eur\\\": 19.5, \\\"features\\\": [\\\"keeps drinks cold\\\"]}\\n```\"}",
                        "{\"key\": \"kids-moon\", \"response\": \"The Moon does not make its own light. The Sun lights half of it. "
                                + "As it goes around us, we see more or less of the lit half.\"}",
                        "{\"key\": \"release-note\", \"response\": \"## What's new\\nOffline sync.\\n\\n## Fixes\\nFaster search.\"}",
                        ""));
        Path out = dir.resolve("out");

        Result result = CliRunner.run(
                "verify",
                "--prompts",
                sample("samples/tasks/wasmagent-taskspec-example.jsonl").toString(),
                "--responses",
                responses.toString(),
                "--out-dir",
                out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("task format: wasmagent_taskspec (5 tasks)")
                .contains("prompt-level strict        4/5  80.00 %")
                .contains("instruction-level strict   10/14  71.43 %")
                .contains("rule:every_line_matches", "rule:json_schema", "rule:markdown_headings");
        List<JsonNode> strict = Files.readAllLines(out.resolve("eval_results_strict.jsonl")).stream()
                .map(TaskFilesEndToEndTest::json)
                .toList();
        assertThat(strict)
                .extracting(line -> line.get("follow_all_instructions").asBoolean())
                .containsExactly(true, true, false, true, true);
        // The soft "no apologies" rule is broken and recorded, yet the prompt passes.
        assertThat(strict.get(0).get("follow_instruction_list").toString()).isEqualTo("[true,true,false]");
        assertThat(strict.get(0).get("instruction_id_list").toString())
                .isEqualTo("[\"rule:every_line_matches\",\"rule:contains\",\"rule:not_contains\"]");
    }

    @Test
    void verifyNamesFileLineAndFieldOfABadTaskSpec() throws IOException {
        Path bad = Files.writeString(
                dir.resolve("bad.jsonl"),
                "{\"id\": \"a\", \"intent\": \"x\", \"constraints\": "
                        + "[{\"verify_method\": \"regex\", \"arg\": \"(unclosed\"}]}\n");
        Path responses = Files.writeString(dir.resolve("r.jsonl"), "{\"key\": \"a\", \"response\": \"y\"}\n");
        Result result = CliRunner.run(
                "verify",
                "--prompts",
                bad.toString(),
                "--responses",
                responses.toString(),
                "--out-dir",
                dir.resolve("o").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .contains("bad.jsonl:1: constraints[0].arg: rule:regex pattern: not a valid regular "
                        + "expression: Unclosed group");
    }

    @Test
    void benchRunsATaskSpecFileRecordingItsFormatLevelsAndRepairBudgets() throws Exception {
        Path db = dir.resolve("spec.tracelab.db");
        try (LoopbackModelServer model = new LoopbackModelServer(0)) {
            Result result = CliRunner.run(
                    "bench",
                    "--db",
                    db.toString(),
                    "--endpoint",
                    model.baseUrl(),
                    "--model",
                    "test-model",
                    "--dataset",
                    sample("samples/tasks/wasmagent-taskspec-example.jsonl").toString(),
                    "--seeds",
                    "42,43");
            assertThat(result.exitCode()).as(result.err() + result.out()).isZero();
            assertThat(result.out()).contains("run 1 finished: 30 chains finished");
        }
        try (TraceStore store = TraceStore.open(db);
                TraceReader reader = store.openReader()) {
            assertThat(reader.run(1).orElseThrow().info().dataset().format()).isEqualTo("wasmagent_taskspec");
            TaskRecord support = reader.task(1, "support-export").orElseThrow();
            assertThat(support.levels())
                    .containsExactly(ConstraintLevel.HARD, ConstraintLevel.HARD, ConstraintLevel.SOFT);
            Map<String, Integer> budgets = Map.of("support-export", 2, "release-note", 3);
            for (ChainSummary chain : chains(reader)) {
                assertThat(chain.status()).isEqualTo(ChainStatus.FINISHED);
                if (chain.mode().equals("full_pcl") && budgets.containsKey(chain.datasetKey())) {
                    assertThat(chain.attempts())
                            .as(chain.datasetKey())
                            .isLessThanOrEqualTo(budgets.get(chain.datasetKey()) + 1);
                }
            }
        }
    }

    @Test
    void composesBenchesAndExportsPairsWhosePromptsAreTheComposedPrompts() throws Exception {
        Path tasks = dir.resolve("composed.jsonl");
        String[] compose = {
            "compose",
            "--prompts",
            sample("samples/pool/tracelab-prompt-pool.txt").toString(),
            "--out",
            tasks.toString(),
            "--per-task",
            "1",
            "--ids",
            "punctuation:no_comma,change_case:english_lowercase",
            "--seed",
            "3"
        };
        Result composed = CliRunner.run(compose);
        assertThat(composed.exitCode()).as(composed.err()).isZero();
        assertThat(composed.out()).contains("composed 219 tasks from 219 prompts of tracelab-prompt-pool.txt");
        List<String> lines = Files.readAllLines(tasks);
        assertThat(lines).hasSize(219);
        byte[] first = Files.readAllBytes(tasks);
        assertThat(CliRunner.run(compose).exitCode()).isZero();
        assertThat(Files.readAllBytes(tasks))
                .as("same inputs and seed, same bytes")
                .isEqualTo(first);
        Set<String> composedPrompts = new HashSet<>();
        lines.forEach(line -> composedPrompts.add(json(line).get("prompt").asText()));

        Path db = dir.resolve("composed.tracelab.db");
        try (LoopbackModelServer model = new LoopbackModelServer(0)) {
            Result bench = CliRunner.run(
                    "bench",
                    "--db",
                    db.toString(),
                    "--endpoint",
                    model.baseUrl(),
                    "--model",
                    "test-model",
                    "--dataset",
                    tasks.toString(),
                    "--limit",
                    "12",
                    "--seeds",
                    "42,43",
                    "--modes",
                    "direct,full_pcl");
            assertThat(bench.exitCode()).as(bench.err() + bench.out()).isZero();
            assertThat(bench.out()).contains("run 1 finished: 48 chains finished");
        }

        // The loopback model has two canned answers: one follows both constraints, the other neither. Pairs are
        // mined within a (task, seed) (ADR 0017), so a task yields exactly one pair when the attempts of one of its
        // seeds include both texts (the same text pair is proposed once per task), none otherwise.
        int tasksWithBothAnswers = 0;
        Set<String> promptsWithBothAnswers = new HashSet<>();
        try (TraceStore store = TraceStore.open(db);
                TraceReader reader = store.openReader()) {
            assertThat(reader.run(1).orElseThrow().info().dataset().format()).isEqualTo("ifeval");
            Map<String, Map<Long, Set<String>>> outputs = new HashMap<>();
            for (ChainSummary chain : chains(reader)) {
                for (StoredAttempt attempt : reader.attempts(chain.chainId())) {
                    outputs.computeIfAbsent(chain.datasetKey(), k -> new HashMap<>())
                            .computeIfAbsent(chain.seed(), k -> new HashSet<>())
                            .add(attempt.attempt().output());
                }
            }
            assertThat(outputs).hasSize(12);
            for (Map.Entry<String, Map<Long, Set<String>>> task : outputs.entrySet()) {
                TaskRecord record = reader.task(1, task.getKey()).orElseThrow();
                assertThat(record.provenance().get("pool").asText()).isEqualTo("tracelab-prompt-pool.txt");
                assertThat(composedPrompts).contains(record.prompt());
                if (task.getValue().values().stream().anyMatch(seedOutputs -> seedOutputs.size() == 2)) {
                    tasksWithBothAnswers++;
                    promptsWithBothAnswers.add(record.prompt());
                }
            }
        }
        assertThat(tasksWithBothAnswers).isPositive();

        Path dpo = dir.resolve("dpo.jsonl");
        Result export = CliRunner.run(
                "export",
                "--db",
                db.toString(),
                "--run",
                "1",
                "--kind",
                "dpo",
                "--style",
                "standard",
                "--out",
                dpo.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        List<JsonNode> pairs = Files.readAllLines(dpo).stream()
                .map(TaskFilesEndToEndTest::json)
                .toList();
        assertThat(pairs).hasSize(tasksWithBothAnswers);
        List<String> prompts = new ArrayList<>();
        pairs.forEach(pair -> prompts.add(pair.get("prompt").asText()));
        assertThat(prompts).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(promptsWithBothAnswers);
        assertThat(pairs).allSatisfy(pair -> {
            assertThat(pair.get("chosen").asText())
                    .isEqualTo("this is a short answer from the test model without any punctuation marks");
            assertThat(pair.get("rejected").asText()).isEqualTo("This is a test answer, from the TEST model.");
        });
        String card = Files.readString(dir.resolve("README.md"));
        assertThat(card)
                .contains("## Task origins\n\n" + tasksWithBothAnswers + " of the " + tasksWithBothAnswers
                        + " tasks this export drew from were composed")
                .doesNotContain("IFEval's own");
    }

    @Test
    void composeRefusesAnUnknownIdNamingTheNearestAndWritesNothing() {
        Path tasks = dir.resolve("never.jsonl");
        Result result = CliRunner.run(
                "compose",
                "--prompts",
                sample("samples/pool/tracelab-prompt-pool.txt").toString(),
                "--out",
                tasks.toString(),
                "--holdout-ids",
                "punctuation:no_comas");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .contains("unknown constraint id \"punctuation:no_comas\"; the nearest known are "
                        + "punctuation:no_comma");
        assertThat(tasks).doesNotExist();
        assertThat(CliRunner.run(
                                "compose", "--prompts", "p.txt", "--out", "o.jsonl", "--ids", "a", "--exclude-ids", "b")
                        .err())
                .contains("mutually exclusive");
    }

    private static List<ChainSummary> chains(TraceReader reader) {
        return reader.chains(ChainQuery.all(), PageRequest.first(1000)).rows();
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError(line, e);
        }
    }
}
