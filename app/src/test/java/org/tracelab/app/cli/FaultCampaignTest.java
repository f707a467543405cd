package org.tracelab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.app.cli.CliRunner.Result;
import org.tracelab.core.record.ComplianceEvalRecordWriter;
import org.tracelab.core.testing.LoopbackFaultServer;
import org.tracelab.core.testing.SampleTraces;
import org.tracelab.core.testing.SharedData;
import org.tracelab.storage.StoredRun;
import org.tracelab.storage.TraceReader;
import org.tracelab.storage.TraceStore;
import org.tracelab.storage.query.ChainQuery;
import org.tracelab.storage.query.PageRequest;

/**
 * Issue 13's fault-injection campaign, as the command line meets it: bad input to every command that reads files,
 * bad option values, resumes that cannot be honoured, and a TEST server ({@link LoopbackFaultServer}) that is down,
 * resets, stalls, sends garbage or 10 MB, drops mid-stream or answers 429/500/503. Each case is tallied — one clear
 * line and exit 2 with nothing written for bad input; exit 3, an {@code interrupted} run and no attempt for a
 * failing server — and the table is written to {@code target/fault-campaign.md}. Every case must hold.
 */
@Timeout(600)
class FaultCampaignTest {

    private static final String TASK = "{\"key\": 1, \"prompt\": \"Write a poem without commas.\", "
            + "\"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}";
    private static final String DEAD = "http://127.0.0.1:9/v1";

    @TempDir
    Path dir;

    private final List<String> rows = new ArrayList<>();
    private int cases;
    private int held;

    /** What a case must show, and what it showed. */
    private record Outcome(boolean held, String shown) {}

    private static Path samples() {
        return SharedData.repositoryRoot().resolve("samples/tasks/tracelab-sample-tasks.jsonl");
    }

    @Test
    void everyFaultIsOneClearLineOrAnInterruptedRunAndNothingIsCountedOrWritten() throws Exception {
        badBenchInput();
        badOptionValues();
        resumesThatCannotBeHonoured();
        badImportVerifyAndExportInput();
        failingServer();

        Path table = SharedData.repositoryRoot().resolve("app/target/fault-campaign.md");
        Files.createDirectories(table.getParent());
        Files.writeString(
                table,
                "| category | case | held | what it showed |\n| --- | --- | --- | --- |\n" + String.join("\n", rows)
                        + "\n\n" + held + " of " + cases + " cases held\n",
                StandardCharsets.UTF_8);
        assertThat(rows)
                .as("cases that did not hold (see " + table + ")")
                .filteredOn(row -> row.contains("| no |"))
                .isEmpty();
        assertThat(cases).isGreaterThanOrEqualTo(50);
    }

    private void badBenchInput() throws Exception {
        Path missing = dir.resolve("missing.jsonl");
        refusedBench("dataset file missing", missing.toString());
        refusedBench(
                "dataset is a directory",
                Files.createDirectory(dir.resolve("folder")).toString());
        refusedBench("dataset empty", write("empty.jsonl", "\n\n"));
        refusedBench("dataset defines a key twice", write("twice.jsonl", TASK + "\n" + TASK + "\n"));
        refusedBench("dataset line not JSON", write("broken.jsonl", TASK + "\n{\"key\": 2, \"prompt\n"));
        refusedBench("dataset line without a prompt", write("noprompt.jsonl", "{\"key\": 3}\n"));
        refusedBench(
                "dataset with an unknown instruction id",
                write("unknown.jsonl", TASK.replace("punctuation:no_comma", "punctuation:no_semicolons") + "\n"));
        refusedBench("dataset of plain text", write("text.jsonl", "just some words\n"));
        refusedBench("dataset a binary file", write("binary.jsonl", "\u0000\u0001\u0002GGUF\n"));
    }

