package org.tracelab.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TaskSamplerTest {

    private static final List<String> KEYS =
            IntStream.range(1000, 1100).mapToObj(Integer::toString).toList();

    private static List<String> sample(List<String> keys, int limit, long seed) {
        return TaskSampler.sample(keys, Function.identity(), limit, seed);
    }

    @Test
    void reproducibleNotThePrefixAndInDatasetOrder() {
        List<String> picked = sample(KEYS, 10, 1);
        assertThat(picked).hasSize(10).isEqualTo(sample(KEYS, 10, 1)).isSorted().isNotEqualTo(KEYS.subList(0, 10));
        assertThat(sample(KEYS, 10, 2)).isNotEqualTo(picked);
    }

    @Test
    void independentOfFileOrderAndNestedAsTheLimitGrows() {
        List<String> shuffled = new ArrayList<>(KEYS);
        Collections.shuffle(shuffled, new java.util.Random(3));
        assertThat(sample(shuffled, 10, 1)).containsExactlyInAnyOrderElementsOf(sample(KEYS, 10, 1));
        assertThat(sample(KEYS, 20, 1)).containsAll(sample(KEYS, 10, 1));
        assertThat(sample(KEYS, 500, 1)).isEqualTo(KEYS);
    }
}
