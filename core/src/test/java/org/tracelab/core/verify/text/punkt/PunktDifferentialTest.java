package org.tracelab.core.verify.text.punkt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.core.testing.ReferencePython;
import org.tracelab.core.testing.SharedData;
import org.tracelab.core.verify.text.Span;

/**
 * Compares the Java splitters with NLTK 3.8 itself (Debian's python3-nltk, run once for all texts) on the
 * GPT-4 IFEval responses, the WasmAgent artifacts and generated edge cases.
 */
class PunktDifferentialTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Measured 99.4 % on the GPT-4 responses and WasmAgent artifacts; generated edge cases are reported only. */
    private static final double BUILT_IN_MIN_COUNT_AGREEMENT = 0.98;

    private static Path nltkData;
    private static List<String> texts;
    /** Which corpus each text came from, for the per-corpus figures. */
    private static List<String> corpus;

    private static List<List<Span>> reference;

    @BeforeAll
    static void runNltk(@TempDir Path tmp) throws IOException, InterruptedException {
        nltkData = SharedData.require("data/nltk_data");
        Path ifeval = SharedData.require("data/ifeval/responses_gpt4.jsonl");
        Path wasmagent = SharedData.require("data/wasmagent");
        ReferencePython.require("nltk.tokenize.punkt", "python3-nltk");

        texts = new ArrayList<>();
        corpus = new ArrayList<>();
        readField(ifeval, "response", texts);
        label("ifeval-gpt4");
        try (DirectoryStream<Path> runs = Files.newDirectoryStream(wasmagent)) {
            List<Path> sorted = new ArrayList<>();
            runs.forEach(sorted::add);
            sorted.sort(null);
            for (Path run : sorted) {
                Path file = run.resolve("runs.jsonl");
                if (Files.isRegularFile(file)) {
                    readField(file, "artifact", texts);
                }
            }
        }
        label("wasmagent");
        texts.addAll(EdgeCaseTexts.all(3000));
        label("generated");
        reference = nltkSpans(tmp, texts);
    }

    @Test
    void punktWithNltkParametersAgreesExactly() {
        PunktSentenceSplitter splitter = PunktSentenceSplitter.fromNltkData(nltkData);
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            List<Span> actual = splitter.sentences(texts.get(i));
            if (!actual.equals(reference.get(i))) {
                disagreements.add("text " + i + " " + JSON.valueToTree(texts.get(i)) + "\n  nltk: " + reference.get(i)
                        + "\n  java: " + actual);
            }
        }
        System.out.printf(
                "Punkt (NLTK parameters): %d/%d texts with identical spans%n",
                texts.size() - disagreements.size(), texts.size());
        assertThat(disagreements).as("texts where Java Punkt differs from NLTK").isEmpty();
    }

    @Test
    void builtInSplitterCountsMostlyAgreeOnRealResponses() {
        BuiltInSentenceSplitter splitter = new BuiltInSentenceSplitter();
        Map<String, int[]> byCorpus = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            List<Span> actual = splitter.sentences(texts.get(i));
            int[] counts = byCorpus.computeIfAbsent(corpus.get(i), c -> new int[3]);
            counts[0]++;
            counts[1] += actual.size() == reference.get(i).size() ? 1 : 0;
            counts[2] += actual.equals(reference.get(i)) ? 1 : 0;
        }
        int real = 0;
        int realSameCount = 0;
        for (Map.Entry<String, int[]> entry : byCorpus.entrySet()) {
            int[] c = entry.getValue();
            System.out.printf(
                    "Built-in splitter on %s: sentence count agrees on %d/%d texts (%.2f%%), "
                            + "identical spans on %d%n",
                    entry.getKey(), c[1], c[0], 100.0 * c[1] / c[0], c[2]);
            if (!entry.getKey().equals("generated")) {
                real += c[0];
                realSameCount += c[1];
            }
        }
        double agreement = (double) realSameCount / real;
        System.out.printf("Built-in splitter on real responses: %.2f%% sentence count agreement%n", 100 * agreement);
        assertThat(agreement).isGreaterThanOrEqualTo(BUILT_IN_MIN_COUNT_AGREEMENT);
    }

    private static void label(String name) {
        while (corpus.size() < texts.size()) {
            corpus.add(name);
        }
    }

    private static void readField(Path jsonl, String field, List<String> into) throws IOException {
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode value = JSON.readTree(line).get(field);
                if (value != null && value.isTextual()) {
                    into.add(value.asText());
                }
            }
        }
    }

    /** Runs the reference script once; it reads one JSON string per line and prints one span list per line. */
    private static List<List<Span>> nltkSpans(Path tmp, List<String> inputs) throws IOException, InterruptedException {
        Path script = tmp.resolve("punkt_reference.py");
        try (InputStream resource = PunktDifferentialTest.class.getResourceAsStream("/difftest/punkt_reference.py")) {
            assertThat(resource)
                    .as("difftest/punkt_reference.py on the test class path")
                    .isNotNull();
            Files.copy(resource, script, StandardCopyOption.REPLACE_EXISTING);
        }
        Path input = tmp.resolve("texts.jsonl");
        Path output = tmp.resolve("spans.jsonl");
        Path errors = tmp.resolve("stderr.txt");
        List<String> lines = new ArrayList<>(inputs.size());
        for (String text : inputs) {
            lines.add(JSON.writeValueAsString(text));
        }
        Files.write(input, lines, StandardCharsets.UTF_8);
        Path englishDir = PunktParameters.englishDirectory(nltkData);
        Process process = new ProcessBuilder(
                        ReferencePython.EXECUTABLE.toString(), script.toString(), englishDir.toString())
                .redirectInput(input.toFile())
                .redirectOutput(output.toFile())
                .redirectError(errors.toFile())
                .start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished && process.exitValue() == 0)
                .as("reference script failed: %s", Files.readString(errors))
                .isTrue();

        List<List<Span>> spans = new ArrayList<>(inputs.size());
        for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
            List<Span> sentences = new ArrayList<>();
            for (JsonNode pair : JSON.readTree(line)) {
                sentences.add(new Span(pair.get(0).asInt(), pair.get(1).asInt()));
            }
            spans.add(sentences);
        }
        assertThat(spans).hasSameSizeAs(inputs);
        return spans;
    }
}
