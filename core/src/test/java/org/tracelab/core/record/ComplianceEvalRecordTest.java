package org.tracelab.core.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.core.io.InputProblem;
import org.tracelab.core.io.InputProblemException;
import org.tracelab.core.io.ProblemCollector;
import org.tracelab.core.testing.SampleTraces;

class ComplianceEvalRecordTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void writtenRecordsReadBackIdentical() {
        List<ComplianceEvalRecord> records =
                List.of(SampleTraces.record("1000", 42L), SampleTraces.unfinishedRecord("1001"));
        Path file = dir.resolve("records.jsonl");
        try (ComplianceEvalRecordWriter writer = ComplianceEvalRecordWriter.create(file)) {
            records.forEach(writer::write);
        }
        assertThat(ComplianceEvalRecordReader.readAll(file)).isEqualTo(records);
    }

    @Test
    void lineStartsWithSchemaAndKeepsComponentOrder() throws Exception {
        String line = ComplianceEvalRecordWriter.toJsonLine(SampleTraces.record("1000", 42L));
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = JSON.readTree(line).fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        assertThat(keys)
                .containsExactly(
                        "schema",
                        "schemaVersion",
                        "run",
                        "task",
                        "mode",
                        "seed",
                        "fork",
                        "attempts",
                        "finalAttemptIndex",
                        "finalStrict",
                        "finalLoose",
                        "sourceVerdict",
                        "curation");
        assertThat(line).startsWith("{\"schema\":\"tracelab.compliance-eval-record\",\"schemaVersion\":2,");
        assertThat(line)
                .contains(
                        "\"model\":{\"backend\":\"llama.cpp\",\"name\":\"qwen2.5-1.5b-instruct-q4_k_m\","
                                + "\"endpoints\":[\"http://127.0.0.1:8080/v1\"],\"fileName\":\"qwen2.5-1.5b-instruct-q4_k_m.gguf\",");
        assertThat(line)
                .contains(
                        "\"strategy\":\"patch\"",
                        "\"looseVariant\":\"as_given\"",
                        "\"createdAt\":\"2025-03-01T10:15:30.123Z\"",
                        "\"evidence\":[{\"start\":4,\"end\":5}]");
    }

    @Test
    void unknownTokenCountsStayAbsentRatherThanEstimated() throws Exception {
        String line = ComplianceEvalRecordWriter.toJsonLine(SampleTraces.record("1000", 42L));
        var attempts = JSON.readTree(line).get("attempts");
        assertThat(attempts.get(0).get("promptTokens").asInt()).isEqualTo(31);
        assertThat(attempts.get(1).has("promptTokens")).isFalse();
        assertThat(attempts.get(1).has("completionTokens")).isFalse();
    }

    @Test
    void schemaViolationsAreReportedByFileLineAndJsonPath() throws Exception {
        ObjectNode bad =
                (ObjectNode) JSON.readTree(ComplianceEvalRecordWriter.toJsonLine(SampleTraces.record("1000", 42L)));
        ((ObjectNode) bad.get("attempts").get(1)).remove("output");
        ((ObjectNode) bad.get("attempts").get(0)).put("strategy", "guess");
        bad.put("schemaVersion", 3);
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(
                file,
                ComplianceEvalRecordWriter.toJsonLine(SampleTraces.record("1", 1L)) + "\n"
                        + JSON.writeValueAsString(bad) + "\n",
                StandardCharsets.UTF_8);

        ProblemCollector problems = new ProblemCollector();
        List<ComplianceEvalRecord> read = new ArrayList<>();
        ComplianceEvalRecordReader.read(file, problems, read::add);

        assertThat(read).hasSize(1);
        assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(InputProblemException.class, e -> {
            assertThat(e.problems()).extracting(InputProblem::line).containsOnly(2L);
            assertThat(e.problems())
                    .extracting(InputProblem::field)
                    .contains("attempts[1].output", "attempts[0].strategy", "schemaVersion");
            assertThat(e.getMessage()).contains(file + ":2: attempts[1].output: ");
        });
    }

    @Test
    void crossFieldRuleBeyondTheSchemaIsReportedWithItsField() throws Exception {
        ObjectNode bad =
                (ObjectNode) JSON.readTree(ComplianceEvalRecordWriter.toJsonLine(SampleTraces.record("1000", 42L)));
        ((ObjectNode) bad.get("attempts").get(1)).put("parentIndex", 1);
        Path file = dir.resolve("parent.jsonl");
        Files.writeString(file, JSON.writeValueAsString(bad) + "\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ComplianceEvalRecordReader.readAll(file))
                .isInstanceOfSatisfying(
                        InputProblemException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.line()).isEqualTo(1);
                            assertThat(p.field()).startsWith("attempts[1]");
                            assertThat(p.message()).contains("parent 1 is not an earlier attempt");
                        }));
    }

    @Test
    void storeIdsTravelWithARecordAndMatchItsAttempts() throws Exception {
        ComplianceEvalRecord plain = SampleTraces.record("1000", 42L);
        ComplianceEvalRecord withIds = ComplianceEvalRecord.of(
                plain.run(),
                plain.task(),
                plain.mode(),
                plain.seed(),
                plain.fork(),
                plain.attempts(),
                plain.finalAttemptIndex(),
                plain.finalStrict(),
                plain.finalLoose(),
                plain.sourceVerdict(),
                plain.curation(),
                new StoreIds(3, 17, List.of(101L, 102L)));
        String line = ComplianceEvalRecordWriter.toJsonLine(withIds);

        assertThat(line).endsWith(",\"storeIds\":{\"run\":3,\"chain\":17,\"attempts\":[101,102]}}");
        Path file = Files.writeString(dir.resolve("ids.jsonl"), line + "\n");
        assertThat(ComplianceEvalRecordReader.readAll(file)).containsExactly(withIds);
        assertThat(withIds.withoutStoreIds()).isEqualTo(plain);
        assertThatThrownBy(() -> ComplianceEvalRecord.of(
                        plain.run(),
                        plain.task(),
                        plain.mode(),
                        plain.seed(),
                        plain.fork(),
                        plain.attempts(),
                        plain.finalAttemptIndex(),
                        plain.finalStrict(),
                        plain.finalLoose(),
                        plain.sourceVerdict(),
                        plain.curation(),
                        new StoreIds(3, 17, List.of(101L))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aVersionOneRecordIsReadWithItsCredentialsAndLocalPathsDropped() throws Exception {
        ObjectNode old =
                (ObjectNode) JSON.readTree(ComplianceEvalRecordWriter.toJsonLine(SampleTraces.record("1000", 42L)));
        old.put("schemaVersion", 1);
        // Version 1 did not record which endpoint served an attempt.
        old.get("attempts").forEach(attempt -> ((ObjectNode) attempt).remove("endpoint"));
        ObjectNode model = (ObjectNode) old.get("run").get("model");
        model.remove("endpoints");
        model.remove("fileName");
        model.put("endpoint", "http://user:secret@127.0.0.1:8080/v1?api_key=secret2 http://10.0.0.2:8080/v1");
        model.put("filePath", "/home/ana/models/qwen2.5-1.5b-instruct-q4_k_m.gguf");
        ((ObjectNode) model.get("samplingParams")).put("dataset_path", "/home/ana/data/ifeval.jsonl");
        Path file = Files.writeString(dir.resolve("v1.jsonl"), JSON.writeValueAsString(old) + "\n");

        ComplianceEvalRecord read = ComplianceEvalRecordReader.readAll(file).get(0);

        assertThat(read.schemaVersion()).isEqualTo(2);
        assertThat(read.run().model().endpoints())
                .containsExactly("http://127.0.0.1:8080/v1", "http://10.0.0.2:8080/v1");
        assertThat(read.run().model().fileName()).isEqualTo("qwen2.5-1.5b-instruct-q4_k_m.gguf");
        assertThat(read.run().model().samplingParams()).doesNotContainKey("dataset_path");
        ObjectNode expected =
                (ObjectNode) JSON.readTree(ComplianceEvalRecordWriter.toJsonLine(SampleTraces.record("1000", 42L)));
        expected.get("attempts").forEach(attempt -> ((ObjectNode) attempt).remove("endpoint"));
        ((ObjectNode) expected.get("run").get("model"))
                .putArray("endpoints")
                .add("http://127.0.0.1:8080/v1")
                .add("http://10.0.0.2:8080/v1");
        assertThat(ComplianceEvalRecordWriter.toJsonLine(read)).doesNotContain("secret", "/home/ana");
        assertThat(JSON.readTree(ComplianceEvalRecordWriter.toJsonLine(read))).isEqualTo(expected);
    }

    @Test
    void aModelDescriptionDropsCredentialsAndFoldersWhoeverBuildsIt() {
        var model = new org.tracelab.core.trace.ModelDescription(
                "openai-compatible",
                "m",
                List.of("https://me:pw@api.example.org/v1?key=k"),
                "/home/ana/m.gguf",
                null,
                null);
        assertThat(model.endpoints()).containsExactly("https://api.example.org/v1");
        assertThat(model.fileName()).isEqualTo("m.gguf");
    }

    @Test
    void writerStreamsOneLinePerRecord() {
        StringWriter out = new StringWriter();
        try (ComplianceEvalRecordWriter writer = new ComplianceEvalRecordWriter(out)) {
            writer.write(SampleTraces.record("1", 1L));
            writer.write(SampleTraces.unfinishedRecord("2"));
        }
        assertThat(out.toString().split("\n")).hasSize(2);
    }
}
