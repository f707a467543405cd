package org.tracelab.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tracelab.core.trace.DatasetDescription;
import org.tracelab.core.trace.ModelDescription;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.trace.RunStatus;

class RunGroupCheckTest {

    private static RunInfo run(String model, String dataset, List<String> modes, List<Long> seeds) {
        return new RunInfo(
                "r",
                Instant.EPOCH,
                Instant.EPOCH,
                RunStatus.FINISHED,
                new ModelDescription("wasmagent", model, null, null, null, Map.of()),
                new DatasetDescription(dataset, "abc", 50),
                modes,
                seeds,
                1,
                "v1",
                null);
    }

    @Test
    void perSeedRunsOfOneModelDatasetAndModesFormAGroup() {
        Map<Long, RunInfo> runs = new LinkedHashMap<>();
        runs.put(1L, run("qwen", "ifeval", List.of("direct", "full_pcl"), List.of(42L)));
        runs.put(2L, run("qwen", "ifeval", List.of("full_pcl", "direct"), List.of(43L)));
        assertThat(RunGroupCheck.problems(runs)).isEmpty();
    }

    @Test
    void namesEveryMismatch() {
        Map<Long, RunInfo> runs = new LinkedHashMap<>();
        runs.put(1L, run("qwen", "ifeval", List.of("direct"), List.of(42L)));
        runs.put(2L, run("llama", "ifeval", List.of("direct"), List.of(43L)));
        runs.put(3L, run("qwen", "other", List.of("direct", "full_pcl"), List.of(42L)));
        assertThat(RunGroupCheck.problems(runs))
                .containsExactly(
                        "run 2 is model llama, run 1 is qwen",
                        "run 3 ran dataset other (50 tasks, abc), run 1 ran ifeval (50 tasks, abc)",
                        "run 3 has modes [direct, full_pcl], run 1 has [direct]",
                        "seed 42 appears in more than one run (run 3): the runs of a group differ in seed");
        assertThat(RunGroupCheck.problems(Map.of(1L, run("qwen", "ifeval", List.of(), List.of()))))
                .containsExactly("a group needs at least two runs, got 1");
    }
}
