package org.tracelab.app.ui.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.app.cli.CliRunner;
import org.tracelab.app.service.bench.BenchmarkParameters;
import org.tracelab.app.service.bench.BenchmarkRequest;
import org.tracelab.app.service.bench.DatasetDownloads;
import org.tracelab.app.service.bench.LocalModelConnections;
import org.tracelab.app.service.bench.ModelTarget;
import org.tracelab.app.service.bench.RunPlan;
import org.tracelab.app.service.bench.StoredPlan;
import org.tracelab.app.service.report.RunSummary;
import org.tracelab.app.service.store.OpenStore;
import org.tracelab.app.testing.LoopbackModelServer;
import org.tracelab.app.ui.ImmediateSession;
import org.tracelab.app.ui.runs.BenchmarkAction;
import org.tracelab.app.ui.runs.RunsViewModel;
import org.tracelab.core.dataset.DatasetDownloadException;
import org.tracelab.core.dataset.IfbenchDownload;
import org.tracelab.core.model.LocalServerDetector;
import org.tracelab.core.model.ServerKind;
import org.tracelab.core.testing.LoopbackFaultServer;
import org.tracelab.core.testing.SharedData;
import org.tracelab.core.trace.DatasetDescription;
import org.tracelab.core.trace.ModelDescription;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.trace.RunStatus;

/**
 * The benchmark form without a window, on jobs that run at once: each section's problems in form order, the plan
 * values read as the command line reads them, Resume, and a run started from a valid form against a loopback TEST
 * model server, counted in the store.
 */
class BenchmarkViewModelTest {

    private static final Path SAMPLES =
            SharedData.repositoryRoot().resolve("samples/tasks/tracelab-sample-tasks.jsonl");

    @TempDir
    Path dir;

    private final ImmediateSession test = new ImmediateSession();
    private final List<Path> used = new ArrayList<>();
    private LoopbackModelServer server;
    private BenchmarkRuns runs;
    private BenchmarkViewModel form;

    @BeforeEach
    void openStore() throws Exception {
        server = new LoopbackModelServer(0);
        test.open(dir.resolve("bench.tracelab.db"));
        LocalServerDetector detector = new LocalServerDetector(
                "127.0.0.1",
                List.of(new LocalServerDetector.Target(server.port(), ServerKind.LLAMA_SERVER)),
                Duration.ofSeconds(2));
        runs = new BenchmarkRuns(
                test.session(), test.jobs(), test.errors(), new LocalModelConnections(detector), () -> {});
        form = new BenchmarkViewModel(
                test.session(),
                test.jobs(),
                runs,
                new DatasetDownloads(
                        (listener, cancelled) -> {
                            throw new AssertionError("not downloaded in this test");
                        },
                        (listener, cancelled) -> {
                            throw new AssertionError("not downloaded in this test");
                        }),
                List.of(),
                used::add);
    }

    @AfterEach
    void close() {
        test.close();
        server.close();
        assertThat(test.reported()).as("errors reported").isEmpty();
    }

    @Test
    void anEmptyFormNamesWhatEachSectionMisses() {
        assertThat(form.validationMessages())
                .containsExactly(
                        "Enter the endpoint URL (e.g. http://127.0.0.1:8080/v1), pick a detected server, or choose a GGUF file.",
                        "Enter the model name the server expects.",
                        "Choose a task file (IFEval, IFBench or WasmAgent format), or get IFEval or IFBench.");
        assertThat(form.canStart().get()).isFalse();
        assertThat(form.start()).isFalse();
    }

    @Test
    void theModelSectionRefusesWhatCannotBeCalled() {
        form.model().endpoint().set("ftp://127.0.0.1/v1");
        form.model().model().set("m");
        assertThat(form.validationMessages()).first().asString().startsWith("Enter the endpoint URL");

        form.model().useGguf().set(true);
        form.model().gguf().set(dir.resolve("weights.bin"));
        assertThat(form.validationMessages()).first().isEqualTo("The model file must be a .gguf file.");
    }

