package org.tracelab.app.service.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracelab.core.trace.DatasetDescription;
import org.tracelab.core.trace.ModelDescription;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.trace.RunStatus;

/** A run keeps what Resume needs to rebuild its plan, the system prompt included. */
class StoredPlanTest {

    static RunInfo stored(BenchmarkRequest request) {
        ModelDescription model = ModelDescription.served(
                "openai-compatible",
                request.target().modelName(),
                List.of("http://127.0.0.1:8080/v1"),
                BenchmarkParameters.of(request, false));
        return new RunInfo(
                request.name(),
                Instant.parse("2025-06-01T10:00:00Z"),
                null,
                RunStatus.CANCELLED,
                model,
                new DatasetDescription("tasks.jsonl", "d".repeat(64), 3),
                request.plan().modes(),
                request.plan().seeds(),
                request.plan().forks(),
                "v1",
                null,
                BenchmarkParameters.resumeHints(request));
    }

    static BenchmarkRequest request(String systemPrompt) {
        return new BenchmarkRequest(
                new ModelTarget.Endpoints(List.of(URI.create("http://127.0.0.1:8080/v1")), "m"),
                Path.of("/data/tasks.jsonl"),
                new RunPlan(3, 7, List.of("direct", "full_pcl"), List.of(42L), 1, null, null, systemPrompt, 2, false),
                "run",
                null);
    }

    @Test
    void theSystemPromptIsSentStoredAndRestoredOnResume() {
        BenchmarkRequest request = request("Be brief.\nFollow every rule.");
        assertThat(request.calls().systemPrompt()).isEqualTo("Be brief.\nFollow every rule.");
        assertThat(BenchmarkParameters.of(request, false)
                        .get(BenchmarkParameters.SYSTEM_PROMPT)
                        .asText())
                .isEqualTo("Be brief.\nFollow every rule.");

        StoredPlan stored = StoredPlan.of(5, stored(request)).orElseThrow();
        BenchmarkRequest resumed = stored.request(request.target(), request.dataset(), 1);

        assertThat(resumed.plan().systemPrompt()).isEqualTo("Be brief.\nFollow every rule.");
        assertThat(resumed.calls()).isEqualTo(request.calls());
        assertThat(resumed.resumeRunId()).isEqualTo(5);
        assertThat(resumed.plan().concurrency())
                .as("the one setting a resume may change")
                .isEqualTo(1);
    }

    @Test
    void theWholePlanComesBackAsStoredWithItsDefaultsResolved() {
        BenchmarkRequest request = request(null);

        StoredPlan stored = StoredPlan.of(5, stored(request)).orElseThrow();

        assertThat(stored.target()).isEqualTo(request.target());
        assertThat(stored.dataset())
                .isEqualTo(Path.of("/data/tasks.jsonl").toAbsolutePath().normalize());
        assertThat(stored.plan())
                .isEqualTo(
                        new RunPlan(3, 7, List.of("direct", "full_pcl"), List.of(42L), 1, 0.2, 1280, null, 2, false));
        assertThat(stored.apiKeyUsed()).isFalse();
    }

    @Test
    void whereTheDatasetWasIsALocalResumeHintNotAParameterRecordsCarry() {
        BenchmarkRequest request = request(null);

        assertThat(BenchmarkParameters.of(request, false).toString()).doesNotContain("tasks.jsonl");
        assertThat(stored(request).resumeHints().datasetPath())
                .isEqualTo(Path.of("/data/tasks.jsonl")
                        .toAbsolutePath()
                        .normalize()
                        .toString());
    }

    @Test
    void anEndpointWhoseUrlHadCredentialsComesBackWithoutThem() {
        BenchmarkRequest request = new BenchmarkRequest(
                new ModelTarget.Endpoints(
                        List.of(URI.create("http://user:secret@127.0.0.1:8080/v1?api_key=secret2")), "m"),
                Path.of("/data/tasks.jsonl"),
                request(null).plan(),
                "run",
                null);
        RunInfo info = stored(request);
        ModelDescription model = ModelDescription.served(
                "openai-compatible",
                "m",
                ((ModelTarget.Endpoints) request.target())
                        .urls().stream().map(URI::toString).toList(),
                BenchmarkParameters.of(request, false));
        RunInfo withCredentials = new RunInfo(
                info.name(),
                info.createdAt(),
                null,
                info.status(),
                model,
                info.dataset(),
                info.modes(),
                info.seeds(),
                info.forks(),
                "v1",
                null,
                info.resumeHints());

        StoredPlan stored = StoredPlan.of(5, withCredentials).orElseThrow();

        assertThat(stored.target())
                .isEqualTo(new ModelTarget.Endpoints(List.of(URI.create("http://127.0.0.1:8080/v1")), "m"));
    }

    @Test
    void withoutASystemPromptNothingIsStored() {
        BenchmarkRequest request = request(null);

        assertThat(BenchmarkParameters.of(request, false)).doesNotContainKey(BenchmarkParameters.SYSTEM_PROMPT);
        assertThat(StoredPlan.of(5, stored(request)).orElseThrow().plan().systemPrompt())
                .isNull();
    }

    @Test
    void anImportedRunRecordsNoPlan() {
        RunInfo imported = new RunInfo(
                "import",
                Instant.EPOCH,
                Instant.EPOCH,
                RunStatus.FINISHED,
                ModelDescription.unlocated("wasmagent", "qwen", java.util.Map.of()),
                new DatasetDescription("runs.jsonl", null, 50),
                List.of("direct"),
                List.of(42L),
                1,
                "v1",
                null);

        assertThat(StoredPlan.of(1, imported)).isEmpty();
    }
}
