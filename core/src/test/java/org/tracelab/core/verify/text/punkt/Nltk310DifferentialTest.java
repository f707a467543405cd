package org.tracelab.core.verify.text.punkt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.core.testing.ReferencePython;
import org.tracelab.core.testing.SharedData;
import org.tracelab.core.verify.LooseVariant;
import org.tracelab.core.verify.text.AveragedPerceptronTagger;
import org.tracelab.core.verify.text.NltkVersion;
import org.tracelab.core.verify.text.NltkWordTokenizer;
import org.tracelab.core.verify.text.Span;
import org.tracelab.core.verify.text.WordTokenizer;

/**
 * The NLTK 3.10 variants against NLTK itself: Debian's NLTK 3.8 patched with the four rules NLTK 3.10.3 changed
 * (as the IFBench semantics file lists them), run once over the IFBench sample responses and their loose
 * variants, the IFBench prompts, the IFEval GPT-4 responses, the WasmAgent artifacts and generated texts rich in
 * curly quotes, dashes and apostrophes. Compares sentence spans, word tokens and the first token's tag.
 */
class Nltk310DifferentialTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path nltkData;
    private static List<String> texts;
    private static List<JsonNode> reference;

    @BeforeAll
    static void runReference(@TempDir Path tmp) throws IOException, InterruptedException {
        nltkData = SharedData.require("data/nltk_data");
        Path ifbench = SharedData.require("data/ifbench");
        ReferencePython.require("nltk.tag.perceptron", "python3-nltk");
        Set<String> unique = new LinkedHashSet<>();
        for (String response : field(ifbench.resolve("sample_output.jsonl"), "response")) {
            unique.addAll(List.of(LooseVariant.textsOf(response)));
        }
        unique.addAll(field(ifbench.resolve("IFBench_test.jsonl"), "prompt"));
        unique.addAll(field(SharedData.require("data/ifeval/responses_gpt4.jsonl"), "response"));
        try (Stream<Path> runs = Files.walk(SharedData.require("data/wasmagent"))) {
            for (Path run : runs.filter(p -> p.getFileName().toString().equals("runs.jsonl"))
                    .sorted()
                    .toList()) {
                unique.addAll(field(run, "artifact"));
            }
        }
        unique.addAll(EdgeCaseTexts.all(1500));
        unique.addAll(quoteAndDashTexts(3000, new Random(310)));
        texts = new ArrayList<>(unique);
        reference = runScript(tmp, texts);
    }

    @Test
    void punktSentencesAgreeWithNltk310() {
        PunktSentenceSplitter splitter =
                PunktSentenceSplitter.fromNltkData(nltkData).withVersion(NltkVersion.V3_10);
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            List<Span> expected = new ArrayList<>();
            reference
                    .get(i)
                    .get("sentences")
                    .forEach(p ->
                            expected.add(new Span(p.get(0).asInt(), p.get(1).asInt())));
            List<Span> actual = splitter.sentences(texts.get(i));
            if (!actual.equals(expected)) {
                differences.add(json(texts.get(i)) + "\n  nltk: " + expected + "\n  java: " + actual);
            }
        }
        System.out.printf(
                "Punkt (NLTK 3.10 rules) vs NLTK: %d/%d texts identical%n",
                texts.size() - differences.size(), texts.size());
        assertThat(differences).as(first(differences)).isEmpty();
    }

    @Test
    void wordTokensAgreeWithNltk310() {
        PunktSentenceSplitter splitter =
                PunktSentenceSplitter.fromNltkData(nltkData).withVersion(NltkVersion.V3_10);
        NltkWordTokenizer tokenizer = new NltkWordTokenizer(splitter, NltkVersion.V3_10);
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            List<String> expected = new ArrayList<>();
            reference.get(i).get("tokens").forEach(t -> expected.add(t.asText()));
            List<String> actual = tokenizer.tokens(texts.get(i)).stream()
                    .map(WordTokenizer.Token::text)
                    .toList();
            if (!actual.equals(expected)) {
                differences.add(json(texts.get(i)) + "\n  nltk: " + expected + "\n  java: " + actual);
            }
        }
        System.out.printf(
                "word_tokenize (NLTK 3.10 rules) vs NLTK: %d/%d texts identical%n",
                texts.size() - differences.size(), texts.size());
        assertThat(differences).as(first(differences)).isEmpty();
    }

    @Test
    void firstTokenTagsAgreeWithNltk() {
        AveragedPerceptronTagger tagger = AveragedPerceptronTagger.load(nltkData);
        assertThat(tagger.featureCount()).isEqualTo(75_447);
        assertThat(tagger.tagDictionarySize()).isEqualTo(1_549);
        List<String> differences = new ArrayList<>();
        int tagged = 0;
        for (int i = 0; i < texts.size(); i++) {
            JsonNode tokens = reference.get(i).get("tokens");
            if (tokens.isEmpty()) {
                continue;
            }
            List<String> firstThree = new ArrayList<>();
            for (int k = 0; k < Math.min(3, tokens.size()); k++) {
                firstThree.add(tokens.get(k).asText());
            }
            tagged++;
            String expected = reference.get(i).get("tag0").asText();
            String actual = tagger.firstTag(firstThree);
            if (!actual.equals(expected)) {
                differences.add(firstThree + " nltk " + expected + ", java " + actual);
            }
        }
        System.out.printf("first-token tags vs NLTK: %d/%d identical%n", tagged - differences.size(), tagged);
        assertThat(differences).as(first(differences)).isEmpty();
    }

    /** Short texts over the characters NLTK 3.10 treats differently, mixed with sentence enders and words. */
    private static List<String> quoteAndDashTexts(int count, Random random) {
        String[] pieces = {
            "Hello",
            "it",
            "'tis",
            "'hello",
            "'s",
            "n't",
            "'re",
            "rock",
            "'n'",
            "roll",
            "A.",
            "Mr.",
            "\u201c",
            "\u201d",
            "\u2018",
            "\u2019",
            "\u00ab",
            "\u00bb",
            "\u2012",
            "\u2013",
            "\u2014",
            "\u2015",
            "--",
            ".",
            ". ",
            "! ",
            "? ",
            "?!",
            "...",
            " ",
            " ",
            "\n",
            "\"",
            "'",
            "''",
            "(",
            ")",
            "e.g.",
            "3.5",
            "end.",
            "\u2019tis",
            "O'Neil",
            "don't",
            "'90s",
            "'Hello,'",
            "caf\u00e9",
            "\ud83d\ude00",
            "x"
        };
        List<String> generated = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(16);
            for (int k = 0; k < length; k++) {
                text.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextInt(3) == 0) {
                    text.append(' ');
                }
            }
            generated.add(text.toString());
        }
        return generated;
    }

    private static List<JsonNode> runScript(Path tmp, List<String> inputs) throws IOException, InterruptedException {
        Path script = tmp.resolve("nltk310_reference.py");
        try (InputStream resource =
                Nltk310DifferentialTest.class.getResourceAsStream("/difftest/nltk310_reference.py")) {
            assertThat(resource).isNotNull();
            Files.copy(resource, script, StandardCopyOption.REPLACE_EXISTING);
        }
        Path input = tmp.resolve("texts.jsonl");
        List<String> lines = new ArrayList<>(inputs.size());
        for (String text : inputs) {
            lines.add(JSON.writeValueAsString(text));
        }
        Files.write(input, lines, StandardCharsets.UTF_8);
        Path output = tmp.resolve("results.jsonl");
        Path errors = tmp.resolve("stderr.txt");
        Process process = new ProcessBuilder(
                        ReferencePython.EXECUTABLE.toString(), script.toString(), nltkData.toString())
                .redirectInput(input.toFile())
                .redirectOutput(output.toFile())
                .redirectError(errors.toFile())
                .start();
        boolean finished = process.waitFor(300, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished && process.exitValue() == 0)
                .as("reference script failed: %s", Files.readString(errors))
                .isTrue();
        List<JsonNode> results = new ArrayList<>();
        for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
            results.add(JSON.readTree(line));
        }
        assertThat(results).hasSameSizeAs(inputs);
        return results;
    }

    private static List<String> field(Path jsonl, String name) throws IOException {
        List<String> values = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode value = JSON.readTree(line).get(name);
                if (value != null && value.isTextual()) {
                    values.add(value.asText());
                }
            }
        }
        return values;
    }

    private static String json(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String first(List<String> differences) {
        return "differences (first 20 of " + differences.size() + "):\n"
                + String.join("\n", differences.subList(0, Math.min(20, differences.size())));
    }
}
