package org.tracelab.core.verify.ifbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracelab.core.dataset.IfevalPromptsReader;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.evaluation.AccuracySummary;
import org.tracelab.core.evaluation.BatchVerifier;
import org.tracelab.core.evaluation.ResponseItem;
import org.tracelab.core.evaluation.ResponsesReader;
import org.tracelab.core.testing.SharedData;
import org.tracelab.core.verify.InstructionVerdict;
import org.tracelab.core.verify.ResponseVerdict;
import org.tracelab.core.verify.Verifier;
import org.tracelab.core.verify.Verifiers;
import org.tracelab.core.verify.text.punkt.NltkData;

/**
 * The verifier against IFBench's reference verdicts on the shared sample: the 300 test prompts with the 294
 * sample responses ({@code ""} for the 7 unanswered prompts), 344 instruction verdicts, strict and loose. With
 * the NLTK data every verdict must agree; without it (built-in Punkt, stop words and tagger) every disagreement
 * is listed.
 */
class IfbenchConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static List<ResponseItem> items;
    private static List<JsonNode> referenceStrict;
    private static List<JsonNode> referenceLoose;
    private static Path nltkData;

    @BeforeAll
    static void load() throws IOException {
        Path ifbench = SharedData.require("data/ifbench");
        nltkData = SharedData.require("data/nltk_data");
        List<IfevalTask> tasks = IfevalPromptsReader.read(ifbench.resolve("IFBench_test.jsonl"));
        items = ResponsesReader.readForEveryPrompt(ifbench.resolve("sample_output.jsonl"), tasks);
        referenceStrict = readLines(ifbench.resolve("reference_sample_strict.jsonl"));
        referenceLoose = readLines(ifbench.resolve("reference_sample_loose.jsonl"));
    }

    @Test
    void pairsEveryTestPromptWithItsSampleResponseAsTheHarnessDoes() {
        assertThat(items).hasSize(300);
        assertThat(items.stream()
                        .filter(item -> item.response().isEmpty())
                        .map(item -> item.task().keyText()))
                .containsExactly("268", "269", "270", "271", "272", "273", "274");
        for (int i = 0; i < items.size(); i++) {
            assertThat(items.get(i).response())
                    .as("response of row %d", i)
                    .isEqualTo(referenceStrict.get(i).get("response").asText());
        }
    }

    @Test
    void agreesWithEveryReferenceVerdictUsingTheNltkData() {
        Verifier verifier = Verifiers.create(NltkData.resolve(nltkData, Map.of(), nltkData.resolve("no-home")));
        assertThat(verifier.services().ifbench().exact()).isTrue();
        assertThat(verifier.version()).endsWith("tracelab-ifbench/1+nltk");
        List<ResponseVerdict> verdicts = new BatchVerifier(verifier, 2).verifyAll(items);

        assertThat(disagreements(verdicts))
                .as("disagreements with the reference checker")
                .isEmpty();

        AccuracySummary summary = AccuracySummary.of(verdicts);
        assertThat(summary.responses()).isEqualTo(300);
        assertThat(summary.instructions()).isEqualTo(344);
        assertThat(summary.promptsStrict()).isEqualTo(76);
        assertThat(summary.instructionsStrict()).isEqualTo(92);
        assertThat(summary.promptsLoose()).isEqualTo(86);
        assertThat(summary.instructionsLoose()).isEqualTo(107);
        assertThat(summary.byInstructionId()).hasSize(58);
    }

    @Test
    void listsEveryDisagreementWithoutTheNltkData() {
        Verifier verifier = Verifiers.create(NltkData.resolve(null, Map.of(), nltkData.resolve("no-home")));
        assertThat(verifier.services().ifbench().exact()).isFalse();
        assertThat(verifier.version()).endsWith("tracelab-ifbench/1+builtin-punkt-stopwords-tagger");
        List<ResponseVerdict> verdicts = new BatchVerifier(verifier, 2).verifyAll(items);

        List<String> disagreements = disagreements(verdicts);
        int total = 2 * 344;
        System.out.printf(
                "IFBench without NLTK data: %d/%d verdicts agree (%.2f %%)%n",
                total - disagreements.size(), total, 100.0 * (total - disagreements.size()) / total);
        disagreements.forEach(d -> System.out.println("  disagreement: " + d));
        // Built-in approximations may disagree, but only on ids that use NLTK's data.
        assertThat(disagreements).allMatch(d -> NLTK_IDS.stream().anyMatch(d::contains), "only NLTK-backed ids");
    }

    /** The ids whose verdicts depend on Punkt, the stop words or the tagger (semantics file, section 3). */
    private static final List<String> NLTK_IDS = List.of(
            "ratio:sentence_type",
            "ratio:sentence_balance",
            "ratio:sentence_words",
            "sentence:alliteration_increment",
            "sentence:keyword",
            "sentence:increment",
            "format:emoji",
            "format:no_bullets_bullets",
            "words:last_first",
            "custom:sentence_alphabet",
            "custom:word_reverse",
            "count:pronouns",
            "words:start_verb",
            "words:keywords_specific_position",
            "words:words_position",
            "format:title_case",
            "ratio:stop_words");

    private static List<String> disagreements(List<ResponseVerdict> verdicts) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode strict = referenceStrict.get(i);
            JsonNode loose = referenceLoose.get(i);
            assertThat(strict.get("prompt").asText())
                    .isEqualTo(items.get(i).task().prompt());
            for (InstructionVerdict v : verdicts.get(i).instructions()) {
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
        return "key " + items.get(i).task().keyText() + " " + v.instructionId() + " " + mode + ": reference " + expected
                + ", ours " + !expected + " (" + v.explanation() + ")";
    }

    private static List<JsonNode> readLines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }
}
