package org.tracelab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.app.cli.CliRunner.Result;
import org.tracelab.core.record.ComplianceEvalRecordWriter;
import org.tracelab.core.testing.SampleTraces;

/** Every bad input is one clear line naming the file, exit 2, and nothing written: no store, no server contacted. */
class BadInputTest {

    private static final String TASK = "{\"key\": 1, \"prompt\": \"Write a poem without commas.\", "
            + "\"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}";

    @TempDir
    Path dir;

    private Result bench(Path dataset) {
        // Port 9 (discard): nothing answers there, and nothing must be asked before the inputs are checked.
        return CliRunner.run(
                "bench",
                "--db",
                dir.resolve("store.tracelab.db").toString(),
                "--endpoint",
                "http://127.0.0.1:9/v1",
                "--model",
                "m",
                "--dataset",
                dataset.toString());
    }

    private void assertRejected(Result result, String fileAndProblem) {
        assertThat(result.exitCode()).as(result.err() + result.out()).isEqualTo(2);
        List<String> lines =
                result.err().lines().filter(line -> !line.isBlank()).toList();
        assertThat(lines).as(result.err()).hasSize(1);
        assertThat(lines.get(0)).contains(fileAndProblem).doesNotContain("Exception");
        assertThat(dir.resolve("store.tracelab.db")).doesNotExist();
    }

    @Test
    void aMissingDatasetIsOneLine() {
        Path missing = dir.resolve("missing.jsonl");
        assertRejected(bench(missing), missing + ": no such file");
    }

    @Test
    void aDirectoryGivenAsTheDatasetIsOneLine() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("prompts"));
        assertRejected(bench(folder), folder + ": is a directory, not a file");
    }

    @Test
    void anEmptyDatasetIsOneLine() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "\n\n");
        assertRejected(bench(empty), empty + ": is empty: no JSON lines");
    }

    @Test
    void aKeyDefinedTwiceIsOneLineNamingBothLines() throws Exception {
        Path twice = Files.writeString(dir.resolve("twice.jsonl"), TASK + "\n" + TASK + "\n");
        assertRejected(bench(twice), twice + ":2: key: \"1\" is also the key of line 1; keys must be unique");
    }

    @Test
    void anUnreadableDatasetIsOneLine() throws Exception {
        Path locked = Files.writeString(dir.resolve("locked.jsonl"), TASK + "\n");
        assertThat(locked.toFile().setReadable(false, false)).isTrue();
        // As root every file stays readable: then there is nothing to check here.
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "running as root: files stay readable");
        assertRejected(bench(locked), locked + ": cannot be read (permission denied)");
    }

    @Test
    void aByteOrderMarkIsAcceptedAsUtf8() throws Exception {
        Path bom = dir.resolve("bom.jsonl");
        Files.write(bom, ("\uFEFF" + TASK + "\n").getBytes(StandardCharsets.UTF_8));
        Path responses = dir.resolve("responses.jsonl");
        Files.write(
                responses,
                ("\uFEFF{\"prompt\": \"Write a poem without commas.\", \"response\": \"no commas here\"}\n")
                        .getBytes(StandardCharsets.UTF_8));

        Result result = CliRunner.run(
                "verify",
                "--prompts",
                bom.toString(),
                "--responses",
                responses.toString(),
                "--out-dir",
                dir.resolve("out").toString());

        assertThat(result.exitCode()).as(result.err() + result.out()).isZero();
    }

    @Test
    void recordsWithAnUnknownInstructionIdAreRefusedWithNothingImported() throws Exception {
        Path records = dir.resolve("records.jsonl");
        String line = ComplianceEvalRecordWriter.toJsonLine(SampleTraces.record("1", 42L));
        assertThat(line).contains("\"punctuation:no_comma\"");
        Files.writeString(records, line.replace("\"punctuation:no_comma\"", "\"punctuation:no_semicolons\"") + "\n");
        Path db = dir.resolve("store.tracelab.db");

        Result result = CliRunner.run("import", "--db", db.toString(), "--format", "records", records.toString());

        assertThat(result.exitCode()).as(result.err() + result.out()).isEqualTo(2);
        assertThat(result.err())
                .contains(records + ":1: task.instruction_id_list[0]")
                .contains("punctuation:no_semicolons");
        Result report = CliRunner.run("report", "--db", db.toString(), "--format", "json");
        assertThat(report.out()).doesNotContain("\"id\"");
    }
}