    @Test
    void planValuesAreReadAsTheCommandLineReadsThem() {
        fillValidForm();
        form.plan().direct().set(false);
        form.plan().promptRetry().set(false);
        form.plan().fullPcl().set(false);
        form.plan().seeds().set("42,43,42");
        form.plan().forks().set("0");
        form.plan().temperature().set("-1");
        form.plan().sampleSeed().set("seven");
        form.plan().limit().set("100");

        assertThat(form.validationMessages())
                .containsExactly(
                        "Choose at least one mode.",
                        "Seeds must list each seed once (42 is listed twice).",
                        "Forks must be a whole number of at least 1.",
                        "Limit is 100 but the prompts file has only 71 tasks.",
                        "Sample seed must be a whole number.",
                        "Temperature must be 0 or more (blank for the default).");
    }

    @Test
    void theFailingServerSectionIsReadAsTheCommandLineReadsIt() {
        fillValidForm();
        form.faults().idleTimeout().set("0");
        form.faults().requestTimeout().set("soon");
        form.faults().faultLimit().set("");

        assertThat(form.validationMessages())
                .containsExactly(
                        "Idle timeout must be a whole number of seconds, at least 1.",
                        "Request timeout must be a whole number of seconds, at least 1.",
                        "Fault limit must be a whole number of at least 1.");

        form.faults().idleTimeout().set(" 30 ");
        form.faults().requestTimeout().set("");
        form.faults().faultLimit().set("5");
        assertThat(form.validationMessages()).isEmpty();
    }

    @Test
    void aDeadServerInterruptsTheRunWithANoticeAndResumeFinishesItOnceTheServerIsBack() throws Exception {
        LoopbackFaultServer dead = LoopbackFaultServer.start();
        dead.close();
        try {
            form.model().endpoint().set(dead.baseUrl());
            form.model().model().set(LoopbackFaultServer.MODEL);
            form.dataset().dataset().set(SAMPLES);
            form.plan().limit().set("2");
            form.faults().idleTimeout().set("5");
            form.faults().faultLimit().set("2");

            assertThat(form.start()).isTrue();

            assertThat(runs.outcome().get().status()).isEqualTo(RunStatus.INTERRUPTED);
            assertThat(runs.faultNotice().get())
                    .startsWith("The server is failing: 2 calls to " + dead.baseUrl() + " lost (connection: ")
                    .endsWith(
                            "Their chains stay unfinished and out of every rate; 2 failures "
                                    + "in a row end the run as interrupted, and Runs › Resume redoes them once the server is back.");
            assertThat(runs.summary().get())
                    .startsWith("Run #1 interrupted: 0 chains finished")
                    .contains("6 chains are unfinished (in no rate) after 2 failed calls to " + dead.baseUrl());
            RunsViewModel list = new RunsViewModel(test.session(), test.jobs(), test.errors());
            list.refresh();
            assertThat(list.runs()).singleElement().satisfies(row -> {
                assertThat(row.status()).isEqualTo("interrupted");
                assertThat(row.unfinished()).isEqualTo("6 of 6 chains · 2 failed calls");
                assertThat(BenchmarkAction.resumable(row, runs.isLive(row.id())))
                        .isTrue();
            });

            dead.restart();
            form.prepareResume(
                    StoredPlan.of(1, test.workspace().runInfo(1).orElseThrow()).orElseThrow());
            assertThat(form.start()).isTrue();

            assertThat(runs.faultNotice().get()).isEmpty();
            assertThat(runs.summary().get()).startsWith("Run #1 finished: 6 chains finished");
            list.refresh();
            assertThat(list.runs())
                    .singleElement()
                    .satisfies(row -> assertThat(row.unfinished()).isEmpty());
        } finally {
            dead.close();
        }
    }

    @Test
    void thePromptsFileIsReadAndSummarisedAtThePlansMaxTokens() {
        form.dataset().dataset().set(SAMPLES);
        assertThat(form.dataset().datasetSummary().get())
                .matches("71 tasks · \\d+ with feasibility warnings at 1280 max tokens");

        form.plan().maxTokens().set("64");
        assertThat(form.dataset().datasetSummary().get())
                .matches("71 tasks · \\d+ with feasibility warnings at 64 max tokens");

        form.dataset().dataset().set(dir.resolve("missing.jsonl"));
        assertThat(form.dataset().datasetSummary().get()).startsWith("Cannot use this file:");
        assertThat(form.validationMessages()).anyMatch(message -> message.startsWith("The task file cannot be used:"));
    }

