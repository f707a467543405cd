package org.tracelab.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tracelab.core.stats.Resampling;
import org.tracelab.core.testing.SampleTraces;

class ComparisonJsonTest {

    private static SideTask task(String key, int chains, int strict, int loose) {
        return new SideTask(key, 1, chains, strict, loose, chains, strict, loose, Set.of(), List.of());
    }

    @Test
    void printsTheContractFieldsInTheUnitsOfPromptStrict() {
        RunComparison comparison = RunComparison.of(
                List.of(task("1", 1, 0, 1), task("2", 1, 1, 1), task("3", 3, 1, 2), task("9", 1, 1, 1)),
                List.of(task("1", 1, 1, 1), task("2", 1, 0, 0), task("3", 3, 2, 2)),
                Resampling.DEFAULT);
        JsonNode json = ComparisonJson.of(
                CompareSide.mode(3, "direct"),
                SampleTraces.run("a"),
                CompareSide.parse("4:full_pcl"),
                SampleTraces.run("b"),
                comparison);
        assertThat(json.get("tasks").asInt()).isEqualTo(3);
        assertThat(json.get("fixed").asInt()).isEqualTo(2);
        assertThat(json.get("broken").asInt()).isEqualTo(1);
        assertThat(json.get("stable_pass").asInt()).isZero();
        assertThat(json.get("stable_fail").asInt()).isZero();
        assertThat(json.get("difference").get("estimate").asDouble())
                .isCloseTo(1 / 3.0, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(json.get("difference").get("ci95")).hasSize(2);
        assertThat(json.get("difference").get("ci95").get(0).asDouble())
                .isEqualTo(comparison.difference().lower());
        assertThat(json.get("rows")).hasSize(3);
        JsonNode third = json.get("rows").get(2);
        assertThat(third.get("key").asText()).isEqualTo("3");
        assertThat(third.get("a_strict").asBoolean()).isFalse(); // 1 of 3
        assertThat(third.get("a_loose").asBoolean()).isTrue(); // 2 of 3
        assertThat(third.get("b_strict").asBoolean()).isTrue();
        assertThat(third.get("b_loose").asBoolean()).isTrue();
        assertThat(json.get("a").get("selection").asText()).isEqualTo("3:direct");
        assertThat(json.get("b").get("run").asLong()).isEqualTo(4);
        assertThat(json.get("a").get("prompt_strict").asDouble())
                .isCloseTo(1 / 3.0, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(json.get("only_a").asInt()).isEqualTo(1);
        assertThat(json.get("test").get("name").asText()).isEqualTo("exact McNemar on tasks");
    }
}
