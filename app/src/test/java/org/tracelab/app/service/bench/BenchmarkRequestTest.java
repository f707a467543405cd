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
class BenchmarkRequestTest {

    private static RunInfo stored(BenchmarkRequest request) {
        ModelDescription model = new ModelDescription("openai-compatible", request.target().modelName(),
                "http://127.0.0.1:8080/v1", null, null, request.params(false));
        return new RunInfo(request.name(), Instant.parse("2025-06-01T10:00:00Z"), null, RunStatus.CANCELLED, model,
                new DatasetDescription("tasks.jsonl", "d".repeat(64), 3), request.modes(), request.seeds(),
                request.forks(), "v1", null);
    }

    private static BenchmarkRequest request(String systemPrompt) {
        return new BenchmarkRequest(new ModelTarget.Endpoints(List.of(URI.create("http://127.0.0.1:8080/v1")), "m"),
                Path.of("/data/tasks.jsonl"), 3, 7, List.of("direct", "full_pcl"), List.of(42L), 1, null, null,
                systemPrompt, 2, "run", null);
    }

    @Test
    void theSystemPromptIsSentStoredAndRestoredOnResume() {
        BenchmarkRequest request = request("Be brief.\nFollow every rule.");
        assertThat(request.calls().systemPrompt()).isEqualTo("Be brief.\nFollow every rule.");
        assertThat(request.params(false).get(BenchmarkRequest.SYSTEM_PROMPT).asText())
                .isEqualTo("Be brief.\nFollow every rule.");

        BenchmarkRequest.Stored stored = BenchmarkRequest.stored(5, stored(request)).orElseThrow();
        BenchmarkRequest resumed = stored.request(request.target(), request.dataset(), 1);

        assertThat(resumed.systemPrompt()).isEqualTo("Be brief.\nFollow every rule.");
        assertThat(resumed.calls()).isEqualTo(request.calls());
        assertThat(resumed.resumeRunId()).isEqualTo(5);
    }

    @Test
    void withoutASystemPromptNothingIsStored() {
        BenchmarkRequest request = request(null);

        assertThat(request.params(false)).doesNotContainKey(BenchmarkRequest.SYSTEM_PROMPT);
        assertThat(BenchmarkRequest.stored(5, stored(request)).orElseThrow().systemPrompt()).isNull();
    }
}
