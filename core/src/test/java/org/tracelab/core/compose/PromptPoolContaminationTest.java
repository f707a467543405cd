package org.tracelab.core.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tracelab.core.dataset.IfevalPromptsReader;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.testing.SharedData;

/**
 * The shipped pool is ours, not IFEval's: no pool prompt shares more than half of its words (Jaccard over
 * lower-case word sets) with any of the 541 official IFEval prompts. The closest pair scored 0.32 when the pool
 * was written.
 */
class PromptPoolContaminationTest {

    private static final Pattern WORD = Pattern.compile("[a-z]+");

    @Test
    void noPoolPromptIsCloseToAnIfevalPrompt() {
        Path ifeval = SharedData.require("data/ifeval/input_data.jsonl");
        List<Set<String>> official = IfevalPromptsReader.read(ifeval).stream()
                .map(IfevalTask::prompt)
                .map(PromptPoolContaminationTest::words)
                .toList();
        PromptPool pool = PromptPool.read(SharedData.repositoryRoot().resolve("samples/pool/tracelab-prompt-pool.txt"));
        for (PoolPrompt prompt : pool.prompts()) {
            Set<String> mine = words(prompt.text());
            double closest = official.stream()
                    .mapToDouble(theirs -> jaccard(mine, theirs))
                    .max()
                    .orElse(0);
            assertThat(closest).as("line %d: %s", prompt.line(), prompt.text()).isLessThan(0.5);
        }
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return union.isEmpty() ? 0 : (double) both.size() / union.size();
    }
}