    @Test
    void theDatasetSectionSaysWhichFormatItReadAndHowManyTasks() throws IOException {
        form.dataset().dataset().set(SAMPLES);
        assertThat(form.dataset().datasetFormat().get()).isEqualTo("IFEval format · IFEval instructions");
        assertThat(form.dataset().datasetSummary().get()).startsWith("71 tasks · ");

        form.dataset().dataset().set(sample("samples/tasks/wasmagent-taskspec-example.jsonl"));
        assertThat(form.dataset().datasetFormat().get())
                .isEqualTo("WasmAgent TaskSpec · IFEval instructions and custom rules · 5 with soft constraints");
        assertThat(form.dataset().datasetSummary().get()).startsWith("5 tasks · ");

        form.dataset().dataset().set(sample("samples/tasks/wasmagent-short-example.jsonl"));
        assertThat(form.dataset().datasetFormat().get())
                .isEqualTo("WasmAgent short shape · IFEval instructions and custom rules");
        assertThat(form.dataset().datasetSummary().get()).startsWith("3 tasks · ");

        form.dataset().dataset().set(sample("samples/pool/tracelab-composed-tasks.jsonl"));
        assertThat(form.dataset().datasetFormat().get())
                .isEqualTo("IFEval format · IFEval instructions · 219 composed from tracelab-prompt-pool.txt");
        assertThat(form.dataset().datasetSummary().get()).startsWith("219 tasks · ");

        Path ifbench = Files.writeString(
                dir.resolve("ifbench.jsonl"),
                "{\"key\": \"ifb-1\", \"prompt\": \"Name "
                        + "five rivers.\", \"instruction_id_list\": [\"count:keywords_multiple\"], \"kwargs\": [{\"keyword1\": "
                        + "\"a\", \"keyword2\": \"b\", \"keyword3\": \"c\", \"keyword4\": \"d\", \"keyword5\": \"e\"}]}\n");
        form.dataset().dataset().set(ifbench);
        assertThat(form.dataset().datasetFormat().get()).isEqualTo("IFEval format · IFBench instructions");
        assertThat(form.dataset().datasetSummary().get()).startsWith("1 tasks · ");
        assertThat(form.validationMessages()).noneMatch(message -> message.contains("task file"));
    }

    @Test
    void aBadTaskFileIsRefusedWithItsFirstFileLineFieldProblem() throws IOException {
        Path bad = Files.writeString(
                dir.resolve("bad.jsonl"),
                String.join(
                        "\n",
                        "{\"key\": 1, \"prompt\": \"Hi.\", \"instruction_id_list\": [\"punctuation:no_comas\"], \"kwargs\": [{}]}",
                        "{\"key\": 2, \"prompt\": \"Hi.\", \"instruction_id_list\": [\"punctuation:no_comma\"]}",
                        ""));
        form.dataset().dataset().set(bad);

        String first = bad + ":1: instruction_id_list[0]: unknown instruction id \"punctuation:no_comas\"; the nearest "
                + "known are punctuation:no_comma";
        assertThat(form.dataset().datasetSummary().get())
                .startsWith("Cannot use this file: " + first)
                .endsWith(" (and 1 more problem)");
        assertThat(form.dataset().datasetFormat().get()).isEmpty();
        assertThat(form.validationMessages())
                .contains("The task file cannot be used: "
                        + form.dataset().datasetSummary().get().substring("Cannot use this file: ".length()));
    }

