package org.tracelab.core.verify.ifbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tracelab.core.verify.ifbench.IfbenchChecks.instruction;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tracelab.core.dataset.IfevalPromptsReader;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.evaluation.ResponseItem;
import org.tracelab.core.evaluation.ResponsesReader;
import org.tracelab.core.testing.SharedData;
import org.tracelab.core.verify.BuiltInConstraints;
import org.tracelab.core.verify.InstructionVerdict;
import org.tracelab.core.verify.Verifier;
import org.tracelab.core.verify.Verifiers;
import org.tracelab.core.verify.constraint.ConstraintFamily;
import org.tracelab.core.verify.constraint.ConstraintRegistry;
import org.tracelab.core.verify.constraint.ConstraintType;
import org.tracelab.core.verify.constraint.FeasibilityContext;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.constraint.InvalidInstructionException;
import org.tracelab.core.verify.constraint.RepairClass;
import org.tracelab.core.verify.constraint.TaskConstraint;
import org.tracelab.core.verify.text.Span;
import org.tracelab.core.verify.text.punkt.NltkData;

/** The IFBench pack as registered: kwargs, restatements, repair classes, feasibility, evidence. */
class IfbenchConstraintsTest {

    private static final ConstraintRegistry REGISTRY = BuiltInConstraints.registry();
    private static final FeasibilityContext CONTEXT = new FeasibilityContext(1280);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> flags(Instruction instruction) {
        return REGISTRY.find(instruction.id()).orElseThrow().feasibilityFlags(instruction, CONTEXT);
    }

    @Test
    void everyTestPromptBuildsIfbenchInstructionsWithPlainRestatementsAndNoFeasibilityFlag() {
        List<IfevalTask> tasks = IfevalPromptsReader.read(SharedData.require("data/ifbench/IFBench_test.jsonl"));
        int instructions = 0;
        for (IfevalTask task : tasks) {
            for (TaskConstraint constraint : task.constraints()) {
                instructions++;
                ConstraintType type = constraint.type();
                assertThat(type.family()).isEqualTo(ConstraintFamily.IFBENCH);
                assertThat(type.displayName()).isNotBlank();
                assertThat(constraint.instruction().restatement())
                        .as(type.id())
                        .isNotBlank()
                        .doesNotContain("null")
                        .matches("(?s)[A-Z].*[.\"]");
                assertThat(flags(constraint.instruction()))
                        .as("key %s %s", task.keyText(), type.id())
                        .isEmpty();
            }
        }
        assertThat(tasks).hasSize(300);
        assertThat(instructions).isEqualTo(344);
    }

    @Test
    void restatementsSayTheKwargsAsThePromptWould() {
        assertThat(instruction("count:word_count_range", "{\"min_words\": 71.0, \"max_words\": 73.0}")
                        .restatement())
                .isEqualTo("Your response must contain between 71 and 73 words.");
        assertThat(instruction("sentence:keyword", "{\"word\": \"fleetness\", \"N\": 8.0}")
                        .restatement())
                .isEqualTo("Sentence number 8 of your response must contain the word \"fleetness\".");
        assertThat(instruction("format:list", "{\"sep\": \"!?!?\"}").restatement())
                .contains("\"!?!?\"");
    }

    @Test
    void repairClassesSeparateLocalPatchesFromStructuralRewrites() {
        assertThat(REGISTRY.find("count:keywords_multiple").orElseThrow().repairClass())
                .isEqualTo(RepairClass.LOCAL);
        assertThat(REGISTRY.find("format:output_template").orElseThrow().repairClass())
                .isEqualTo(RepairClass.LOCAL);
        assertThat(REGISTRY.find("count:word_count_range").orElseThrow().repairClass())
                .isEqualTo(RepairClass.STRUCTURAL);
        assertThat(REGISTRY.find("custom:csv_city").orElseThrow().repairClass()).isEqualTo(RepairClass.STRUCTURAL);
    }

    @Test
    void kwargsAreCheckedAsTheTestFileWritesThem() throws Exception {
        assertThatThrownBy(() -> REGISTRY.create(
                        "words:keywords_specific_position",
                        JSON.readTree("{\"keyword\": \"x\", \"n\": 2.5, \"m\": 1}")))
                .isInstanceOf(InvalidInstructionException.class)
                .satisfies(e ->
                        assertThat(((InvalidInstructionException) e).field()).isEqualTo("kwargs.n"));
        assertThatThrownBy(() -> REGISTRY.create("count:numbers", JSON.readTree("{}")))
                .isInstanceOf(InvalidInstructionException.class)
                .hasMessageContaining("missing");
        assertThatThrownBy(() -> REGISTRY.create("count:words_japanese", JSON.readTree("{\"N\": 0.0}")))
                .isInstanceOf(InvalidInstructionException.class)
                .hasMessageContaining("above 0");
        assertThat(REGISTRY.create("count:numbers", JSON.readTree("{\"N\": 2, \"keyword\": null}"))
                        .id())
                .as("integers are numbers too; nulls are dropped")
                .isEqualTo("count:numbers");
    }

