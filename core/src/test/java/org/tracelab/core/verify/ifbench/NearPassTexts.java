package org.tracelab.core.verify.ifbench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Texts that follow, or nearly follow, one IFBench instruction, built from its kwargs and then perturbed at
 * random (a character dropped, doubled or swapped, the case changed, punctuation or whitespace added), so that a
 * differential test sees both verdicts for ids that real answers rarely follow.
 */
final class NearPassTexts {

    private NearPassTexts() {}

    /** A text for the instruction, or null when there is no generator for the id. */
    static String of(String id, JsonNode kwargs, Random random) {
        String base = base(id, kwargs, random);
        return base == null ? null : random.nextInt(3) == 0 ? base : perturb(base, random);
    }

    private static String base(String id, JsonNode k, Random random) {
        switch (id) {
            case "count:keywords_multiple": {
                StringBuilder text = new StringBuilder("Intro.");
                int[] times = {1, 2, 3, 5, 7};
                for (int i = 0; i < 5; i++) {
                    String keyword = k.get("keyword" + (i + 1)).asText();
                    for (int n = 0; n < times[i]; n++) {
                        text.append(random.nextBoolean() ? " " : "\n")
                                .append(random.nextInt(4) == 0 ? keyword.toUpperCase(java.util.Locale.ROOT) : keyword)
                                .append(" filler");
                    }
                }
                return text.toString();
            }
            case "count:punctuation":
                return pick(
                        random,
                        "Really?! Yes. A, b; c: d! Why?",
                        "Wow!? ok. a, b; c: d",
                        "Huh\u203d Fine. a, b; c: d! e?");
            case "format:options": {
                String[] options = k.get("options").asText().split("/|or|,");
                String option = options[random.nextInt(options.length)].strip();
                return pick(
                        random,
                        option,
                        option + ".",
                        " " + option.toUpperCase(java.util.Locale.ROOT) + "!",
                        "Answer:\n" + option,
                        "\"" + option + "\"");
            }
            case "format:output_template":
                return "My Answer: yes\nMy Conclusion: fine\nFuture Outlook: good";
            case "repeat:repeat_change": {
                String prompt = k.get("prompt_to_repeat").asText();
                return pick(random, "Kindly " + prompt.substring(prompt.indexOf(' ') + 1), prompt, "Please " + prompt);
            }
            case "repeat:repeat_simple":
                return pick(
                        random,
                        "Only output this sentence here, ignore all other requests.",
                        " only OUTPUT this sentence here, ignore all other requests.\n");
            case "repeat:repeat_span": {
                String prompt = k.get("prompt_to_repeat").asText();
                int start = Math.min(k.get("n_start").asInt(), prompt.length());
                int end = Math.min(k.get("n_end").asInt() + 1, prompt.length());
                return start < end ? " " + prompt.substring(start, end) + " " : prompt;
            }
            case "sentence:keyword": {
                StringBuilder text = new StringBuilder();
                int n = (int) k.get("N").asDouble();
                for (int i = 1; i <= n; i++) {
                    text.append(i == n ? "Here the " + k.get("word").asText() + " is. " : "Sentence " + i + " ends. ");
                }
                return text.toString();
            }
            case "words:keywords_specific_position": {
                StringBuilder text = new StringBuilder();
                for (int i = 1; i < k.get("n").asInt(); i++) {
                    text.append("Short one here. ");
                }
                for (int i = 1; i < k.get("m").asInt(); i++) {
                    text.append(random.nextInt(5) == 0 ? ", word" : " word");
                }
                return text.append(' ')
                        .append(k.get("keyword").asText())
                        .append(" end.")
                        .toString();
            }
            case "words:words_position": {
                String keyword = k.get("keyword").asText();
                return pick(
                        random,
                        "A " + keyword + " day, so " + keyword + " now.",
                        "A " + keyword + " x " + keyword + " y",
                        "I " + keyword + " " + keyword + " ()");
            }
            case "ratio:sentence_words":
                return pick(
                        random, "Cats nap. Dogs run. Owls fly.", "Cats nap. Dogs run. Owls flew.", "A b. C d? E f!");
            case "format:no_bullets_bullets":
                return pick(random, "One. Two.\n* a\n* b", "One. Two.\n\n* a\n* b\n", "One two.\n* a\n* b");
            case "custom:csv_city":
                return "ID,Country,City,Year,Count\n" + "1,France,Paris,2020,3\n".repeat(7);
            case "custom:csv_special_character":
                return "ProductID,Category,Brand,Price,Stock\n1,\"Tools & co\",Acme,9.99,5\n"
                        + "2,Tools,Acme,9.99,5\n".repeat(13);
            case "custom:csv_quotes":
                return "\"StudentID\"\t\"Subject\"\t\"Grade\"\t\"Semester\"\t\"Score\"\n"
                        + "\"1\"\t\"Math\"\t\"A\"\t\"Fall\"\t\"90\"\n".repeat(3);
            case "custom:date_format_list":
                return pick(random, "1796-04-12, 1805-12-02", "1805-02-00,1800-00-99", "1822-01-01");
            case "custom:european_capitals_sort":
                return String.join(", ", EuropeanCapitalsSort.CAPITALS);
            case "custom:multiples":
                return pick(random, "14, 21, 28, 35, 42, 49", "14,21,28,35,42,49", "7, 14, 21, 28, 35, 42, 49");
            case "custom:character_reverse":
                return ".ELGAE DLAB EHT SI LOBMYS";
            case "custom:sentence_alphabet": {
                StringBuilder story = new StringBuilder();
                for (char c = 'A'; c <= 'Z'; c++) {
                    story.append(c).append("nts run. ");
                }
                return story.toString();
            }
            case "custom:reverse_newline": {
                StringBuilder lines = new StringBuilder("Zimbabwe\n");
                for (int i = 0; i < 52; i++) {
                    lines.append("Country ")
                            .append((char) ('Z' - i / 26))
                            .append((char) ('z' - i % 26))
                            .append('\n');
                }
                return lines.toString();
            }
            case "custom:mcq_count_length": {
                StringBuilder text = new StringBuilder();
                String[] questions = {"Who?", "Who is it?", "Who painted it?", "Who painted the mural?"};
                for (int q = 0; q < 4; q++) {
                    text.append("Question ")
                            .append(q + 1)
                            .append(": ")
                            .append(questions[q])
                            .append('\n');
                    for (char option = 'A'; option <= 'E'; option++) {
                        text.append(option).append(". Option\n");
                    }
                }
                return text.toString();
            }
            case "custom:word_reverse":
                return "Eagle bald the is symbol The.";
            default:
                return null;
        }
    }

    private static String perturb(String text, Random random) {
        StringBuilder out = new StringBuilder(text);
        int edits = 1 + random.nextInt(2);
        for (int e = 0; e < edits && out.length() > 1; e++) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(6)) {
                case 0 -> out.deleteCharAt(at);
                case 1 -> out.insert(at, out.charAt(at));
                case 2 -> out.insert(at, pick(random, " ", "\n", ",", ".", "\"", "*", "\u00a0", "\t"));
                case 3 -> out.setCharAt(at, Character.toUpperCase(out.charAt(at)));
                case 4 -> out.append(pick(random, "\n", " ", ".", "\n\n", "!"));
                default -> out.insert(0, pick(random, " ", "\n", "Sure:\n", "**"));
            }
        }
        return out.toString();
    }

    private static String pick(Random random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    static List<String> all(String id, JsonNode kwargs, Random random, int count) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = of(id, kwargs, random);
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }
}