    @Test
    void getIfbenchMakesTheDownloadedFileTheTaskFileAndSaysWhatItIs() throws IOException {
        Path got = Files.writeString(
                dir.resolve("IFBench_test.jsonl"),
                "{\"key\": \"0\", \"prompt\": \"Name five "
                        + "rivers.\", \"instruction_id_list\": [\"count:keywords_multiple\"], \"kwargs\": [{\"keyword1\": \"a\", "
                        + "\"keyword2\": \"b\", \"keyword3\": \"c\", \"keyword4\": \"d\", \"keyword5\": \"e\"}]}\n");
        List<Long> reported = new ArrayList<>();
        BenchmarkViewModel withIfbench = new BenchmarkViewModel(
                test.session(),
                test.jobs(),
                runs,
                new DatasetDownloads(
                        (listener, cancelled) -> {
                            throw new AssertionError("IFEval is not asked for");
                        },
                        (listener, cancelled) -> {
                            listener.progress(100, 200);
                            reported.add(100L);
                            return new IfbenchDownload(got, 1, "ab".repeat(32), false);
                        }),
                List.of(),
                used::add);

        withIfbench.dataset().ifbench().get();

        assertThat(reported).containsExactly(100L);
        assertThat(withIfbench.dataset().dataset().get()).isEqualTo(got);
        assertThat(withIfbench.dataset().ifbench().status().get())
                .isEqualTo("IFBench: 1 prompts, SHA-256 "
                        + "abababababab…, not the test file Tracelab's IFBench conformance tests use; downloaded to "
                        + got);
        assertThat(withIfbench.dataset().ifbench().running().get()).isFalse();
        assertThat(withIfbench.dataset().ifbench().progress().get()).isEqualTo(1.0);
        assertThat(withIfbench.dataset().datasetFormat().get()).isEqualTo("IFEval format · IFBench instructions");
        assertThat(test.jobs().titles()).contains("Getting IFBench");
    }

    @Test
    void aFailedGetIfbenchSaysWhyAndLeavesTheTaskFileAlone() {
        BenchmarkViewModel failing = new BenchmarkViewModel(
                test.session(),
                test.jobs(),
                runs,
                new DatasetDownloads(
                        (listener, cancelled) -> {
                            throw new AssertionError("IFEval is not asked for");
                        },
                        (listener, cancelled) -> {
                            throw new DatasetDownloadException("HTTP 404 from http://127.0.0.1/IFBench_test.jsonl");
                        }),
                List.of(),
                used::add);
        failing.dataset().dataset().set(SAMPLES);

        failing.dataset().ifbench().get();

        assertThat(failing.dataset().ifbench().status().get())
                .isEqualTo(
                        "Could not get IFBench: HTTP 404 from "
                                + "http://127.0.0.1/IFBench_test.jsonl. Check the network connection and try again, or choose a task file.");
        assertThat(failing.dataset().dataset().get()).isEqualTo(SAMPLES);
        assertThat(failing.dataset().downloading().get()).isFalse();
    }

    @Test
    void aRunStartedFromTheFormRecordsTheTaskFileFormatExactlyAsBenchDoes() {
        Path taskSpec = sample("samples/tasks/wasmagent-taskspec-example.jsonl");
        fillValidForm();
        form.dataset().dataset().set(taskSpec);
        form.plan().promptRetry().set(false);
        form.plan().fullPcl().set(false);
        assertThat(form.start()).isTrue();
        assertThat(runs.summary().get()).startsWith("Run #1 finished: 5 chains finished");
        DatasetDescription fromTheApp =
                test.workspace().runInfo(1).orElseThrow().dataset();

        Path db = dir.resolve("cli.tracelab.db");
        CliRunner.Result bench = CliRunner.run(
                "bench",
                "--db",
                db.toString(),
                "--endpoint",
                server.baseUrl(),
                "--model",
                LoopbackModelServer.MODEL,
                "--dataset",
                taskSpec.toString(),
                "--modes",
                "direct");
        assertThat(bench.exitCode()).as(bench.err()).isZero();
        try (OpenStore store = OpenStore.open(db)) {
            DatasetDescription fromTheCommandLine =
                    store.read(reader -> reader.run(1).orElseThrow().info().dataset());
            assertThat(fromTheApp).isEqualTo(fromTheCommandLine);
        }
        assertThat(fromTheApp.format()).isEqualTo("wasmagent_taskspec");
        assertThat(fromTheApp.taskCount()).isEqualTo(5);
        assertThat(fromTheApp.name()).isEqualTo("wasmagent-taskspec-example.jsonl");
    }

