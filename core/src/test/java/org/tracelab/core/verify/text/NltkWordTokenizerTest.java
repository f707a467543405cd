package org.tracelab.core.verify.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.core.testing.ReferencePython;
import org.tracelab.core.testing.SharedData;

class NltkWordTokenizerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The whole stripped text as one sentence, so tests do not depend on Punkt. */
    private static final SentenceSplitter ONE_SENTENCE = new SentenceSplitter() {
        @Override
        public List<Span> sentences(String text) {
            int start = PythonStrings.stripStart(text);
            int end = PythonStrings.stripEnd(text, start);
            return start == end ? List.of() : List.of(new Span(start, end));
        }

        @Override
        public String description() {
            return "whole text (test)";
        }

        @Override
        public boolean exact() {
            return false;
        }
    };

    /** Splits after every ". ", enough to check that offsets are shifted per sentence. */
    private static final SentenceSplitter PERIOD_SPACE = new SentenceSplitter() {
        @Override
        public List<Span> sentences(String text) {
            List<Span> spans = new ArrayList<>();
            int start = 0;
            for (int dot = text.indexOf(". "); dot >= 0; dot = text.indexOf(". ", start)) {
                spans.add(new Span(start, dot + 1));
                start = dot + 2;
            }
            spans.add(new Span(start, text.length()));
            return spans;
        }

        @Override
        public String description() {
            return "split on '. ' (test)";
        }

        @Override
        public boolean exact() {
            return false;
        }
    };

    private final NltkWordTokenizer tokenizer = new NltkWordTokenizer(ONE_SENTENCE);

    private List<String> words(String text) {
        return tokenizer.tokens(text).stream().map(WordTokenizer.Token::text).toList();
    }

    private List<String> upperWords(String text) {
        return words(text).stream().filter(PythonStrings::isUpper).toList();
    }

    @Test
    void splitsSentenceFinalPeriodButKeepsAbbreviations() {
        assertThat(words("I live in the U.S. and I like it."))
                .containsExactly("I", "live", "in", "the", "U.S.", "and", "I", "like", "it", ".");
        assertThat(upperWords("I live in the U.S. and I like it.")).containsExactly("I", "U.S.", "I");
    }

    @Test
    void splitsClitics() {
        assertThat(words("I'M here")).containsExactly("I", "'M", "here");
        assertThat(upperWords("I'M here")).containsExactly("I", "'M");
        assertThat(words("don't")).containsExactly("do", "n't");
        assertThat(words("DON'T stop, they'll see")).containsExactly("DO", "N'T", "stop", ",", "they", "'ll", "see");
        assertThat(words("John's car")).containsExactly("John", "'s", "car");
    }

    @Test
    void splitsCannotButNotCan() {
        assertThat(words("I can't and I cannot")).containsExactly("I", "ca", "n't", "and", "I", "can", "not");
        assertThat(words("CANNOT gonna")).containsExactly("CAN", "NOT", "gon", "na");
        assertThat(words("cannoted")).containsExactly("cannoted");
    }

    @Test
    void rewritesDoubleQuotesAndPointsAtTheOriginalCharacter() {
        String text = "\"Hello,\" she said \"NOW\".";
        List<WordTokenizer.Token> tokens = tokenizer.tokens(text);
        assertThat(tokens)
                .extracting(WordTokenizer.Token::text)
                .containsExactly("``", "Hello", ",", "''", "she", "said", "``", "NOW", "''", ".");
        assertThat(tokens.get(0)).isEqualTo(new WordTokenizer.Token("``", 0, 1));
        assertThat(tokens.get(3)).isEqualTo(new WordTokenizer.Token("''", 7, 8));
        assertThat(tokens.get(6)).isEqualTo(new WordTokenizer.Token("``", 18, 19));
        assertThat(tokens.get(7)).isEqualTo(new WordTokenizer.Token("NOW", 19, 22));
        assertThat(tokens.get(8)).isEqualTo(new WordTokenizer.Token("''", 22, 23));
        assertThat(tokens.get(9)).isEqualTo(new WordTokenizer.Token(".", 23, 24));
    }

    @Test
    void offsetsCoverTheSourceOfEveryToken() {
        String text = "  Hi (THERE) -- we're done... ok?  ";
        for (WordTokenizer.Token token : tokenizer.tokens(text)) {
            assertThat(text.substring(token.start(), token.end())).isEqualTo(token.text());
        }
    }

    @Test
    void shiftsOffsetsPerSentence() {
        String text = "NASA flew. Then ESA did.";
        List<WordTokenizer.Token> tokens = new NltkWordTokenizer(PERIOD_SPACE).tokens(text);
        assertThat(tokens)
                .extracting(WordTokenizer.Token::text)
                .containsExactly("NASA", "flew", ".", "Then", "ESA", "did", ".");
        assertThat(tokens.get(4)).isEqualTo(new WordTokenizer.Token("ESA", 16, 19));
        assertThat(tokens.get(2)).isEqualTo(new WordTokenizer.Token(".", 9, 10));
    }

    @Test
    void punctuationIsNeverUpperCase() {
        assertThat(upperWords("!!! ... -- ?! ; @ # $ % & * ( ) [ ] { } < > \" ' `` :"))
                .isEmpty();
        assertThat(upperWords("OK, FINE: NO!")).containsExactly("OK", "FINE", "NO");
    }

    @Test
    void blankTextHasNoTokens() {
        assertThat(tokenizer.tokens("")).isEmpty();
        assertThat(tokenizer.tokens(" \n\u00a0")).isEmpty();
    }

    @Test
    void agreesWithNltkOnSingleSentences(@TempDir Path temp) throws Exception {
        ReferencePython.require("nltk.tokenize.destructive", "python3-nltk");
        Set<String> texts = new LinkedHashSet<>();
        for (String response : sharedTexts()) {
            texts.add(response);
            for (String line : response.split("\n", -1)) {
                texts.addAll(List.of(line.split("(?<=[.!?]) ")));
            }
        }
        texts.addAll(edgeCases());
        texts.addAll(randomTexts(4000, new Random(42)));

        List<String> inputs = new ArrayList<>(texts);
        Process reference = startReference(inputs, temp);
        List<List<String>> actuals = new ArrayList<>();
        for (String text : inputs) {
            List<WordTokenizer.Token> tokens = new ArrayList<>();
            NltkWordTokenizer.tokenizeSentence(text, 0, text.length(), tokens);
            actuals.add(tokens.stream().map(WordTokenizer.Token::text).toList());
        }
        List<List<String>> expected = readReference(reference, inputs.size(), temp);
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String text = inputs.get(i);
            List<String> actual = actuals.get(i);
            if (!actual.equals(expected.get(i))) {
                differences.add(JSON.writeValueAsString(text) + "\n  nltk: " + expected.get(i) + "\n  java: " + actual);
            }
        }
        System.out.printf(
                "NltkWordTokenizer vs NLTK 3.8: %d/%d texts identical%n",
                inputs.size() - differences.size(), inputs.size());
        assertThat(differences)
                .as(
                        "texts tokenized differently from NLTK:\n%s",
                        String.join("\n", differences.subList(0, Math.min(30, differences.size()))))
                .isEmpty();
    }

    private static List<String> sharedTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        Path responses = SharedData.require("data/ifeval/responses_gpt4.jsonl");
        readField(responses, "response", texts);
        Path wasmagent = SharedData.require("data/wasmagent");
        try (Stream<Path> runs = Files.walk(wasmagent)) {
            for (Path run : runs.filter(p -> p.getFileName().toString().equals("runs.jsonl"))
                    .sorted()
                    .toList()) {
                readField(run, "artifact", texts);
            }
        }
        return texts;
    }

    private static void readField(Path jsonl, String field, List<String> out) throws IOException {
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode value = JSON.readTree(line).get(field);
                if (value != null && value.isTextual()) {
                    out.add(value.asText());
                }
            }
        }
    }

    private static List<String> edgeCases() {
        return List.of(
                "",
                " ",
                "\"",
                "\"\"",
                "''",
                "``",
                "'",
                "a'",
                "'a",
                "'tis",
                "'Tis 'twas",
                "d'ye",
                "more'n",
                "wanna go",
                "wanna",
                "gimme lemme gotta",
                "CAN'T WON'T",
                "O'Neil's",
                "rock 'n' roll",
                "He said, 'hi there' today.",
                "(see: http://x.y/z?a=1,2)",
                "3,000 and 3:30, ok:",
                "a:b",
                "The end.\"",
                "The end.\")",
                "Wait...",
                "Wait... what?!",
                "1.5. Next.",
                "e.g. this.",
                "\u201cQuoted\u201d and \u2018single\u2019 and \u00abguillemets\u00bb \u201elow\u201c",
                "It\u2019s \u2019s",
                "**Bold**",
                "*italic* text",
                "--dash--",
                "a--b---c",
                "x -- y",
                "<<title>>",
                "[1] {2} <3>",
                "#tag @user $5 50% A&B;",
                "\tTab\u001cSep\u00a0NBSP\u2003em",
                "caf\u00e9 na\u00efve \u00c9COLE",
                "\ud835\udc00\ud835\udc01 maths'\ud835\udc00 x",
                "\u0130STANBUL \u01c5 title",
                "Mr. Smith. Dr.",
                "end .",
                ". start",
                "..",
                "a.",
                "A. B.",
                "\"A\" \"B\"",
                "x\"y\"z",
                "''Double'' single",
                "`single` ``double''",
                "I'M\nYOU'RE\n",
                "ends with newline.\n",
                "colon at end:\n",
                "CAN'T.\n\n",
                "don't\"",
                "'s 'S 'm 'd 'll",
                "they'LL we'Re",
                "ok'",
                "ok' then",
                "' x",
                "'' x",
                "x ''",
                "caN't",
                "\u00bd, \u0663,4");
    }

    /** Short strings over the characters the rules care about, to exercise rule interactions. */
    private static List<String> randomTexts(int count, Random random) {
        String[] alphabet = {
            "a",
            "b",
            "I",
            "M",
            "S",
            "n",
            "t",
            "T",
            "e",
            "s",
            "d",
            "r",
            "v",
            "l",
            "o",
            "c",
            "w",
            "g",
            "m",
            " ",
            " ",
            " ",
            "\n",
            ".",
            ".",
            ",",
            ":",
            ";",
            "'",
            "'",
            "\"",
            "`",
            "-",
            "?",
            "!",
            "(",
            ")",
            "[",
            "<",
            ">",
            "{",
            "*",
            "@",
            "$",
            "3",
            "\u00e9",
            "\u201c",
            "\u201d",
            "\u2019",
            "\u2018",
            "\u00ab",
            "\u00bb",
            "\u201e",
            "\u00a0",
            "\u2003",
            "\ud835\udc00",
            "\u0663",
            "_",
            "can",
            "not",
            "n't",
            "N'T",
            "'s",
            "'ll",
            "gon",
            "na",
            "wan",
            "'t",
            "is",
            "was",
            "more",
            "'n"
        };
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(14);
            for (int k = 0; k < length; k++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            texts.add(text.toString());
        }
        return texts;
    }

    /** Starts word_reference.py once over all inputs; it runs while the Java side tokenizes. */
    private static Process startReference(List<String> inputs, Path temp) throws Exception {
        Path script = Path.of(NltkWordTokenizerTest.class
                .getResource("/difftest/word_reference.py")
                .toURI());
        Path input = temp.resolve("word-inputs.jsonl");
        try (BufferedWriter writer = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (String text : inputs) {
                writer.write(JSON.writeValueAsString(java.util.Map.of("text", text)));
                writer.write('\n');
            }
        }
        return new ProcessBuilder(ReferencePython.EXECUTABLE.toString(), script.toString(), input.toString())
                .redirectError(temp.resolve("word-stderr.txt").toFile())
                .redirectOutput(temp.resolve("word-output.jsonl").toFile())
                .start();
    }

    /** One token list per input, in input order. */
    private static List<List<String>> readReference(Process process, int count, Path temp) throws Exception {
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as(Files.readString(temp.resolve("word-stderr.txt")))
                .isZero();
        List<List<String>> results = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(temp.resolve("word-output.jsonl"))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                List<String> tokens = new ArrayList<>();
                JSON.readTree(line).forEach(token -> tokens.add(token.asText()));
                results.add(tokens);
            }
        }
        assertThat(results).hasSize(count);
        return results;
    }
}
