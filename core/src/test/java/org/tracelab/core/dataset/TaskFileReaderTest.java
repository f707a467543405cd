package org.tracelab.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.core.io.InputProblemException;
import org.tracelab.core.verify.BuiltInConstraints;
import org.tracelab.core.verify.constraint.ConstraintLevel;
import org.tracelab.core.verify.constraint.ConstraintRegistry;
import org.tracelab.core.verify.constraint.RepairClass;
import org.tracelab.core.verify.constraint.TaskConstraint;

class TaskFileReaderTest {

    private static final ConstraintRegistry REGISTRY = BuiltInConstraints.registry();

    @TempDir
    Path dir;

    private TaskFile read(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, List.of(lines));
        return new TaskFileReader(REGISTRY).read(file);
    }

    private InputProblemException refused(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, List.of(lines));
        try {
            new TaskFileReader(REGISTRY).read(file);
        } catch (InputProblemException e) {
            return e;
        }
        throw new AssertionError(name + " was accepted");
    }

    @Test
    void readsIfevalFilesAsBefore() throws IOException {
        TaskFile file = read(
                "ifeval.jsonl",
                "{\"key\": 1001, \"prompt\": \"Write a haiku.\", "
                        + "\"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}");
        assertThat(file.format()).isEqualTo(TaskFormat.IFEVAL);
        assertThat(file.tasks()).singleElement().satisfies(task -> {
            assertThat(task.keyText()).isEqualTo("1001");
            assertThat(task.constraints()).singleElement().satisfies(c -> {
                assertThat(c.level()).isEqualTo(ConstraintLevel.HARD);
                assertThat(c.repairClass()).isEqualTo(RepairClass.LOCAL);
            });
        });
    }

    @Test
    void readsTheShortShapeWithItsIdAsKeyAndItsInstructionVerbatim() throws IOException {
        TaskFile file = read(
                "short.jsonl",
                "{\"id\": \"onboarding-1\", \"instruction\": \"  List the steps to reset a password.\\n\", "
                        + "\"constraints\": [{\"type\": \"format\", \"rule\": \"bullet_count\", \"value\": 3}, "
                        + "{\"type\": \"content\", \"rule\": \"must_not_contain\", \"value\": \"click here\"}]}",
                "",
                "{\"instruction\": \"Name three rivers.\", \"constraints\": [{\"type\": \"format\", \"rule\": "
                        + "\"lowercase\"}]}");
        assertThat(file.format()).isEqualTo(TaskFormat.WASMAGENT_SHORT);
        IfevalTask first = file.tasks().get(0);
        assertThat(first.keyText()).isEqualTo("onboarding-1");
        assertThat(first.prompt()).isEqualTo("  List the steps to reset a password.\n");
        assertThat(first.instructionIds())
                .containsExactly("detectable_format:number_bullet_lists", "rule:not_contains");
        assertThat(first.kwargs().get(0).toString()).isEqualTo("{\"num_bullets\":3}");
        assertThat(first.kwargs().get(1).toString()).isEqualTo("{\"phrases\":[\"click here\"]}");
        // No id: the line number (blank lines count) is the key.
        assertThat(file.tasks().get(1).keyText()).isEqualTo("3");
        assertThat(file.tasks().get(1).instructionIds()).containsExactly("change_case:english_lowercase");
    }

    @Test
    void aRegistryIdIsAlsoARuleWithItsKwargsAsValue() throws IOException {
        TaskFile file = read(
                "short.jsonl",
                "{\"instruction\": \"Describe Rome.\", \"constraints\": [{\"type\": "
                        + "\"length\", \"rule\": \"length_constraints:number_words\", \"value\": {\"num_words\": 50, "
                        + "\"relation\": \"at least\"}}]}");
        assertThat(file.tasks().get(0).instructionIds()).containsExactly("length_constraints:number_words");
    }

    @Test
    void refusesAnUnknownRuleNamingTheNearestKnownOnes() throws IOException {
        InputProblemException e = refused(
                "short.jsonl",
                "{\"instruction\": \"x\", \"constraints\": [{\"type\": "
                        + "\"format\", \"rule\": \"bullet_cnt\", \"value\": 3}]}");
        assertThat(e.getMessage())
                .contains("short.jsonl:1: constraints[0].rule: unknown rule \"bullet_cnt\" "
                        + "(no registry equivalent); the nearest known are bullet_count, ");
    }

    @Test
    void refusesABadValueOnItsField() throws IOException {
        assertThat(refused(
                                "short.jsonl",
                                "{\"instruction\": \"x\", \"constraints\": [{\"type\": \"format\", "
                                        + "\"rule\": \"bullet_count\", \"value\": \"three\"}]}")
                        .getMessage())
                .contains("short.jsonl:1: constraints[0].value: must be a whole number, 0 or more, got \"three\" "
                        + "(rule bullet_count)");
        assertThat(refused(
                                "short.jsonl",
                                "{\"instruction\": \"x\", \"constraints\": [{\"type\": \"content\", "
                                        + "\"rule\": \"regex\", \"value\": \"a(b\"}]}")
                        .getMessage())
                .contains("short.jsonl:1: constraints[0].value: rule:regex pattern: not a valid regular expression: "
                        + "Unclosed group");
        assertThat(refused(
                                "short.jsonl",
                                "{\"instruction\": \"x\", \"constraints\": [{\"type\": \"length\", "
                                        + "\"rule\": \"word_count\", \"value\": 100}]}")
                        .getMessage())
                .contains("a single number is ambiguous: use min_… or max_…");
    }

    @Test
    void refusesAnInvalidDeclarativeRuleInAnIfevalFileWithFileLineAndField() throws IOException {
        InputProblemException e = refused(
                "mine.jsonl",
                "{\"key\": \"a\", \"prompt\": \"p\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}",
                "{\"key\": \"b\", \"prompt\": \"p\", \"instruction_id_list\": [\"rule:json_schema\"], "
                        + "\"kwargs\": [{\"schema\": {\"type\": 5}}]}");
        assertThat(e.getMessage()).contains("mine.jsonl:2: kwargs[0].schema: not a valid JSON Schema: ");
    }

    @Test
    void readsATaskSpecWithLevelsPrioritiesHintsAndBudget() throws IOException {
        TaskFile file = read(
                "spec.jsonl",
                "{\"id\": \"faq-7\", \"intent\": \"Answer: how do I export my data?\", "
                        + "\"language\": \"en\", \"priority_hierarchy\": [\"format\", \"content\"], "
                        + "\"repair\": {\"max_rounds\": 2, \"default_strategy\": \"patch\"}, \"constraints\": ["
                        + "{\"id\": \"c1\", \"description\": \"friendly\", \"verify_method\": \"must_not_contain\", "
                        + "\"arg\": [\"unfortunately\"], \"level\": \"soft\", \"priority\": 1, \"category\": \"style\"}, "
                        + "{\"id\": \"c2\", \"verify_method\": \"max_words\", \"arg\": 120, \"level\": \"hard\", "
                        + "\"priority\": 2, \"category\": \"content\"}, "
                        + "{\"id\": \"c3\", \"verify_method\": \"bullet_count\", \"arg\": 4, \"priority\": 5, "
                        + "\"category\": \"format\", \"repair\": {\"strategy\": \"regenerate_region\", \"max_rounds\": 1}}]}");
        assertThat(file.format()).isEqualTo(TaskFormat.WASMAGENT_TASKSPEC);
        IfevalTask task = file.tasks().get(0);
        assertThat(task.keyText()).isEqualTo("faq-7");
        assertThat(task.prompt()).isEqualTo("Answer: how do I export my data?");
        assertThat(task.maxRepairRounds()).isEqualTo(OptionalInt.of(2));
        assertThat(task.instructionIds())
                .containsExactly("rule:not_contains", "rule:word_count", "detectable_format:number_bullet_lists");
        List<TaskConstraint> c = task.constraints();
        assertThat(c)
                .extracting(TaskConstraint::level)
                .containsExactly(ConstraintLevel.SOFT, ConstraintLevel.HARD, ConstraintLevel.HARD);
        // default_strategy patch applies where a constraint has no strategy of its own.
        assertThat(c)
                .extracting(TaskConstraint::repairClass)
                .containsExactly(RepairClass.LOCAL, RepairClass.LOCAL, RepairClass.STRUCTURAL);
        assertThat(c.get(2).repair().maxRounds()).isEqualTo(OptionalInt.of(1));
        // format (listed first) before content (second) before style (not listed).
        assertThat(c.get(2).repair().rank()).isLessThan(c.get(1).repair().rank());
        assertThat(c.get(1).repair().rank()).isLessThan(c.get(0).repair().rank());
    }

    @Test
    void refusesTaskSpecMistakesWithTheirFields() throws IOException {
        assertThat(refused(
                                "spec.jsonl",
                                "{\"intent\": \"x\", \"constraints\": [{\"verify_method\": \"llm_judge\", "
                                        + "\"arg\": \"is it polite?\"}]}")
                        .getMessage())
                .contains("spec.jsonl:1: constraints[0].verify_method: unknown rule \"llm_judge\"");
        assertThat(refused(
                                "spec.jsonl",
                                "{\"intent\": \"x\", \"constraints\": [{\"verify_method\": \"no_comma\", "
                                        + "\"level\": \"optional\"}]}")
                        .getMessage())
                .contains("spec.jsonl:1: constraints[0].level: must be \"hard\" or \"soft\", got \"optional\"");
        assertThat(refused(
                                "spec.jsonl",
                                "{\"intent\": \"x\", \"repair\": {\"default_strategy\": \"rewrite\"}, "
                                        + "\"constraints\": [{\"verify_method\": \"no_comma\"}]}")
                        .getMessage())
                .contains(
                        "spec.jsonl:1: repair.default_strategy: unknown strategy \"rewrite\"; the nearest known are ");
        assertThat(refused(
                                "spec.jsonl",
                                "{\"id\": \"a\", \"intent\": \"x\", \"constraints\": [{\"verify_method\": "
                                        + "\"no_comma\"}]}",
                                "{\"id\": \"a\", \"intent\": \"y\", \"constraints\": [{\"verify_method\": "
                                        + "\"no_comma\"}]}")
                        .getMessage())
                .contains("spec.jsonl:2: id: \"a\" is also the key of line 1; keys must be unique");
        assertThat(refused("spec.jsonl", "{\"id\": \"a\", \"constraints\": [{\"verify_method\": \"no_comma\"}]}")
                        .getMessage())
                .contains("spec.jsonl:1: instruction: missing");
    }

    @Test
    void refusesAFileWhoseFormatCannotBeTold() throws IOException {
        assertThat(refused("odd.jsonl", "{\"question\": \"?\"}").getMessage())
                .contains("odd.jsonl:1: cannot tell the task format");
    }

    @Test
    void theReadmeTableListsEveryMappedRuleAndTheShippedExamplesRead() throws IOException {
        String readme = Files.readString(
                org.tracelab.core.testing.SharedData.repositoryRoot().resolve("README.md"));
        assertThat(WasmAgentRules.rules()).allSatisfy(rule -> assertThat(readme).contains("`" + rule.name() + "`"));
        Path root = org.tracelab.core.testing.SharedData.repositoryRoot();
        TaskFile spec =
                new TaskFileReader(REGISTRY).read(root.resolve("samples/tasks/wasmagent-taskspec-example.jsonl"));
        assertThat(spec.format()).isEqualTo(TaskFormat.WASMAGENT_TASKSPEC);
        assertThat(spec.tasks()).hasSize(5);
        TaskFile shortShape =
                new TaskFileReader(REGISTRY).read(root.resolve("samples/tasks/wasmagent-short-example.jsonl"));
        assertThat(shortShape.format()).isEqualTo(TaskFormat.WASMAGENT_SHORT);
        assertThat(shortShape.tasks())
                .extracting(IfevalTask::keyText)
                .containsExactly("reset-password", "thank-you", "3");
    }

    @Test
    void everyMappedRuleNamesARegisteredConstraint() {
        assertThat(WasmAgentRules.rules())
                .isNotEmpty()
                .allSatisfy(rule ->
                        assertThat(REGISTRY.find(rule.id())).as(rule.name()).isPresent());
    }
}