    private void badOptionValues() throws Exception {
        String[][] values = {
            {"--forks", "0"},
            {"--seeds", "42,42"},
            {"--seeds", "forty-two"},
            {"--temperature", "-1"},
            {"--temperature", "warm"},
            {"--modes", "direct,best"},
            {"--limit", "0"},
            {"--max-tokens", "0"},
            {"--concurrency", "0"},
            {"--sample-seed", "x"},
            {"--idle-timeout", "0"},
            {"--request-timeout", "soon"},
            {"--fault-limit", "0"},
            {"--system-prompt-file", dir.resolve("nope.txt").toString()},
        };
        for (String[] value : values) {
            refusedBench(value[0] + " " + value[1], samples().toString(), value);
        }
        Path db = dir.resolve("unwritten.tracelab.db");
        tally(
                "bad option",
                "--endpoint without --model",
                oneLineNothingWritten(
                        CliRunner.run(
                                "bench",
                                "--db",
                                db.toString(),
                                "--endpoint",
                                DEAD,
                                "--dataset",
                                samples().toString()),
                        db));
        tally(
                "bad option",
                "--endpoint not http",
                oneLineNothingWritten(
                        CliRunner.run(
                                "bench",
                                "--db",
                                db.toString(),
                                "--endpoint",
                                "ftp://127.0.0.1/v1",
                                "--model",
                                "m",
                                "--dataset",
                                samples().toString()),
                        db));
        tally(
                "bad option",
                "--endpoint without a host",
                oneLineNothingWritten(
                        CliRunner.run(
                                "bench",
                                "--db",
                                db.toString(),
                                "--endpoint",
                                "http:///v1",
                                "--model",
                                "m",
                                "--dataset",
                                samples().toString()),
                        db));
        tally(
                "bad option",
                "--gguf file missing",
                oneLineNothingWritten(
                        CliRunner.run(
                                "bench",
                                "--db",
                                db.toString(),
                                "--gguf",
                                dir.resolve("none.gguf").toString(),
                                "--dataset",
                                samples().toString()),
                        db));
        tally(
                "bad option",
                "--resume without a store",
                oneLineNothingWritten(
                        CliRunner.run(
                                "bench",
                                "--db",
                                db.toString(),
                                "--endpoint",
                                DEAD,
                                "--model",
                                "m",
                                "--dataset",
                                samples().toString(),
                                "--resume",
                                "1"),
                        db));
    }

    private void resumesThatCannotBeHonoured() throws Exception {
        Path db = dir.resolve("resume.tracelab.db");
        LoopbackFaultServer server = LoopbackFaultServer.start();
        server.close();
        try {
            Result first = bench(db, server.baseUrl(), "--fault-limit", "1");
            assertThat(first.exitCode()).as(first.err()).isEqualTo(3);
            String[][] changes = {
                {"--temperature", "0.7"}, {"--max-tokens", "64"}, {"--limit", "4"}, {"--modes", "direct"},
                {"--seeds", "41"}, {"--forks", "2"}, {"--sample-seed", "9"}, {"--model", "another-model"},
                {"--system-prompt", "Be brief."}, {"--resume", "7"},
            };
            for (String[] change : changes) {
                List<String> args = new ArrayList<>(benchArgs(db, server.baseUrl()));
                args.addAll(List.of("--resume", "1"));
                int at = args.indexOf(change[0]);
                if (at >= 0) {
                    args.set(at + 1, change[1]);
                } else {
                    args.addAll(List.of(change[0], change[1]));
                }
                String before = storeState(db);
                Result refused = CliRunner.run(args.toArray(String[]::new));
                tally(
                        "resume",
                        "resume with " + change[0] + " " + change[1],
                        oneLine(refused, 2, storeState(db).equals(before) && server.calls() == 0));
            }
            String before = storeState(db);
            Result gguf = CliRunner.run(
                    "bench",
                    "--db",
                    db.toString(),
                    "--gguf",
                    write("m.gguf", "GGUF"),
                    "--dataset",
                    samples().toString(),
                    "--limit",
                    "5",
                    "--seeds",
                    "41,42",
                    "--resume",
                    "1");
            tally(
                    "resume",
                    "resume an endpoint run with --gguf",
                    oneLine(gguf, 2, storeState(db).equals(before)));
        } finally {
            server.close();
        }
    }

    private void badImportVerifyAndExportInput() throws Exception {
        Path records = dir.resolve("records.jsonl");
        String line = ComplianceEvalRecordWriter.toJsonLine(SampleTraces.record("1", 42L));
        Files.writeString(records, line.replace("\"punctuation:no_comma\"", "\"punctuation:no_semicolons\"") + "\n");
        importCase("records file missing", "records", dir.resolve("gone.jsonl").toString());
        importCase(
                "records file is a directory",
                "records",
                Files.createDirectory(dir.resolve("recdir")).toString());
        importCase("records file empty", "records", write("norecords.jsonl", "\n"));
        importCase("records line not JSON", "records", write("badrecords.jsonl", "{\"schema_version\": \n"));
        importCase("records with an unknown instruction id", "records", records.toString());
        importCase("unknown --format", "csv", records.toString());
        importCase("wasmagent without --prompts", "wasmagent", records.toString());
        importCase(
                "ifeval-responses line not JSON",
                "ifeval-responses",
                write("responses.jsonl", "{\"prompt\": \"x\", \"response\": \n"),
                "--prompts",
                samples().toString());

        Path out = dir.resolve("verify-out");
        String responses = write(
                "ok-responses.jsonl",
                "{\"prompt\": \"Write a poem without commas.\", " + "\"response\": \"no commas\"}\n");
        verifyCase("prompts file missing", dir.resolve("noprompts.jsonl").toString(), responses, out);
        verifyCase(
                "responses file missing",
                write("p.jsonl", TASK + "\n"),
                dir.resolve("nor.jsonl").toString(),
                out);
        verifyCase("responses line not JSON", write("p2.jsonl", TASK + "\n"), write("r.jsonl", "{\"prompt\"\n"), out);
        verifyCase("prompts define a key twice", write("p3.jsonl", TASK + "\n" + TASK + "\n"), responses, out);

        Path store = dir.resolve("export.tracelab.db");
        Path file = dir.resolve("train.jsonl");
        for (String[] bad : new String[][] {{"--kind", "ppo"}, {"--test-fraction", "2"}, {"--style", "fancy"}}) {
            List<String> args = new ArrayList<>(
                    List.of("export", "--db", store.toString(), "--kind", "dpo", "--out", file.toString()));
            int at = args.indexOf(bad[0]);
            if (at >= 0) {
                args.set(at + 1, bad[1]);
            } else {
                args.addAll(List.of(bad));
            }
            Result result = CliRunner.run(args.toArray(String[]::new));
            tally("export", bad[0] + " " + bad[1], oneLine(result, 2, Files.notExists(file)));
        }
    }

