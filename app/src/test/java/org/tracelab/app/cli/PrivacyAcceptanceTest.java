package org.tracelab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.app.testing.LoopbackModelServer;

/**
 * Nothing private leaves the machine: a benchmark against a loopback server (a TEST MODEL) whose endpoint URL carries
 * {@code user:secret@} and {@code ?api_key=secret2}, with {@code --api-key secret3}, then every export. The commands
 * run as the real CLI in a child JVM with its own log folder at DEBUG, so the log file is checked as written.
 */
class PrivacyAcceptanceTest {

    private static final List<String> SECRETS = List.of("secret", "secret2", "secret3");

    @TempDir
    Path dir;

    private Path logs;
    private final List<String> outputs = new ArrayList<>();

    @Test
    void noCredentialAppearsAnywhereAndNoAbsolutePathLeavesInWhatIsExported() throws Exception {
        logs = Files.createDirectories(dir.resolve("logs"));
        Path data = Files.createDirectories(dir.resolve("private-folder-of-ana"));
        Path dataset = tasks(data.resolve("tasks.jsonl"));
        Path db = dir.resolve("store").resolve("t.tracelab.db");
        Path out = Files.createDirectories(dir.resolve("out"));
        try (LoopbackModelServer server = new LoopbackModelServer(0)) {
            String endpoint = "http://user:secret@127.0.0.1:" + server.port() + "/v1?api_key=secret2";
            run(
                    "bench",
                    "--db",
                    db.toString(),
                    "--endpoint",
                    endpoint,
                    "--api-key",
                    "secret3",
                    "--model",
                    "m",
                    "--dataset",
                    dataset.toString(),
                    "--limit",
                    "6",
                    "--seeds",
                    "42,43",
                    "--forks",
                    "2");
            // The credentials did reach the server, where they belong.
            assertThat(server.chatRequests()).isNotEmpty();
        }
        for (String kind : List.of("dpo", "sft", "kto")) {
            Path folder = Files.createDirectories(out.resolve(kind));
            run(
                    "export",
                    "--db",
                    db.toString(),
                    "--kind",
                    kind,
                    "--out",
                    folder.resolve(kind + ".jsonl").toString(),
                    "--include-flagged");
        }
        Path records = out.resolve("records").resolve("records.jsonl");
        Files.createDirectories(records.getParent());
        run("export", "--db", db.toString(), "--kind", "records", "--out", records.toString());
        assertThat(Files.readAllLines(records)).hasSize(6 * 2 * 2 * 3);

        List<Path> exported;
        try (Stream<Path> files = Files.walk(out)) {
            exported = files.filter(Files::isRegularFile).toList();
        }
        assertThat(exported)
                .extracting(p -> p.getFileName().toString())
                .contains("dpo.jsonl", "dpo.manifest.json", "README.md", "sft.jsonl", "kto.jsonl", "records.jsonl");
        List<Path> everything = new ArrayList<>(exported);
        try (Stream<Path> files = Stream.concat(Files.list(db.getParent()), Files.list(logs))) {
            files.forEach(everything::add);
        }
        assertThat(everything)
                .anySatisfy(p -> assertThat(p.getFileName().toString()).endsWith(".log"));
        for (Path file : everything) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertThat(text).as(file.toString()).doesNotContain(SECRETS);
        }
        assertThat(String.join("\n", outputs)).doesNotContain(SECRETS);
        for (Path file : exported) {
            assertThat(Files.readString(file))
                    .as(file.toString())
                    .doesNotContain(dataset.toString())
                    .doesNotContain(data.toString())
                    .doesNotContain(dir.toString());
        }
    }

    /**
     * Six tasks the loopback server's canned answers pass (odd call seeds: lower case, no comma) or fail (even:
     * a comma and capitals), so every kind of export has lines.
     */
    private static Path tasks(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int key = 1; key <= 6; key++) {
            lines.add("{\"key\": " + key + ", \"prompt\": \"Describe topic " + key + " in lower case without any"
                    + " comma.\", \"instruction_id_list\": [\"punctuation:no_comma\", \"change_case:english_lowercase\"],"
                    + " \"kwargs\": [{}, {}]}");
        }
        return Files.write(file, lines);
    }

    /** Runs one CLI command in a child JVM; it must succeed. Keeps its output (stdout and stderr) for the check. */
    private void run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.tracelab.app.Main"));
        command.addAll(List.of(args));
        Path output = dir.resolve("command-" + outputs.size() + ".txt");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("TRACELAB_LOG_DIR", logs.toString());
        environment.put("TRACELAB_LOG_LEVEL", "DEBUG");
        environment.remove("TRACELAB_API_KEY");
        Process child = builder.start();
        assertThat(child.waitFor(180, TimeUnit.SECONDS))
                .as("command %s finished", List.of(args))
                .isTrue();
        String printed = Files.readString(output);
        outputs.add(printed);
        assertThat(child.exitValue())
                .as(String.join(" ", args) + "\n" + printed)
                .isZero();
    }
}
