package org.tracelab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.app.cli.CliRunner.Result;
import org.tracelab.core.testing.SharedData;

class ImportCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void wasmAgentImportAgreesWithVerifyOnTheSameArtifacts() throws IOException {
        Path runs = SharedData.require("data/wasmagent/qwen2.5-1.5b-seed42/runs.jsonl");
        Path prompts = SharedData.require("data/ifeval/input_data.jsonl");
        Path nltk = SharedData.require("data/nltk_data");
        Path db = dir.resolve("t.tracelab.db");

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
                runs.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("150 chains into run 1");

        Result report = CliRunner.run("report", "--db", db.toString(), "--format", "json");
        assertThat(report.exitCode()).as(report.err()).isZero();
        JsonNode run = JSON.readTree(report.out()).get("runs").get(0);
        assertThat(run.get("seeds").toString()).isEqualTo("[42]");

        // The same artifacts through `verify`, one responses file per mode.
        Map<String, List<String>> linesByMode = new HashMap<>();
        for (String line : Files.readAllLines(runs)) {
            JsonNode record = JSON.readTree(line);
            ObjectNode response = JSON.createObjectNode();
            response.put("key", record.get("task_id").asText().substring("ifeval.".length()));
            response.put("response", record.get("artifact").asText());
            linesByMode
                    .computeIfAbsent(record.get("mode").asText(), m -> new ArrayList<>())
                    .add(response.toString());
        }
        for (Map.Entry<String, List<String>> mode : linesByMode.entrySet()) {
            Path responses = Files.write(dir.resolve(mode.getKey() + ".jsonl"), mode.getValue());
            Path out = dir.resolve("out-" + mode.getKey());
            Result verified = CliRunner.run(
                    "verify",
                    "--prompts",
                    prompts.toString(),
                    "--responses",
                    responses.toString(),
                    "--out-dir",
                    out.toString(),
                    "--nltk-data",
                    nltk.toString());
            assertThat(verified.exitCode()).as(verified.err()).isZero();
            long strictPasses = Files.readAllLines(out.resolve("eval_results_strict.jsonl")).stream()
                    .filter(l -> l.contains("\"follow_all_instructions\":true"))
                    .count();
            JsonNode modeReport = run.get("modes").get(mode.getKey());
            assertThat(modeReport.get("chains").asInt()).isEqualTo(50);
            assertThat(modeReport.get("attempts").asInt()).isEqualTo(50);
            assertThat(modeReport.get("prompt_strict").asDouble())
                    .as(mode.getKey())
                    .isEqualTo(strictPasses / 50.0);
        }
    }

    @Test
    void badWasmAgentLinesAreReportedAndNothingIsWritten() throws IOException {
        Path prompts = Files.writeString(
                dir.resolve("prompts.jsonl"),
                "{\"key\": 5, \"prompt\": \"Say hi.\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}\n");
        String good = "{\"task_id\": \"ifeval.5\", \"model\": \"m\", \"mode\": \"direct\", \"violations\": [], "
                + "\"repair_trace\": [], \"repair_rounds\": 0, \"final_pass\": true, \"token_cost\": {}, "
                + "\"latency_ms\": 3, \"artifact\": \"hi\"}";
        Path runs = Files.write(
                dir.resolve("runs.jsonl"),
                List.of(
                        good,
                        good.replace("ifeval.5", "ifeval.6"),
                        good.replace("\"final_pass\": true", "\"final_pass\": \"yes\""),
                        good.replace("\"direct\"", "\"sideways\""),
                        "{not json"));
        Path db = dir.resolve("t.tracelab.db");

        Result result = CliRunner.run(
                "import",
                "--db",
                db.toString(),
                "--format",
                "wasmagent",
                "--prompts",
                prompts.toString(),
                runs.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .contains(runs + ":2: task_id: key 6 is not in the prompts file")
                .contains(runs + ":3: final_pass: must be true or false")
                .contains(runs + ":4: mode: unknown mode \"sideways\"")
                .contains(runs + ":5: malformed JSON");
        Result report = CliRunner.run("report", "--db", db.toString(), "--format", "json");
        assertThat(JSON.readTree(report.out()).get("runs")).isEmpty();
    }

    @Test
    void wasmAgentNeedsPrompts() {
        Result result = CliRunner.run(
                "import",
                "--db",
                dir.resolve("t.db").toString(),
                "--format",
                "wasmagent",
                dir.resolve("runs.jsonl").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--prompts is required");
    }

    @Test
    void importsLmEvalSamplesWithTheirOwnInstructionsAndAccuracies() throws IOException {
        ObjectNode sample = JSON.createObjectNode();
        sample.put("doc_id", 0);
        ObjectNode doc = sample.putObject("doc");
        doc.put("key", 1001);
        doc.put("prompt", "Answer without commas.");
        doc.putArray("instruction_id_list").add("punctuation:no_comma");
        doc.putArray("kwargs").addObject().putNull("num_words");
        sample.putObject("arguments").putObject("gen_args_0").put("arg_0", "Answer without commas.");
        sample.putArray("resps").addArray().add("yes, indeed");
        sample.putArray("filtered_resps").add("yes, indeed");
        sample.put("prompt_level_strict_acc", true);
        Path file = Files.writeString(dir.resolve("samples_ifeval_test.jsonl"), sample + "\n");
        Path db = dir.resolve("t.tracelab.db");

        Result result = CliRunner.run("import", "--db", db.toString(), "--format", "lm-eval", file.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();

        JsonNode mode = JSON.readTree(CliRunner.run("report", "--db", db.toString(), "--format", "json")
                        .out())
                .get("runs")
                .get(0)
                .get("modes")
                .get("direct");
        // lm-eval said it passed; the comma says otherwise.
        assertThat(mode.get("prompt_strict").asDouble()).isZero();
        assertThat(mode.get("source_disagreements").asInt()).isEqualTo(1);
    }

    @Test
    void reverifyReportsNoChangesRightAfterImport() throws IOException {
        Path prompts = Files.writeString(
                dir.resolve("prompts.jsonl"),
                "{\"key\": 5, \"prompt\": \"Say hi.\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}\n");
        Path responses = Files.writeString(
                dir.resolve("responses.jsonl"),
                "{\"prompt\": \"Say hi.\", \"response\": \"hi, there\"}\n{\"key\": 5, \"response\": \"hi there\"}\n");
        Path db = dir.resolve("t.tracelab.db");
        assertThat(CliRunner.run(
                                "import",
                                "--db",
                                db.toString(),
                                "--format",
                                "ifeval-responses",
                                "--prompts",
                                prompts.toString(),
                                responses.toString())
                        .exitCode())
                .isZero();

        Result result = CliRunner.run("reverify", "--db", db.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("2 attempts re-verified, 0 verdicts changed");
    }
}