    private void failingServer() throws Exception {
        record Fault(String name, LoopbackFaultServer.Behaviour behaviour) {}
        List<Fault> faults = List.of(
                new Fault("connection reset", LoopbackFaultServer.RESET),
                new Fault("stall before headers", LoopbackFaultServer.STALL_BEFORE_HEADERS),
                new Fault("stall after headers", LoopbackFaultServer.STALL_AFTER_HEADERS),
                new Fault("garbage body", LoopbackFaultServer.GARBAGE),
                new Fault("drop mid-stream", LoopbackFaultServer.DROP_MID_STREAM),
                new Fault("429 with Retry-After", new LoopbackFaultServer.Behaviour.Status(429, "1")),
                new Fault("429 without Retry-After", new LoopbackFaultServer.Behaviour.Status(429, null)),
                new Fault("500", new LoopbackFaultServer.Behaviour.Status(500, null)),
                new Fault("503 with Retry-After", new LoopbackFaultServer.Behaviour.Status(503, "1")),
                new Fault("503 without Retry-After", new LoopbackFaultServer.Behaviour.Status(503, null)));
        LoopbackFaultServer dead = LoopbackFaultServer.start();
        dead.close();
        Path deadDb = dir.resolve("dead.tracelab.db");
        tally("server", "nothing listening", interrupted(bench(deadDb, dead.baseUrl(), "--fault-limit", "1"), deadDb));
        for (Fault fault : faults) {
            Path db = dir.resolve(fault.name().replace(' ', '-') + ".tracelab.db");
            try (LoopbackFaultServer server = LoopbackFaultServer.start()) {
                server.always(fault.behaviour());
                tally(
                        "server",
                        fault.name(),
                        interrupted(bench(db, server.baseUrl(), "--fault-limit", "1", "--idle-timeout", "1"), db));
            }
        }
        Path huge = dir.resolve("huge.tracelab.db");
        try (LoopbackFaultServer server = LoopbackFaultServer.start()) {
            server.always(new LoopbackFaultServer.Behaviour.Huge(10 << 20));
            Result result = CliRunner.run(
                    "bench",
                    "--db",
                    huge.toString(),
                    "--endpoint",
                    server.baseUrl(),
                    "--model",
                    LoopbackFaultServer.MODEL,
                    "--dataset",
                    samples().toString(),
                    "--limit",
                    "1",
                    "--seeds",
                    "41",
                    "--modes",
                    "direct");
            boolean capped =
                    result.exitCode() == 0 && Files.exists(huge) && attemptsFlagged(huge, "truncated:answer_cap");
            tally(
                    "server",
                    "10 MB answer (an answer, not a fault)",
                    new Outcome(
                            capped,
                            "exit " + result.exitCode()
                                    + (capped
                                            ? ", stored cut to the answer cap and flagged truncated:answer_cap"
                                            : ": " + shorten(result.err()))));
        }
    }

    private void refusedBench(String name, String dataset, String... more) {
        Path db = dir.resolve("refused.tracelab.db");
        List<String> args = new ArrayList<>(
                List.of("bench", "--db", db.toString(), "--endpoint", DEAD, "--model", "m", "--dataset", dataset));
        args.addAll(List.of(more));
        tally(
                more.length == 0 ? "bad input: bench" : "bad option",
                name,
                oneLineNothingWritten(CliRunner.run(args.toArray(String[]::new)), db));
    }

    private void importCase(String name, String format, String file, String... more) {
        Path db = dir.resolve("import.tracelab.db");
        List<String> args = new ArrayList<>(List.of("import", "--db", db.toString(), "--format", format));
        args.addAll(List.of(more));
        args.add(file);
        Result result = CliRunner.run(args.toArray(String[]::new));
        tally("bad input: import", name, oneLine(result, 2, runCount(db) == 0));
    }