    @Test
    void aValidFormRunsTheBenchmarkAndEveryChainIsStored() {
        fillValidForm();
        form.plan().limit().set("2");
        form.plan().seeds().set("42,43");
        assertThat(form.validationMessages()).isEmpty();

        assertThat(form.start()).isTrue();

        assertThat(used).containsExactly(SAMPLES);
        assertThat(runs.running().get()).isFalse();
        assertThat(runs.summary().get()).startsWith("Run #1 finished: 12 chains finished");
        assertThat(runs.progress().get()).isEqualTo(1.0);
        assertThat(runs.liveRunId().get()).isEqualTo(1L);
        RunSummary stored = test.workspace().report(1).orElseThrow().summary();
        assertThat(stored.modes()).extracting(mode -> mode.all().chains()).containsExactly(4L, 4L, 4L);
        long attempts =
                stored.modes().stream().mapToLong(mode -> mode.all().attempts()).sum();
        assertThat(runs.attempts()).as("one live row per attempt stored").hasSize((int) attempts);
        assertThat(runs.rates()).isNotEmpty();
        assertThat(stored.run().info().name()).isEqualTo("run one");
    }

    @Test
    void theConnectionTestAndDetectionAskTheServer() {
        form.model().endpoint().set(server.baseUrl());
        form.model().testConnection();
        assertThat(form.model().connectionStatus().get())
                .isEqualTo("Answers: 1 model(s): " + LoopbackModelServer.MODEL);
        assertThat(form.model().serverModels()).containsExactly(LoopbackModelServer.MODEL);

        form.model().detect();
        assertThat(form.model().detected()).hasSize(1);
        form.model().chosenDetected().set(form.model().detected().get(0));
        assertThat(form.model().model().get()).isEqualTo(LoopbackModelServer.MODEL);
    }

    @Test
    void resumeFillsTheLockedPlanAndAsksForTheKeyAgain() {
        BenchmarkRequest started = new BenchmarkRequest(
                new ModelTarget.Endpoints(List.of(URI.create(server.baseUrl())), "m"),
                SAMPLES,
                new RunPlan(5, 3, List.of("direct", "full_pcl"), List.of(7L, 8L), 2, 0.5, 256, "Be brief.", 2, false),
                "earlier run",
                null);
        RunInfo info = new RunInfo(
                "earlier run",
                Instant.EPOCH,
                null,
                RunStatus.CANCELLED,
                ModelDescription.served(
                        "openai-compatible", "m", List.of(server.baseUrl()), BenchmarkParameters.of(started, true)),
                new DatasetDescription("tracelab-sample-tasks.jsonl", null, 5),
                List.of("direct", "full_pcl"),
                List.of(7L, 8L),
                2,
                "v1",
                null,
                BenchmarkParameters.resumeHints(started));

        form.prepareResume(StoredPlan.of(5, info).orElseThrow());

        assertThat(form.planLocked().get()).isTrue();
        assertThat(form.plan().seeds().get()).isEqualTo("7,8");
        assertThat(form.plan().promptRetry().get()).isFalse();
        assertThat(form.plan().limit().get()).isEqualTo("5");
        assertThat(form.plan().systemPrompt().get()).isEqualTo("Be brief.");
        assertThat(form.model().model().get()).isEqualTo("m");
        assertThat(form.validationMessages())
                .containsExactly("Enter the API key again: run #5 used one, and keys are never stored.");
        form.model().apiKey().set("secret");
        assertThat(form.validationMessages()).isEmpty();
    }

    private static Path sample(String path) {
        return SharedData.repositoryRoot().resolve(path);
    }

    private void fillValidForm() {
        form.model().endpoint().set(server.baseUrl());
        form.model().model().set(LoopbackModelServer.MODEL);
        form.dataset().dataset().set(SAMPLES);
        form.plan().name().set("run one");
    }
}
