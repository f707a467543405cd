package org.tracelab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.app.cli.CliRunner.Result;

class VerifyCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROMPTS = String.join(
            "\n",
            "{\"key\": 1, \"prompt\": \"Say hi without commas.\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}",
            "{\"key\": 2, \"prompt\": \"Quote it.\", \"instruction_id_list\": [\"startend:quotation\", \"length_constraints:number_words\"], "
                    + "\"kwargs\": [{}, {\"num_words\": 3, \"relation\": \"less than\", \"keywords\": null}]}",
            "");

    @TempDir
    Path dir;

    private static Result run(String... args) {
        return CliRunner.run(args);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void writesOfficialResultFilesInResponseOrder() throws IOException {
        Path prompts = write("prompts.jsonl", PROMPTS);
        Path responses = write(
                "responses.jsonl",
                String.join(
                        "\n",
                        "{\"key\": 2, \"response\": \"\\\"hi there\\\"\", \"id\": \"a\"}",
                        "{\"prompt\": \"Say hi without commas.\", \"response\": \"hi, you\"}",
                        "{\"key\": 1, \"response\": \"Sure, here:\\nhi you\"}"));
        Path out = dir.resolve("out");

        Result result = run(
                "verify",
                "--prompts",
                prompts.toString(),
                "--responses",
                responses.toString(),
                "--out-dir",
                out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).containsPattern("(?m)^verified 3 responses in \\d+ ms$");
        assertThat(result.out()).contains("prompt-level strict").contains("sentence splitter:");
        List<JsonNode> strict = readLines(out.resolve("eval_results_strict.jsonl"));
        List<JsonNode> loose = readLines(out.resolve("eval_results_loose.jsonl"));
        assertThat(strict).hasSize(3);
        assertThat(strict.get(0).get("id").asText()).isEqualTo("a");
        assertThat(strict.get(0).get("key").asInt()).isEqualTo(2);
        assertThat(strict.get(0).get("follow_instruction_list").toString()).isEqualTo("[true,true]");
        assertThat(strict.get(0).get("kwargs").get(1).has("keywords")).isFalse();
        assertThat(strict.get(1).get("follow_all_instructions").asBoolean()).isFalse();
        assertThat(strict.get(1).has("id")).isFalse();
        assertThat(strict.get(2).get("follow_all_instructions").asBoolean()).isFalse();
        assertThat(loose.get(2).get("follow_all_instructions").asBoolean()).isTrue();
        assertThat(strict.get(0).fieldNames())
                .toIterable()
                .containsExactly(
                        "key",
                        "prompt",
                        "instruction_id_list",
                        "kwargs",
                        "response",
                        "follow_all_instructions",
                        "follow_instruction_list",
                        "id");
    }

    @Test
    void pairsIfbenchResponsesPerPromptAndCountsUnansweredPromptsAsFailures() throws IOException {
        Path prompts = write(
                "ifbench.jsonl",
                String.join(
                        "\n",
                        "{\"key\": \"0\", \"prompt\": \"List it. \", \"instruction_id_list\": [\"format:list\"], "
                                + "\"kwargs\": [{\"sep\": \"--\", \"N\": null}]}",
                        "{\"key\": \"1\", \"prompt\": \"Say yes.\", \"instruction_id_list\": [\"format:options\"], "
                                + "\"kwargs\": [{\"options\": \"yes/no\", \"N\": null}]}",
                        "{\"key\": \"2\", \"prompt\": \"Nothing.\", \"instruction_id_list\": [\"format:no_whitespace\"], "
                                + "\"kwargs\": [{\"N\": null}]}"));
        Path responses = write(
                "answers.jsonl",
                String.join(
                        "\n",
                        "{\"prompt\": \" List it.\", \"response\": \"a -- b -- c\"}",
                        "{\"key\": \"1\", \"response\": \"Yes!\"}"));
        Path out = dir.resolve("out");

        Result result = run(
                "verify",
                "--prompts",
                prompts.toString(),
                "--responses",
                responses.toString(),
                "--out-dir",
                out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("IFBench prompts: one response per prompt")
                .containsPattern("prompt-level strict +2/3 ")
                .containsPattern("(?m)^format:list +1 +1/1");
        List<JsonNode> strict = readLines(out.resolve("eval_results_strict.jsonl"));
        assertThat(strict).extracting(line -> line.get("key").asText()).containsExactly("0", "1", "2");
        assertThat(strict.get(2).get("response").asText()).isEmpty();
        assertThat(strict.get(2).get("follow_all_instructions").asBoolean()).isFalse();
    }

    @Test
    void reproducesIfbenchsReferenceAccuraciesOnTheSharedSample() {
        Path ifbench = org.tracelab.core.testing.SharedData.require("data/ifbench");
        Path nltk = org.tracelab.core.testing.SharedData.require("data/nltk_data");
        Path out = dir.resolve("out");

        Result result = run(
                "verify",
                "--prompts",
                ifbench.resolve("IFBench_test.jsonl").toString(),
                "--responses",
                ifbench.resolve("sample_output.jsonl").toString(),
                "--out-dir",
                out.toString(),
                "--nltk-data",
                nltk.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .containsPattern("prompt-level strict +76/300 ")
                .containsPattern("instruction-level strict +92/344 ")
                .containsPattern("prompt-level loose +86/300 ")
                .containsPattern("instruction-level loose +107/344 ")
                .containsPattern("(?m)^count:keywords_multiple +5 ")
                .contains("verified 300 responses");
    }

    @Test
    void reportsEveryBadLineAndWritesNothing() throws IOException {
        Path prompts = write("prompts.jsonl", PROMPTS);
        Path responses = write(
                "responses.jsonl",
                String.join(
                        "\n",
                        "{\"key\": 7, \"response\": \"x\"}",
                        "{\"key\": 1, \"response\": \"x\"",
                        "{\"key\": 1}",
                        "{\"prompt\": \"Unknown prompt\", \"response\": \"x\"}"));
        Path out = dir.resolve("out");

        Result result = run(
                "verify",
                "--prompts",
                prompts.toString(),
                "--responses",
                responses.toString(),
                "--out-dir",
                out.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .contains(responses + ":1: key: unknown key 7")
                .contains(responses + ":2: malformed JSON")
                .contains(responses + ":3: response: missing")
                .contains(responses + ":4: prompt: unknown prompt");
        assertThat(out).doesNotExist();
    }

    @Test
    void rejectsBadPromptFilesWithFieldNames() throws IOException {
        Path prompts = write(
                "prompts.jsonl",
                String.join(
                        "\n",
                        "{\"key\": 1, \"prompt\": \"p\", \"instruction_id_list\": [\"punctuation:no_dash\"], \"kwargs\": [{}]}",
                        "{\"key\": 2, \"prompt\": \"p\", \"instruction_id_list\": [\"length_constraints:number_words\"], "
                                + "\"kwargs\": [{\"num_words\": \"ten\", \"relation\": \"at least\"}]}",
                        "{\"key\": 3, \"prompt\": \"p\", \"instruction_id_list\": [\"length_constraints:number_words\"], "
                                + "\"kwargs\": [{\"num_words\": 10, \"relation\": \"at most\"}]}",
                        "{\"key\": 4, \"instruction_id_list\": [], \"kwargs\": []}"));
        Path responses = write("responses.jsonl", "{\"key\": 1, \"response\": \"x\"}\n");

        Result result = run(
                "verify",
                "--prompts",
                prompts.toString(),
                "--responses",
                responses.toString(),
                "--out-dir",
                dir.resolve("out").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .contains(prompts + ":1: instruction_id_list[0]: unknown instruction id")
                .contains(prompts + ":2: kwargs[0].num_words: must be an integer")
                .contains(prompts + ":3: kwargs[0].relation: unknown relation \"at most\"")
                .contains(prompts + ":4: prompt: missing");
    }

    @Test
    void rejectsAnNltkDataFolderWithoutPunkt() throws IOException {
        Path prompts = write("prompts.jsonl", PROMPTS);
        Path responses = write("responses.jsonl", "{\"key\": 1, \"response\": \"x\"}\n");
        Result result = run(
                "verify",
                "--prompts",
                prompts.toString(),
                "--responses",
                responses.toString(),
                "--out-dir",
                dir.resolve("out").toString(),
                "--nltk-data",
                dir.resolve("nowhere").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("nowhere");
    }

    private static List<JsonNode> readLines(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .map(line -> {
                    try {
                        return JSON.readTree(line);
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                })
                .toList();
    }
}