    private void verifyCase(String name, String prompts, String responses, Path out) {
        Result result =
                CliRunner.run("verify", "--prompts", prompts, "--responses", responses, "--out-dir", out.toString());
        tally("bad input: verify", name, oneLine(result, 2, Files.notExists(out)));
    }

    private Result bench(Path db, String endpoint, String... more) {
        List<String> args = new ArrayList<>(benchArgs(db, endpoint));
        args.addAll(List.of(more));
        return CliRunner.run(args.toArray(String[]::new));
    }

    private static List<String> benchArgs(Path db, String endpoint) {
        return List.of(
                "bench",
                "--db",
                db.toString(),
                "--endpoint",
                endpoint,
                "--model",
                LoopbackFaultServer.MODEL,
                "--dataset",
                samples().toString(),
                "--limit",
                "5",
                "--seeds",
                "41,42");
    }

    private static Outcome oneLineNothingWritten(Result result, Path db) {
        return oneLine(result, 2, Files.notExists(db));
    }

    /** Exit {@code code}, exactly one non-blank line on stderr without a stack trace, and {@code nothingWritten}. */
    private static Outcome oneLine(Result result, int code, boolean nothingWritten) {
        List<String> lines =
                result.err().lines().filter(line -> !line.isBlank()).toList();
        boolean clear = lines.size() == 1
                && !lines.get(0).contains("Exception")
                && !result.err().contains("\tat ");
        String shown = "exit " + result.exitCode() + ", " + lines.size() + " line(s)"
                + (lines.isEmpty() ? "" : ": `" + shorten(lines.get(0)) + "`") + (nothingWritten ? "" : ", WROTE");
        return new Outcome(result.exitCode() == code && clear && nothingWritten, shown);
    }

    /** Exit 3, the run {@code interrupted}, no chain finished and no attempt stored: the fault is in no rate. */
    private static Outcome interrupted(Result result, Path db) {
        if (!Files.exists(db)) {
            return new Outcome(false, "exit " + result.exitCode() + ", no store");
        }
        try (TraceStore store = TraceStore.open(db);
                TraceReader reader = store.openReader()) {
            if (reader.runs().isEmpty()) {
                return new Outcome(false, "exit " + result.exitCode() + ", no run: " + shorten(result.err()));
            }
            StoredRun run = reader.runs().get(0);
            long attempts = reader.chains(ChainQuery.all(), PageRequest.first(1000)).rows().stream()
                    .mapToLong(chain -> chain.attempts())
                    .sum();
            int faults = reader.faults(run.id()).size();
            boolean line =
                    result.out().contains("interrupted: ") && result.out().contains("--resume " + run.id());
            boolean ok = result.exitCode() == 3
                    && run.info().status().wireName().equals("interrupted")
                    && attempts == 0
                    && faults >= 1
                    && line;
            return new Outcome(
                    ok,
                    String.format(
                            Locale.ROOT,
                            "exit %d, run %s, %d attempts, %d fault record(s): %s",
                            result.exitCode(),
                            run.info().status().wireName(),
                            attempts,
                            faults,
                            reader.faults(run.id()).get(0).kind()));
        }
    }

    private static boolean attemptsFlagged(Path db, String flag) {
        try (TraceStore store = TraceStore.open(db);
                TraceReader reader = store.openReader()) {
            return reader.chains(ChainQuery.all(), PageRequest.first(100)).rows().stream()
                    .flatMap(chain -> reader.attempts(chain.chainId()).stream())
                    .allMatch(attempt -> attempt.attempt().flags().contains(flag));
        }
    }

    private static String storeState(Path db) {
        try (TraceStore store = TraceStore.open(db);
                TraceReader reader = store.openReader()) {
            StoredRun run = reader.runs().get(0);
            return run.info().status() + "/"
                    + reader.chains(ChainQuery.all(), PageRequest.first(1000))
                            .rows()
                            .size() + "/" + reader.faults(run.id()).size() + "/"
                    + reader.runs().size();
        }
    }

    private static int runCount(Path db) {
        if (Files.notExists(db)) {
            return 0;
        }
        try (TraceStore store = TraceStore.open(db);
                TraceReader reader = store.openReader()) {
            return reader.runs().size();
        }
    }

    private void tally(String category, String name, Outcome outcome) {
        cases++;
        if (outcome.held()) {
            held++;
        }
        rows.add("| " + category + " | " + name + " | " + (outcome.held() ? "yes" : "no") + " | "
                + outcome.shown().replace("|", "\\|") + " |");
    }

    private String write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8)
                .toString();
    }

    private static String shorten(String line) {
        Function<String, String> cut = text -> text.length() <= 140 ? text : text.substring(0, 140) + "…";
        return cut.apply(line);
    }
}