    @Test
    void flagsRangesAndCountsNoAnswerCanMeet() {
        assertThat(flags(instruction("count:word_count_range", "{\"min_words\": 80.0, \"max_words\": 70.0}")))
                .containsExactly(IfbenchConstraints.INFEASIBLE_EMPTY_RANGE);
        assertThat(flags(instruction("count:word_count_range", "{\"min_words\": 2000.0, \"max_words\": 2500.0}")))
                .containsExactly("infeasible:length_vs_max_tokens");
        assertThat(flags(instruction("count:person_names", "{\"N\": 51.0}")))
                .containsExactly(IfbenchConstraints.INFEASIBLE_UNREACHABLE_COUNT);
        assertThat(flags(instruction("count:numbers", "{\"N\": 2.5}")))
                .containsExactly(IfbenchConstraints.INFEASIBLE_UNREACHABLE_COUNT);
        assertThat(flags(instruction("ratio:overlap", "{\"reference_text\": \"ab\", \"percentage\": 50.0}")))
                .containsExactly(IfbenchConstraints.INFEASIBLE_EMPTY_RANGE);
        assertThat(flags(instruction("ratio:overlap", "{\"reference_text\": \"abc\", \"percentage\": 102.0}")))
                .as("within 2 points of 100 is still possible")
                .isEmpty();
        assertThat(flags(instruction("ratio:stop_words", "{\"percentage\": -1.0}")))
                .containsExactly(IfbenchConstraints.INFEASIBLE_EMPTY_RANGE);
    }

    @Test
    void flagsKeywordsThatNestOrCanNeverBeAToken() {
        // "catcat" must occur twice, so "cat" occurs at least four times, but it must occur exactly once.
        assertThat(flags(instruction(
                        "count:keywords_multiple",
                        "{\"keyword1\": \"cat\", \"keyword2\": \"catcat\","
                                + " \"keyword3\": \"owl\", \"keyword4\": \"ant\", \"keyword5\": \"bee\"}")))
                .containsExactly(IfbenchConstraints.INFEASIBLE_UNREACHABLE_COUNT);
        assertThat(flags(instruction(
                        "count:keywords_multiple",
                        "{\"keyword1\": \"catalog\", \"keyword2\": \"cat\","
                                + " \"keyword3\": \"owl\", \"keyword4\": \"ant\", \"keyword5\": \"bee\"}")))
                .isEmpty();
        assertThat(flags(instruction(
                        "words:keywords_specific_position", "{\"keyword\": \"two words\", \"n\": 1," + " \"m\": 1}")))
                .containsExactly(IfbenchConstraints.INFEASIBLE_UNMATCHABLE_KEYWORD);
        assertThat(flags(instruction("words:keywords_specific_position", "{\"keyword\": \"...\", \"n\": 1, \"m\": 1}")))
                .containsExactly(IfbenchConstraints.INFEASIBLE_UNMATCHABLE_KEYWORD);
        assertThat(flags(instruction("words:words_position", "{\"keyword\": \"...\"}")))
                .as("a token can be ...")
                .isEmpty();
        assertThat(flags(instruction(
                        "repeat:repeat_span",
                        "{\"prompt_to_repeat\": \"abc   def\", \"n_start\": 3," + " \"n_end\": 5}")))
                .containsExactly(IfbenchConstraints.INFEASIBLE_UNMATCHABLE_KEYWORD);
    }

    @Test
    void evidenceStaysInsideTheResponseOnEverySampleVerdict() {
        Path ifbench = SharedData.require("data/ifbench");
        Path nltk = SharedData.require("data/nltk_data");
        List<IfevalTask> tasks = IfevalPromptsReader.read(ifbench.resolve("IFBench_test.jsonl"));
        List<ResponseItem> items = ResponsesReader.readForEveryPrompt(ifbench.resolve("sample_output.jsonl"), tasks);
        Verifier verifier = Verifiers.create(NltkData.resolve(nltk, Map.of(), nltk.resolve("no-home")));
        List<String> problems = new ArrayList<>();
        int withEvidence = 0;
        for (ResponseItem item : items) {
            for (InstructionVerdict verdict :
                    verifier.verify(item.task().instructions(), item.response()).instructions()) {
                assertThat(verdict.explanation()).isNotBlank();
                withEvidence += verdict.evidence().isEmpty() ? 0 : 1;
                for (Span span : verdict.evidence()) {
                    if (span.end() > item.response().length()) {
                        problems.add(item.task().keyText() + " " + verdict.instructionId() + " " + span);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(withEvidence).as("failed verdicts that point at text").isGreaterThan(50);
    }
}
