package org.tracelab.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracelab.core.testing.SharedData;
import org.tracelab.core.verify.BuiltInConstraints;
import org.tracelab.core.verify.constraint.ConstraintFamily;

/**
 * The hand-written sample tasks in {@code samples/tasks/tracelab-sample-tasks.jsonl}: they parse as an
 * IFEval prompts file (which validates every id and kwargs type), and they cover every supported
 * instruction at least twice.
 */
class SampleTasksTest {

    private static final String SAMPLE_FILE = "samples/tasks/tracelab-sample-tasks.jsonl";
    private static final String REPEAT_PROMPT = "combination:repeat_prompt";

    private static List<IfevalTask> tasks;

    @BeforeAll
    static void readSamples() {
        Path file = SharedData.repositoryRoot().resolve(SAMPLE_FILE);
        assertThat(file).isRegularFile();
        tasks = IfevalPromptsReader.read(file);
    }

    @Test
    void hasAtLeastSixtyTasks() {
        assertThat(tasks).hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    void keysAreUniqueIntegers() {
        Set<String> keys = new HashSet<>();
        for (IfevalTask task : tasks) {
            assertThat(task.key().isIntegralNumber())
                    .as("key %s is an integer", task.keyText())
                    .isTrue();
            assertThat(keys.add(task.keyText()))
                    .as("key %s is unique", task.keyText())
                    .isTrue();
        }
    }

    @Test
    void promptsAreNonBlankAndDistinct() {
        Set<String> prompts = new HashSet<>();
        for (IfevalTask task : tasks) {
            assertThat(task.prompt()).as("prompt of key %s", task.keyText()).isNotBlank();
            assertThat(prompts.add(task.prompt()))
                    .as("prompt of key %s is not a duplicate", task.keyText())
                    .isTrue();
        }
    }

    @Test
    void everySupportedInstructionIsCoveredAtLeastTwice() {
        Map<String, Integer> counts = new TreeMap<>();
        for (IfevalTask task : tasks) {
            assertThat(task.instructions())
                    .as("instructions of key %s", task.keyText())
                    .isNotEmpty()
                    .hasSameSizeAs(task.instructionIds());
            assertThat(Set.copyOf(task.instructionIds()))
                    .as("ids of key %s are not repeated", task.keyText())
                    .hasSameSizeAs(task.instructionIds());
            for (String id : task.instructionIds()) {
                counts.merge(id, 1, Integer::sum);
            }
        }
        assertThat(counts.keySet()).isSubsetOf(BuiltInConstraints.registry().ids(ConstraintFamily.IFEVAL));
        for (String id : BuiltInConstraints.registry().ids(ConstraintFamily.IFEVAL)) {
            assertThat(counts.getOrDefault(id, 0)).as("tasks using %s", id).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void repeatedRequestsAreTakenFromThePromptText() {
        for (IfevalTask task : tasks) {
            for (int i = 0; i < task.instructionIds().size(); i++) {
                if (task.instructionIds().get(i).equals(REPEAT_PROMPT)) {
                    String request =
                            task.kwargs().get(i).get("prompt_to_repeat").asText();
                    assertThat(task.prompt())
                            .as("prompt of key %s", task.keyText())
                            .contains(request);
                }
            }
        }
    }
}
