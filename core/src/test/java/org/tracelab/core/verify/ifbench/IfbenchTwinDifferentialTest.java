package org.tracelab.core.verify.ifbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.core.dataset.IfevalPromptsReader;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.testing.ReferencePython;
import org.tracelab.core.testing.SharedData;
import org.tracelab.core.verify.LooseVariant;
import org.tracelab.core.verify.Verifier;
import org.tracelab.core.verify.Verifiers;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;
import org.tracelab.core.verify.text.punkt.NltkData;

/**
 * Every IFBench instruction of the test file against a second implementation of the semantics file in Python
 * ({@code difftest/ifbench_twin.py}: CPython's own {@code str}, {@code re}, {@code csv}, NLTK 3.8 patched to 3.10),
 * on real responses (IFBench samples and their loose variants, IFEval GPT-4 answers, WasmAgent artifacts),
 * generated texts full of the characters the rules care about, and perturbed near-passing texts
 * ({@link NearPassTexts}). Where Python raises, the Java check must fail.
 * Both sides read the same specification, so this catches porting errors (Python string, regex and number
 * semantics in Java), not misreadings of the specification; the reference verdicts cover those.
 */
class IfbenchTwinDifferentialTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TEXTS_PER_INSTRUCTION = 70;

    @Test
    void everyInstructionAgreesWithThePythonTwin(@TempDir Path tmp) throws Exception {
        Path shared = SharedData.require();
        Path nltk = SharedData.require("data/nltk_data");
        ReferencePython.require("regex", "python3-regex");
        ReferencePython.require("nltk.tag.perceptron", "python3-nltk");
        List<IfevalTask> tasks = IfevalPromptsReader.read(shared.resolve("data/ifbench/IFBench_test.jsonl"));
        List<String> pool = textPool(shared);
        Random random = new Random(58);

        List<Instruction> instructions = new ArrayList<>();
        List<JsonNode> kwargs = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (IfevalTask task : tasks) {
            for (int i = 0; i < task.instructions().size(); i++) {
                List<String> cases = textsFor(task.instructions().get(i), pool, random);
                NearPassTexts.all(task.instructions().get(i).id(), task.kwargs().get(i), random, 40).stream()
                        .filter(text -> !PythonStrings.isBlank(text))
                        .forEach(cases::add);
                for (String text : cases) {
                    instructions.add(task.instructions().get(i));
                    kwargs.add(task.kwargs().get(i));
                    texts.add(text);
                }
            }
        }
        List<JsonNode> python = runTwin(tmp, shared, instructions, kwargs, texts);

        Verifier verifier = Verifiers.create(NltkData.resolve(nltk, Map.of(), nltk.resolve("no-home")));
        Map<String, int[]> byId = new TreeMap<>();
        List<String> differences = new ArrayList<>();
        for (int c = 0; c < texts.size(); c++) {
            Instruction instruction = instructions.get(c);
            boolean java = instruction
                    .check(new AnalyzedText(texts.get(c), verifier.services()))
                    .followed();
            JsonNode expected = python.get(c);
            boolean pythonFollowed = expected.path("followed").asBoolean(false);
            int[] counts = byId.computeIfAbsent(instruction.id(), id -> new int[3]);
            counts[0]++;
            counts[1] += pythonFollowed ? 1 : 0;
            if (java != pythonFollowed) {
                counts[2]++;
                differences.add(instruction.id() + " " + kwargs.get(c) + " " + JSON.writeValueAsString(texts.get(c))
                        + "\n  python " + expected + ", java " + java);
            }
        }
        byId.forEach(
                (id, n) -> System.out.printf("%-36s %5d cases %5d followed %3d differences%n", id, n[0], n[1], n[2]));
        System.out.printf("IFBench twin: %d/%d checks agree%n", texts.size() - differences.size(), texts.size());
        assertThat(byId).hasSize(58);
        assertThat(differences)
                .as(
                        "first differences:\n%s",
                        String.join("\n", differences.subList(0, Math.min(25, differences.size()))))
                .isEmpty();
    }

    /** A sample of the pool and texts generated for this instruction (non-blank only, as the harness checks). */
    private static List<String> textsFor(Instruction instruction, List<String> pool, Random random) {
        Set<String> texts = new LinkedHashSet<>();
        while (texts.size() < TEXTS_PER_INSTRUCTION) {
            String text = random.nextInt(3) == 0 ? generated(random) : pool.get(random.nextInt(pool.size()));
            if (!PythonStrings.isBlank(text)) {
                texts.add(text);
            }
        }
        return new ArrayList<>(texts);
    }

    private static final String[] PIECES = {
        "The",
        "the",
        "and",
        "And",
        "or,",
        "so",
        "Yet",
        "Emma",
        "Emma's",
        "Leonardo",
        "Leo",
        "3.14",
        "1,000",
        "2-3",
        "\u0661\u0662",
        "\u00b2",
        "?!",
        "!?",
        "\u203d",
        ".",
        ",",
        ";",
        ":",
        "!",
        "?",
        "...",
        "\u2026",
        "it's",
        "don't",
        "/",
        "\u6771\u4eac",
        "\u3072\u3089",
        "kaleidoscope",
        "nebula",
        "level",
        "racecar",
        "Noon",
        "abcba",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        "\"",
        "'",
        "\u201c",
        "\u201d",
        "\u2018",
        "\u2019",
        "\ud83d\ude00",
        "\u2600\ufe0f",
        "\u2764",
        "\n",
        "\n\n",
        "  ",
        "\t",
        "\u00a0",
        "*",
        "* ",
        "- ",
        "**bold**",
        "<i>",
        "</i>",
        "<em>",
        "</em>",
        "My Answer:",
        "My Conclusion:",
        "Future Outlook:",
        "Question 1:",
        "Question 2.",
        "A. x",
        "b) y",
        "E| z",
        "Zimbabwe",
        "Zambia",
        "\u00c9gypte",
        "eagle bald",
        "elgae dlab",
        "Reykjavik,",
        "Chi\u0219in\u0103u,",
        "ID,Country,City",
        "\"a,b\"",
        "1805-12-02",
        "1769-00-45",
        "\u0661\u0668\u0660\u0665-01-01",
        "14, 21, 28",
        "35,42,49",
        "yes",
        "no",
        "maybe",
        "I know",
        "I don't know",
        "a)",
        "b)",
        "Write",
        "Consider",
        "iPhone",
        "USA",
        "eBay",
        "x",
        "Go",
        "go",
        "vibrant",
        "giggle",
        "fleetness",
        "\u0130stanbul",
        "\u03a3\u039f\u03a3",
        "e\u0301t\u00e9",
        "\u00bd",
        "_",
        "\r",
        "!?!?",
        "SEPARATOR",
        "--",
        "\u2014",
        "'90s",
        "cat",
        "catalog"
    };

    private static String generated(Random random) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(24);
        for (int i = 0; i < length; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
            if (random.nextInt(3) > 0) {
                text.append(random.nextInt(6) == 0 ? "\n" : " ");
            }
        }
        return text.toString();
    }

    private static List<String> textPool(Path shared) throws IOException {
        Set<String> pool = new LinkedHashSet<>();
        for (String response : field(shared.resolve("data/ifbench/sample_output.jsonl"), "response")) {
            pool.addAll(List.of(LooseVariant.textsOf(response)));
        }
        pool.addAll(field(shared.resolve("data/ifeval/responses_gpt4.jsonl"), "response"));
        try (Stream<Path> runs = Files.walk(shared.resolve("data/wasmagent"))) {
            for (Path run : runs.filter(p -> p.getFileName().toString().equals("runs.jsonl"))
                    .sorted()
                    .limit(4)
                    .toList()) {
                pool.addAll(field(run, "artifact"));
            }
        }
        return new ArrayList<>(pool);
    }

    private static List<JsonNode> runTwin(
            Path tmp, Path shared, List<Instruction> instructions, List<JsonNode> kwargs, List<String> texts)
            throws Exception {
        Path dir = tmp.resolve("difftest");
        Files.createDirectories(dir);
        for (String script : List.of("ifbench_twin.py", "nltk310_reference.py")) {
            Files.copy(
                    Path.of(IfbenchTwinDifferentialTest.class
                            .getResource("/difftest/" + script)
                            .toURI()),
                    dir.resolve(script),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        Path input = tmp.resolve("cases.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (int c = 0; c < texts.size(); c++) {
                ObjectNode node = JSON.createObjectNode();
                node.put("id", instructions.get(c).id());
                node.set("kwargs", kwargs.get(c));
                node.put("text", texts.get(c));
                out.write(JSON.writeValueAsString(node));
                out.write('\n');
            }
        }
        Path output = tmp.resolve("verdicts.jsonl");
        Path errors = tmp.resolve("stderr.txt");
        Process process = new ProcessBuilder(
                        ReferencePython.EXECUTABLE.toString(),
                        dir.resolve("ifbench_twin.py").toString(),
                        shared.toString())
                .redirectInput(input.toFile())
                .redirectOutput(output.toFile())
                .redirectError(errors.toFile())
                .start();
        boolean finished = process.waitFor(600, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished && process.exitValue() == 0)
                .as("twin failed: %s", Files.readString(errors))
                .isTrue();
        List<JsonNode> results = new ArrayList<>();
        for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
            results.add(JSON.readTree(line));
        }
        assertThat(results).hasSameSizeAs(texts);
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
}
