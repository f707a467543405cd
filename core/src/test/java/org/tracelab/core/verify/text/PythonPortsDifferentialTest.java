package org.tracelab.core.verify.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.core.testing.ReferencePython;

/**
 * The Python ports against CPython 3.11 itself (the reference checker's interpreter): {@code csv.reader} on
 * generated CSV-like texts, and {@code str.isdigit}, {@code isalnum} and {@code isspace} on every code point the
 * JDK's Unicode version assigns (CPython 3.11 knows Unicode 14.0; newer characters may differ).
 */
class PythonPortsDifferentialTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void csvReaderAgreesWithPython(@TempDir Path tmp) throws Exception {
        ReferencePython.require("csv", "python3");
        List<String> texts = csvTexts(4000, new Random(44));
        texts.addAll(List.of(
                "",
                "\n",
                "a\n",
                "a\n\n",
                "a\r\n",
                "a\rb",
                "\"a\nb\"\nc",
                "\"unterminated\nx",
                "\"a\"b,c",
                "a, b",
                "b\"c,d",
                "\"\"",
                "\"\"\"x\"\"\"",
                ",,",
                "a,\n",
                "\r\n\r\n",
                "x\ry\n",
                "\"q\"\r\nz"));
        Path input = tmp.resolve("csv.jsonl");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            lines.add(JSON.writeValueAsString(Map.of("text", texts.get(i), "delimiter", i % 2 == 0 ? "," : "\t")));
        }
        Files.write(input, lines, StandardCharsets.UTF_8);
        List<JsonNode> expected = run(tmp, "csv", input.toString());
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            char delimiter = i % 2 == 0 ? ',' : '\t';
            String actual;
            try {
                actual = JSON.writeValueAsString(Map.of("rows", PythonCsv.read(texts.get(i), delimiter)));
            } catch (PythonCsv.CsvException e) {
                actual = "error";
            }
            String wanted =
                    expected.get(i).has("error") ? "error" : expected.get(i).toString();
            if (!JSON.readTree(actual.equals("error") ? "\"error\"" : actual)
                    .equals(JSON.readTree(wanted.equals("error") ? "\"error\"" : wanted))) {
                differences.add(
                        JSON.writeValueAsString(texts.get(i)) + "\n  python: " + wanted + "\n  java:   " + actual);
            }
        }
        System.out.printf(
                "csv.reader: %d/%d texts read identically%n", texts.size() - differences.size(), texts.size());
        assertThat(differences)
                .as(String.join("\n", differences.subList(0, Math.min(10, differences.size()))))
                .isEmpty();
    }

    @Test
    void characterPredicatesAgreeWithPythonOnEveryAssignedCodePoint(@TempDir Path tmp) throws Exception {
        ReferencePython.require("unicodedata", "python3");
        JsonNode sets = run(tmp, "chars").get(0);
        assertThat(sets.get("version").asText()).isEqualTo("14.0.0");
        assertThat(mismatches(sets.get("isdigit"), PythonStrings::isDigit))
                .as("isdigit")
                .isEmpty();
        assertThat(mismatches(sets.get("isalnum"), PythonStrings::isAlnum))
                .as("isalnum")
                .isEmpty();
        assertThat(mismatches(sets.get("isspace"), PythonStrings::isSpace))
                .as("isspace")
                .isEmpty();
    }

    /** Code points the JDK assigns where Java and Python disagree. */
    private static List<String> mismatches(JsonNode pythonTrue, IntPredicate java) {
        BitSet python = new BitSet(0x110000);
        pythonTrue.forEach(cp -> python.set(cp.asInt()));
        List<String> mismatches = new ArrayList<>();
        for (int cp = 0; cp < 0x110000; cp++) {
            if (Character.getType(cp) != Character.UNASSIGNED && python.get(cp) != java.test(cp)) {
                mismatches.add(String.format("U+%04X python %s", cp, python.get(cp)));
            }
        }
        return mismatches;
    }

    private static List<String> csvTexts(int count, Random random) {
        String[] pieces = {
            "a", "bc", "ID", "\"", "\"\"", ",", ",", "\t", "\n", "\n", "\r\n", "\r", " ", "x y", "1", "\"q,r\"", "é"
        };
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int k = 0; k < length; k++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            texts.add(text.toString());
        }
        return texts;
    }

    private static List<JsonNode> run(Path tmp, String... args) throws Exception {
        Path script = Path.of(PythonPortsDifferentialTest.class
                .getResource("/difftest/python_ports_reference.py")
                .toURI());
        List<String> command = new ArrayList<>(List.of(ReferencePython.EXECUTABLE.toString(), script.toString()));
        command.addAll(List.of(args));
        Path output = tmp.resolve("out-" + args[0] + ".jsonl");
        Path errors = tmp.resolve("err-" + args[0] + ".txt");
        Process process = new ProcessBuilder(command)
                .redirectOutput(output.toFile())
                .redirectError(errors.toFile())
                .start();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(errors)).isZero();
        List<JsonNode> results = new ArrayList<>();
        for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
            results.add(JSON.readTree(line));
        }
        return results;
    }
}
