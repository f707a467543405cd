package org.tracelab.core.verify.ifeval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracelab.core.verify.constraint.KwargsSampler;
import org.tracelab.core.verify.constraint.Relation;

/**
 * The ranges the task composer draws IFEval kwargs from. The ranges are ours, chosen so a capable model can
 * follow every combination the conflict table allows within a typical 1,024-token answer; the word lists are
 * ours too (everyday words, so a constraint reads naturally beside most prompts).
 */
final class IfevalSamplers {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Everyday nouns for keywords that must appear. */
    static final List<String> KEYWORDS = List.of(
            "balance",
            "bridge",
            "budget",
            "calendar",
            "candle",
            "compass",
            "garden",
            "harbor",
            "journey",
            "kitchen",
            "lantern",
            "library",
            "market",
            "meadow",
            "mirror",
            "morning",
            "notebook",
            "orchard",
            "pattern",
            "pocket",
            "puzzle",
            "river",
            "schedule",
            "season",
            "shadow",
            "signal",
            "station",
            "storm",
            "summit",
            "teacher",
            "thread",
            "ticket",
            "timber",
            "village",
            "window",
            "winter");
    /** Filler and vague words a researcher may want kept out of an answer. */
    static final List<String> FORBIDDEN = List.of(
            "actually",
            "basically",
            "literally",
            "really",
            "very",
            "just",
            "stuff",
            "thing",
            "things",
            "nice",
            "awesome",
            "amazing",
            "obviously",
            "simply",
            "totally",
            "huge");
    /** Codes langdetect reports, for languages most instruction-tuned models write. */
    static final List<String> LANGUAGES = List.of("de", "es", "fr", "it", "nl", "pt", "sv", "pl", "tr", "id");

    static final List<String> END_PHRASES = List.of(
            "Is there anything else I can help with?",
            "Let me know if you have additional questions.",
            "Any other questions?",
            "That is all for now.",
            "Thanks for reading.");
    static final List<String> SECTION_MARKERS = List.of("Section", "SECTION", "Part", "PART", "Step");
    static final List<String> FIRST_WORDS = List.of(
            "first", "however", "finally", "meanwhile", "overall", "today", "instead", "therefore", "next", "still");
    private static final Pattern CONTENT_WORD = Pattern.compile("\\b[a-zA-Z]{6,}\\b");

    private IfevalSamplers() {}

    /** For types without kwargs. */
    static KwargsSampler none() {
        return sampler("no kwargs", (random, prompt) -> JSON.objectNode());
    }

    static KwargsSampler keywords() {
        return sampler(
                "keywords: 2 or 3 distinct words from a list of " + KEYWORDS.size() + " everyday nouns",
                (random, prompt) ->
                        JSON.objectNode().set("keywords", strings(pick(random, KEYWORDS, 2 + random.nextInt(2)))));
    }

    static KwargsSampler keywordFrequency() {
        return sampler(
                "keyword: a word of 6+ letters from the prompt (else an everyday noun); frequency: 2 to 4 "
                        + "with \"at least\", 2 to 3 with \"less than\"",
                (random, prompt) -> {
                    Relation relation = relation(random);
                    ObjectNode kwargs = JSON.objectNode();
                    kwargs.put("keyword", promptWord(random, prompt));
                    kwargs.put(
                            "frequency", relation == Relation.AT_LEAST ? 2 + random.nextInt(3) : 2 + random.nextInt(2));
                    kwargs.put("relation", relation.phrase());
                    return kwargs;
                });
    }

    static KwargsSampler forbiddenWords() {
        return sampler(
                "forbidden_words: 2 to 4 distinct words from a list of " + FORBIDDEN.size() + " filler words",
                (random, prompt) -> JSON.objectNode()
                        .set("forbidden_words", strings(pick(random, FORBIDDEN, 2 + random.nextInt(3)))));
    }

    static KwargsSampler letterFrequency() {
        return sampler(
                "letter: a to z; let_frequency: 5 to 20 with \"at least\", 5 to 20 with \"less than\" for the "
                        + "rare letters j, q, x, z only",
                (random, prompt) -> {
                    boolean lessThan = random.nextInt(4) == 0;
                    String letter = lessThan
                            ? pick(random, List.of("j", "q", "x", "z"), 1).get(0)
                            : String.valueOf((char) ('a' + random.nextInt(26)));
                    ObjectNode kwargs = JSON.objectNode();
                    kwargs.put("letter", letter);
                    kwargs.put("let_frequency", 5 + random.nextInt(16));
                    kwargs.put("let_relation", (lessThan ? Relation.LESS_THAN : Relation.AT_LEAST).phrase());
                    return kwargs;
                });
    }

    static KwargsSampler language() {
        return sampler(
                "language: one of " + String.join(", ", LANGUAGES),
                (random, prompt) -> JSON.objectNode()
                        .put("language", pick(random, LANGUAGES, 1).get(0)));
    }

    static KwargsSampler sentences() {
        return sampler("num_sentences: 3 to 15 with \"at least\", 4 to 12 with \"less than\"", (random, prompt) -> {
            Relation relation = relation(random);
            ObjectNode kwargs = JSON.objectNode();
            kwargs.put("num_sentences", relation == Relation.AT_LEAST ? 3 + random.nextInt(13) : 4 + random.nextInt(9));
            kwargs.put("relation", relation.phrase());
            return kwargs;
        });
    }

