package org.tracelab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.app.cli.CliRunner.Result;
import org.tracelab.core.testing.SharedData;

class SamplesCommandTest {

    @TempDir
    Path dir;

    @Test
    void buildsTheIllustrationRunOnceAndReportsIt() throws Exception {
        Path db = dir.resolve("samples.tracelab.db");

        Result built = CliRunner.run("samples", "--db", db.toString());
        assertThat(built.exitCode()).as(built.err()).isZero();
        assertThat(built.out())
                .startsWith("built illustration run #1 in " + db + ": 21 chains, 35 attempts, "
                        + "hand-written (not model output); verdicts by tracelab-ifeval/")
                .contains("open it with: tracelab --db " + db);

        Result again = CliRunner.run("samples", "--db", db.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("already holds the illustration run #1; nothing added");

        Result report = CliRunner.run("report", "--db", db.toString(), "--format", "json");
        JsonNode runs = new ObjectMapper().readTree(report.out()).get("runs");
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).get("name").asText()).contains("Illustration").contains("not model output");
        assertThat(runs.get(0).get("model").asText()).contains("hand-written");
        assertThat(runs.get(0).get("modes").get("full_pcl").get("chains").asInt())
                .isEqualTo(8);
    }

    @Test
    void badTracesFileExitsWithFileLineFieldAndWritesNothing() throws Exception {
        Path traces = SharedData.repositoryRoot().resolve("samples/traces/illustrative-traces.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(traces));
        // Line 2 is a direct chain; give it a retry, which direct never makes.
        lines.set(1, lines.get(1).replace("]}", ", {\"strategy\": \"retry\", \"parent\": 0, \"output\": \"again\"}]}"));
        Path edited = Files.write(dir.resolve("edited.jsonl"), lines);
        Path db = dir.resolve("never.tracelab.db");

        Result result = CliRunner.run("samples", "--db", db.toString(), "--traces", edited.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip())
                .isEqualTo(edited + ":2: attempts[1]: one attempt too many: direct stops "
                        + "after attempt 0 (direct makes one attempt); remove it");
        assertThat(db).doesNotExist();
    }
}
