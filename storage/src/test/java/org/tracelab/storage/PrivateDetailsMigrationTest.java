package org.tracelab.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.core.record.ComplianceEvalRecordWriter;
import org.tracelab.core.trace.ModelDescription;
import org.tracelab.core.trace.ResumeHints;

/** Schema version 6 scrubs what older stores kept as typed: credentials in URLs, local paths in a run's model. */
class PrivateDetailsMigrationTest {

    private static final String TYPED_ENDPOINTS =
            "http://user:secret@127.0.0.1:8080/v1?api_key=secret2" + " https://10.0.0.2:8443/v1#frag";

    @TempDir
    Path dir;

    /** A version 5 store whose run was started with credentials in its URL and local paths in its parameters. */
    private Path oldStore() throws Exception {
        Path file = dir.resolve("v5.db");
        OldSchemaFixture.create(file, 5);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement sql = connection.createStatement()) {
            sql.executeUpdate("UPDATE runs SET model_backend = 'openai-compatible', model_endpoint = '"
                    + TYPED_ENDPOINTS + "', model_file_path = '/home/ana/models/qwen.gguf', sampling_params_json ="
                    + " '{\"dataset_path\":\"/home/ana/data/ifeval.jsonl\",\"gguf_path\":\"/home/ana/models/qwen.gguf\","
                    + "\"temperature\":0.7}'");
            sql.executeUpdate("UPDATE attempts SET error_kind = 'connection', error_message = 'connection to"
                    + " http://user:secret@127.0.0.1:8080/v1/chat/completions?api_key=secret2 failed'");
        }
        return file;
    }

    @Test
    void theMigrationKeepsEndpointsWithoutCredentialsAndMovesLocalPathsToTheResumeHints() throws Exception {
        Path file = oldStore();

        try (TraceStore store = TraceStore.open(file);
                TraceReader reader = store.openReader()) {
            StoredRun run = reader.runs().get(0);
            ModelDescription model = run.info().model();
            assertThat(model.endpoints()).containsExactly("http://127.0.0.1:8080/v1", "https://10.0.0.2:8443/v1");
            assertThat(model.fileName()).isEqualTo("qwen.gguf");
            assertThat(model.samplingParams()).containsOnlyKeys("temperature");
            assertThat(run.info().resumeHints())
                    .isEqualTo(new ResumeHints("/home/ana/data/ifeval.jsonl", "/home/ana/models/qwen.gguf"));
            assertThat(reader.attempts(1).get(0).attempt().error().message())
                    .isEqualTo("connection to http://***@127.0.0.1:8080/v1/chat/completions?api_key=*** failed");
            List<String> records = new java.util.ArrayList<>();
            reader.forEachRecord(run.id(), r -> records.add(ComplianceEvalRecordWriter.toJsonLine(r)));
            assertThat(records).singleElement().asString().doesNotContain("secret", "/home/ana");
        }
    }

    @Test
    void nothingOfTheScrubbedTextIsLeftInTheFile() throws Exception {
        Path file = oldStore();
        assertThat(contents(file)).contains("secret", "/home/ana");

        try (TraceStore store = TraceStore.open(file)) {
            assertThat(store.file()).isEqualTo(file.toAbsolutePath());
        }

        // The local paths stay, in the run's local-only resume hints; the credentials are gone for good.
        assertThat(contents(file)).doesNotContain("secret");
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        if (Files.exists(wal)) {
            assertThat(contents(wal)).doesNotContain("secret");
        }
    }

    @Test
    void aRunWrittenNowKeepsItsResumeHintsInTheStoreOnly() {
        try (TraceStore store = TraceStore.open(dir.resolve("new.db"))) {
            var info = org.tracelab.core.testing.SampleTraces.run("hinted");
            long id = store.writer()
                    .createRun(new org.tracelab.core.trace.RunInfo(
                            info.name(),
                            info.createdAt(),
                            null,
                            info.status(),
                            info.model(),
                            info.dataset(),
                            info.modes(),
                            info.seeds(),
                            info.forks(),
                            info.verifierVersion(),
                            null,
                            new ResumeHints("/home/ana/data/p.jsonl", null)));
            store.writer().commit();
            try (TraceReader reader = store.openReader()) {
                assertThat(reader.run(id).orElseThrow().info().resumeHints().datasetPath())
                        .isEqualTo("/home/ana/data/p.jsonl");
                assertThat(reader.run(id).orElseThrow().info().model().toString())
                        .doesNotContain("/home/ana");
            }
        }
    }

    private static String contents(Path file) throws Exception {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    }
}