    static KwargsSampler words() {
        return sampler(
                "num_words: 100 to 400 in steps of 50 with \"at least\", 50 to 300 in steps of 50 with "
                        + "\"less than\"",
                (random, prompt) -> {
                    Relation relation = relation(random);
                    ObjectNode kwargs = JSON.objectNode();
                    kwargs.put(
                            "num_words",
                            relation == Relation.AT_LEAST ? 100 + 50 * random.nextInt(7) : 50 + 50 * random.nextInt(6));
                    kwargs.put("relation", relation.phrase());
                    return kwargs;
                });
    }

    static KwargsSampler paragraphs() {
        return sampler(
                "num_paragraphs: 2 to 5",
                (random, prompt) -> JSON.objectNode().put("num_paragraphs", 2 + random.nextInt(4)));
    }

    static KwargsSampler nthParagraphFirstWord() {
        return sampler(
                "num_paragraphs: 2 to 5; nth_paragraph: 1 to num_paragraphs; first_word: one of "
                        + String.join(", ", FIRST_WORDS),
                (random, prompt) -> {
                    int paragraphs = 2 + random.nextInt(4);
                    ObjectNode kwargs = JSON.objectNode();
                    kwargs.put("num_paragraphs", paragraphs);
                    kwargs.put("nth_paragraph", 1 + random.nextInt(paragraphs));
                    kwargs.put("first_word", pick(random, FIRST_WORDS, 1).get(0));
                    return kwargs;
                });
    }

    static KwargsSampler placeholders() {
        return sampler(
                "num_placeholders: 1 to 4",
                (random, prompt) -> JSON.objectNode().put("num_placeholders", 1 + random.nextInt(4)));
    }

    static KwargsSampler postscript() {
        return sampler(
                "postscript_marker: P.S. or P.P.S",
                (random, prompt) ->
                        JSON.objectNode().put("postscript_marker", random.nextBoolean() ? "P.S." : "P.P.S"));
    }

    static KwargsSampler bullets() {
        return sampler(
                "num_bullets: 2 to 6", (random, prompt) -> JSON.objectNode().put("num_bullets", 2 + random.nextInt(5)));
    }

    static KwargsSampler highlights() {
        return sampler(
                "num_highlights: 1 to 4",
                (random, prompt) -> JSON.objectNode().put("num_highlights", 1 + random.nextInt(4)));
    }

    static KwargsSampler sections() {
        return sampler(
                "section_spliter: one of " + String.join(", ", SECTION_MARKERS) + "; num_sections: 2 to 5",
                (random, prompt) -> {
                    ObjectNode kwargs = JSON.objectNode();
                    kwargs.put(
                            "section_spliter", pick(random, SECTION_MARKERS, 1).get(0));
                    kwargs.put("num_sections", 2 + random.nextInt(4));
                    return kwargs;
                });
    }

    static KwargsSampler repeatPrompt() {
        return sampler(
                "prompt_to_repeat: the base prompt itself",
                (random, prompt) -> JSON.objectNode().put("prompt_to_repeat", prompt));
    }

    static KwargsSampler endPhrase() {
        return sampler(
                "end_phrase: one of " + END_PHRASES.size() + " closing phrases",
                (random, prompt) -> JSON.objectNode()
                        .put("end_phrase", pick(random, END_PHRASES, 1).get(0)));
    }

    static KwargsSampler capitalWords() {
        return sampler("capital_frequency: 2 to 10 with \"at least\" or \"less than\"", (random, prompt) -> {
            ObjectNode kwargs = JSON.objectNode();
            kwargs.put("capital_frequency", 2 + random.nextInt(9));
            kwargs.put("capital_relation", relation(random).phrase());
            return kwargs;
        });
    }

    private static KwargsSampler sampler(String ranges, BiSampler draw) {
        return new KwargsSampler() {
            @Override
            public ObjectNode sample(RandomGenerator random, String basePrompt) {
                return draw.sample(random, basePrompt);
            }

            @Override
            public String ranges() {
                return ranges;
            }
        };
    }

    @FunctionalInterface
    private interface BiSampler {
        ObjectNode sample(RandomGenerator random, String basePrompt);
    }

    private static Relation relation(RandomGenerator random) {
        return random.nextBoolean() ? Relation.AT_LEAST : Relation.LESS_THAN;
    }

    /** {@code n} distinct elements of {@code from}, in drawing order. */
    static List<String> pick(RandomGenerator random, List<String> from, int n) {
        List<String> pool = new ArrayList<>(from);
        List<String> picked = new ArrayList<>(n);
        for (int i = 0; i < n && !pool.isEmpty(); i++) {
            picked.add(pool.remove(random.nextInt(pool.size())));
        }
        return picked;
    }

    /** A content word of the prompt (6+ ASCII letters, lower-cased), else an everyday noun. */
    private static String promptWord(RandomGenerator random, String prompt) {
        Set<String> words = new LinkedHashSet<>();
        Matcher matcher = CONTENT_WORD.matcher(prompt);
        while (matcher.find()) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        List<String> from = words.isEmpty() ? KEYWORDS : List.copyOf(words);
        return pick(random, from, 1).get(0);
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = JSON.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
