package org.tracelab.app.service.bench;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tracelab.core.trace.DatasetDescription;
import org.tracelab.core.trace.ModelDescription;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.trace.RunStatus;

/**
 * The one resume check, for the command line and the app: only where the model and prompts file are found, the
 * concurrency and the fault handling may differ from the stored run.
 */
class ResumeCheckTest {

    private static final String SHA = "d".repeat(64);
    private static final RunPlan PLAN =
            new RunPlan(8, 0, List.of("direct", "prompt_retry"), List.of(42L, 43L), 1, null, null, null, 2, false);

    private static BenchmarkRequest request(RunPlan plan) {
        return new BenchmarkRequest(
                new ModelTarget.Endpoints(List.of(URI.create("http://127.0.0.1:8080/v1")), "m"),
                Path.of("tasks.jsonl"),
                plan,
                "run",
                1L);
    }

    private static Optional<RunInfo> started(RunPlan plan) {
        return Optional.of(StoredPlanTest.stored(request(plan)));
    }

    @Test
    void theSamePlanOnAnotherServerWithOtherConcurrencyMayContinue() {
        BenchmarkRequest moved = new BenchmarkRequest(
                new ModelTarget.Endpoints(
                        List.of(URI.create("http://10.0.0.2:8000/v1"), URI.create("http://10.0.0.3:8000/v1")), "m"),
                Path.of("elsewhere/tasks.jsonl"),
                PLAN.withConcurrency(8),
                "run",
                1L);

        assertThatCode(() -> ResumeCheck.check(moved, started(PLAN), SHA)).doesNotThrowAnyException();
    }

    @Test
    void aDifferentSystemPromptIsRefused() {
        RunPlan withPrompt = new RunPlan(
                8, 0, List.of("direct", "prompt_retry"), List.of(42L, 43L), 1, null, null, "Be brief.", 2, false);

        assertThatThrownBy(() -> ResumeCheck.check(request(withPrompt), started(PLAN), SHA))
                .isInstanceOf(ResumeRefusedException.class)
                .hasMessage("run 1 was started without a system prompt");
        assertThatThrownBy(() -> ResumeCheck.check(request(PLAN.withConcurrency(2)), started(withPrompt), SHA))
                .hasMessage("run 1 was started with a different system prompt");
    }

    @Test
    void everyDifferenceOfThePlanIsNamed() {
        RunPlan other = new RunPlan(null, 0, List.of("full_pcl"), List.of(44L), 2, 0.5, 512, null, 2, false);

        assertThatThrownBy(() -> ResumeCheck.check(request(other), started(PLAN), SHA))
                .isInstanceOf(ResumeRefusedException.class)
                .hasMessage("run 1 was started on 8 tasks sampled with seed 0 (given: every task); "
                        + "with modes direct, prompt_retry (given: full_pcl); with seeds 42,43 (given: 44); "
                        + "with 1 fork(s) (given: 2); with temperature 0.2 (given: 0.5); "
                        + "with max tokens 1280 (given: 512)");
    }

    @Test
    void anotherPromptsFileIsRefusedByItsDigest() {
        assertThatThrownBy(() -> ResumeCheck.check(request(PLAN), started(PLAN), "e".repeat(64)))
                .hasMessage("run 1 was started with another prompts file (tasks.jsonl has a different SHA-256)");
    }

    @Test
    void anotherModelOrAnotherKindOfBackendIsRefused() {
        BenchmarkRequest otherModel = new BenchmarkRequest(
                new ModelTarget.Endpoints(List.of(URI.create("http://127.0.0.1:8080/v1")), "qwen2.5-7b"),
                Path.of("tasks.jsonl"),
                PLAN,
                "run",
                1L);
        BenchmarkRequest gguf = new BenchmarkRequest(
                new ModelTarget.GgufFile(Path.of("m.gguf")), Path.of("tasks.jsonl"), PLAN, "run", 1L);

        assertThatThrownBy(() -> ResumeCheck.check(otherModel, started(PLAN), SHA))
                .isInstanceOf(ResumeRefusedException.class)
                .hasMessage("run 1 was started with model m (given: qwen2.5-7b)");
        assertThatThrownBy(() -> ResumeCheck.check(gguf, started(PLAN), SHA))
                .hasMessage("run 1 was started on an OpenAI-compatible endpoint (given: a GGUF file)");
    }

    @Test
    void otherTimeoutsAndFaultLimitMayContinue() {
        BenchmarkRequest patient = new BenchmarkRequest(
                request(PLAN).target(),
                Path.of("tasks.jsonl"),
                PLAN,
                "run",
                1L,
                new FaultPolicy(
                        org.tracelab.core.model.CallTimeouts.defaults().withIdle(java.time.Duration.ofSeconds(600)),
                        10));

        assertThatCode(() -> ResumeCheck.check(patient, started(PLAN), SHA)).doesNotThrowAnyException();
    }

    @Test
    void aFinishedRunIsRefused() {
        RunInfo info = started(PLAN).orElseThrow();
        RunInfo finished = new RunInfo(
                info.name(),
                info.createdAt(),
                Instant.EPOCH,
                RunStatus.FINISHED,
                info.model(),
                info.dataset(),
                info.modes(),
                info.seeds(),
                info.forks(),
                info.verifierVersion(),
                info.notes());

        assertThatThrownBy(() -> ResumeCheck.check(request(PLAN), Optional.of(finished), SHA))
                .hasMessage("run 1 is finished: there is nothing left to resume");
    }

    @Test
    void aGgufFileIsTheSameFileByItsDigestWhereverItIsNow() {
        RunInfo info = new RunInfo(
                "run",
                Instant.EPOCH,
                null,
                RunStatus.INTERRUPTED,
                new ModelDescription("gguf", "m.gguf", null, "m.gguf", "a".repeat(64), java.util.Map.of()),
                new DatasetDescription("tasks.jsonl", SHA, 3),
                PLAN.modes(),
                PLAN.seeds(),
                1,
                "v1",
                null);

        assertThatCode(() -> ResumeCheck.checkModel(
                        1,
                        info,
                        new ModelDescription(
                                "gguf", "renamed.gguf", null, "renamed.gguf", "a".repeat(64), java.util.Map.of())))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ResumeCheck.checkModel(
                        1,
                        info,
                        new ModelDescription("gguf", "m.gguf", null, "m.gguf", "b".repeat(64), java.util.Map.of())))
                .hasMessage("run 1 was started with another GGUF file (m.gguf has a different SHA-256)");
    }

    @Test
    void aMissingRunOrAnImportCannotBeContinued() {
        assertThatThrownBy(() -> ResumeCheck.check(request(PLAN), Optional.empty(), SHA))
                .hasMessage("there is no run 1 to resume");
        RunInfo imported = new RunInfo(
                "import",
                Instant.EPOCH,
                Instant.EPOCH,
                RunStatus.FINISHED,
                new ModelDescription("wasmagent", "qwen", null, null, null, java.util.Map.of()),
                new DatasetDescription("runs.jsonl", null, 50),
                List.of("direct"),
                List.of(42L),
                1,
                "v1",
                null);
        assertThatThrownBy(() -> ResumeCheck.check(request(PLAN), Optional.of(imported), SHA))
                .hasMessageStartingWith("run 1 does not record how it was run");
    }
}
