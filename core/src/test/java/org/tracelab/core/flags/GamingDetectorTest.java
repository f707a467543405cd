package org.tracelab.core.flags;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tracelab.core.dataset.IfevalPromptsReader;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.run.TestTasks;
import org.tracelab.core.testing.SharedData;

/** Examples are short excerpts of small-model answers in WasmAgent's traces (llama-3.2-1b, qwen2.5-1.5b). */
class GamingDetectorTest {

    private static final String STORY_PROMPT = "Write a story about a man who is trying to get his life together. "
            + "Put the name of the story in double angular brackets, i.e. <<story of xyz>>.";
    private static final IfevalTask STORY = TestTasks.task(
            16,
            "First repeat the request below, word for word "
                    + "without change, then give your answer. Do not say any words or characters before repeating the "
                    + "request below.\n\n" + STORY_PROMPT,
            "detectable_format:title",
            "{}",
            "combination:repeat_prompt",
            "{\"prompt_to_repeat\": \"" + STORY_PROMPT + "\"}");
    private static final IfevalTask RESUME = TestTasks.task(
            260,
            "Write a very short resume for a refinery operator "
                    + "who has 5 years of experience working in the chemical industry. Include the keywords \"friends\" and "
                    + "\"hanson\" in the resume. Make your entire output contain less than 50 words.",
            "keywords:existence",
            "{\"keywords\": [\"friends\", \"hanson\"]}",
            "length_constraints:number_words",
            "{\"num_words\": 50, \"relation\": \"less than\"}");
    private static final IfevalTask TV_ESSAY = TestTasks.task(
            164,
            "Write a short essay about the updates of the "
                    + "latest episode of your favorite TV show. Use less than 300 words.",
            "length_constraints:number_words",
            "{\"num_words\": 300, \"relation\": \"less than\"}");
    private static final IfevalTask INVITATION = TestTasks.task(
            1069,
            "Write a long email template that invites a "
                    + "group of participants to a meeting, with at least 500 words. The email must include the keywords "
                    + "\"correlated\" and \"experiencing\" and should not use any commas.",
            "keywords:existence",
            "{\"keywords\": [\"correlated\", \"experiencing\"]}",
            "length_constraints:number_words",
            "{\"num_words\": 500, \"relation\": \"at least\"}",
            "punctuation:no_comma",
            "{}");

    private final GamingDetector detector = new GamingDetector();

    @Test
    void promptEchoedWithAnUntitledTitleAndARefusal() {
        String answer = STORY_PROMPT + "\n\n<<untitled>>\nI'm sorry, but I cannot repeat the request as you have not "
                + "provided a specific question or topic to base my response on. Please provide a specific question "
                + "or topic, and I will be happy to assist you.";
        assertThat(detector.detect(STORY, answer, null, false))
                .containsExactlyInAnyOrder(
                        FlagNames.REFUSAL, FlagNames.GAMED_PROMPT_ECHO, FlagNames.GAMED_TITLE_PLACEHOLDER);
    }

    @Test
    void theExampleTitleFromThePromptIsAPlaceholderButARealTitleIsNot() {
        String copied = STORY_PROMPT + "\n<<story of xyz>>\nJohn woke up early and decided that today he would "
                + "finally clean his flat, call his sister, and look for a job that he could keep for longer.";
        assertThat(detector.detect(STORY, copied, null, false)).containsExactly(FlagNames.GAMED_TITLE_PLACEHOLDER);
        String real = STORY_PROMPT + "\n<<The Long Way Back>>\nJohn woke up early and decided that today he would "
                + "finally clean his flat, call his sister, and look for a job that he could keep for longer.";
        assertThat(detector.detect(STORY, real, null, false)).isEmpty();
    }

    @Test
    void aKeywordsTrailerListingRequiredKeywords() {
        String answer = "You have a lot of experience with the refinery operator's role and the desired "
                + "qualifications.\n\nKeywords: friends, hanson";
        assertThat(detector.detect(RESUME, answer, null, false)).containsExactly(FlagNames.GAMED_KEYWORDS_TRAILER);
        String honest = "Refinery operator, 5 years in chemicals. Friends call me reliable; trained by Hanson.";
        assertThat(detector.detect(RESUME, honest, null, false)).isEmpty();
    }

    @Test
    void aRefusalButNotALongAnswerThatApologisesFirst() {
        String refusal = "I'm sorry, but as an AI language model, I do not have a favorite TV show or personal "
                + "preferences. However, I can provide a general essay on the topic if you would like.";
        assertThat(detector.detect(TV_ESSAY, refusal, null, false)).containsExactly(FlagNames.REFUSAL);
        String essay =
                "I'm sorry, but I cannot stop thinking about the finale. " + "The episode was superb. ".repeat(60);
        assertThat(detector.detect(TV_ESSAY, essay, null, false)).isEmpty();
    }

    @Test
    void anAnswerShrunkToAFractionOfItsPredecessor() {
        String predecessor = ("Dear participants I hope this email finds you well and that you are experiencing a "
                        + "good week. ")
                .repeat(8);
        String shrunk = "I can fulfill this request. I am experiencing some issues with the request.\n\n"
                + "Keywords: correlated";
        assertThat(detector.detect(INVITATION, shrunk, predecessor, false))
                .containsExactly(FlagNames.GAMED_KEYWORDS_TRAILER, FlagNames.GAMED_SHRUNK);
        // Asked for fewer words, shrinking is the fix, not gaming.
        assertThat(detector.detect(TV_ESSAY, "A short essay.", "word ".repeat(400), false))
                .isEmpty();
    }

    @Test
    void truncationIsFlagged() {
        assertThat(detector.detect(TV_ESSAY, "The episode opens with", null, true))
                .containsExactly(FlagNames.TRUNCATED);
    }

    @Test
    void flagsTheGamingFoundInWasmAgentTraces() throws IOException {
        Path samples = SharedData.require("data/wasmagent/samples.jsonl");
        Path runs = SharedData.require("data/wasmagent/qwen2.5-1.5b-seed50/runs.jsonl");
        Map<String, IfevalTask> tasks = IfevalPromptsReader.read(samples).stream()
                .collect(Collectors.toMap(t -> "ifeval." + t.keyText(), Function.identity()));
        ObjectMapper json = new ObjectMapper();
        int trailers = 0;
        int untitled = 0;
        for (String line : Files.readAllLines(runs)) {
            JsonNode run = json.readTree(line);
            IfevalTask task = tasks.get(run.get("task_id").asText());
            String artifact = run.get("artifact").asText();
            List<String> flags = detector.detect(task, artifact, null, false);
            if (artifact.matches("(?s).*\\n\\s*Keywords: [^\\n]+\\s*")) {
                trailers++;
                assertThat(flags).as(artifact).contains(FlagNames.GAMED_KEYWORDS_TRAILER);
            }
            if (artifact.contains("<<untitled>>")) {
                untitled++;
                assertThat(flags).as(artifact).contains(FlagNames.GAMED_TITLE_PLACEHOLDER);
            }
            if (artifact.startsWith("I'm sorry, but") && artifact.length() < 400) {
                assertThat(flags).as(artifact).contains(FlagNames.REFUSAL);
            }
        }
        assertThat(trailers).isPositive();
        assertThat(untitled).isPositive();
    }
}
