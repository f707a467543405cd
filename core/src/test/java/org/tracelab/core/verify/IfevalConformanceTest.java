package org.tracelab.core.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracelab.core.dataset.IfevalPromptsReader;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.evaluation.AccuracySummary;
import org.tracelab.core.evaluation.BatchVerifier;
import org.tracelab.core.evaluation.ResponseItem;
import org.tracelab.core.evaluation.ResponsesReader;
import org.tracelab.core.testing.SharedData;
import org.tracelab.core.verify.text.punkt.BuiltInSentenceSplitter;

/**
 * The verifier against the official checker's own verdicts on the 541 GPT-4 responses (834 instruction
 * verdicts, strict and loose). With NLTK's Punkt parameters every verdict must agree; with the built-in
 * sentence splitter at least 99.5 % must, and every disagreement is listed.
 */
class IfevalConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static List<ResponseItem> items;
    private static List<JsonNode> referenceStrict;
    private static List<JsonNode> referenceLoose;
    private static Path nltkData;

    @BeforeAll
    static void load() throws IOException {
        Path ifeval = SharedData.require("data/ifeval");
        nltkData = SharedData.require("data/nltk_data");
        List<IfevalTask> tasks = IfevalPromptsReader.read(ifeval.resolve("input_data.jsonl"));
        items = ResponsesReader.read(ifeval.resolve("responses_gpt4.jsonl"), tasks);
        referenceStrict = readLines(ifeval.resolve("reference_gpt4_strict.jsonl"));
        referenceLoose = readLines(ifeval.resolve("reference_gpt4_loose.jsonl"));
    }

    @Test
    void agreesWithEveryOfficialVerdictUsingPunktParameters() {
        Verifier verifier = Verifiers.create(nltkData);
        assertThat(verifier.services().sentences().exact()).isTrue();
        List<ResponseVerdict> verdicts = new BatchVerifier(verifier, 2).verifyAll(items);

        List<String> disagreements = disagreements(verdicts);
        assertThat(disagreements).as("disagreements with the official checker").isEmpty();

        AccuracySummary summary = AccuracySummary.of(verdicts);
        assertThat(summary.responses()).isEqualTo(541);
        assertThat(summary.instructions()).isEqualTo(834);
        assertThat(summary.promptsStrict()).isEqualTo(417);
        assertThat(summary.instructionsStrict()).isEqualTo(698);
        assertThat(summary.promptsLoose()).isEqualTo(431);
        assertThat(summary.instructionsLoose()).isEqualTo(714);
    }

    @Test
    void agreesWithAtLeast99Point5PercentUsingTheBuiltInSentenceSplitter() {
        Verifier verifier = Verifiers.create(new BuiltInSentenceSplitter());
        List<ResponseVerdict> verdicts = new BatchVerifier(verifier, 2).verifyAll(items);

        List<String> disagreements = disagreements(verdicts);
        int total = 2 * 834;
        double agreement = 1.0 - (double) disagreements.size() / total;
        System.out.printf(
                "built-in sentence splitter: %d/%d verdicts agree (%.2f %%)%n",
                total - disagreements.size(), total, 100 * agreement);
        disagreements.forEach(d -> System.out.println("  disagreement: " + d));
        assertThat(agreement).as("agreement; disagreements: %s", disagreements).isGreaterThanOrEqualTo(0.995);
    }

    private static List<String> disagreements(List<ResponseVerdict> verdicts) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ResponseVerdict verdict = verdicts.get(i);
            JsonNode strict = referenceStrict.get(i);
            JsonNode loose = referenceLoose.get(i);
            assertThat(strict.get("prompt").asText())
                    .isEqualTo(items.get(i).task().prompt());
            for (InstructionVerdict v : verdict.instructions()) {
                boolean expectedStrict =
                        strict.get("follow_instruction_list").get(v.index()).asBoolean();
                boolean expectedLoose =
                        loose.get("follow_instruction_list").get(v.index()).asBoolean();
                if (v.strict() != expectedStrict) {
                    found.add(describe(i, v, "strict", expectedStrict));
                }
                if (v.loose() != expectedLoose) {
                    found.add(describe(i, v, "loose", expectedLoose));
                }
            }
        }
        return found;
    }

    private static String describe(int i, InstructionVerdict v, String mode, boolean expected) {
        return "key " + items.get(i).task().keyText() + " " + v.instructionId() + " " + mode + ": official " + expected
                + ", ours " + !expected + " (" + v.explanation() + ")";
    }

    private static List<JsonNode> readLines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }
}
