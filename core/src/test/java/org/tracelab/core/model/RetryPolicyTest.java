package org.tracelab.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy =
            new RetryPolicy(5, Duration.ofMillis(400), Duration.ofSeconds(2), Duration.ofSeconds(10));

    @Test
    void backoffDoublesWithJitterAndStopsAtTheCap() {
        SplittableRandom random = new SplittableRandom(3);
        for (int trial = 0; trial < 50; trial++) {
            assertThat(policy.delayBeforeRetry(1, Optional.empty(), random))
                    .isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
            assertThat(policy.delayBeforeRetry(2, Optional.empty(), random))
                    .isBetween(Duration.ofMillis(400), Duration.ofMillis(800));
            assertThat(policy.delayBeforeRetry(5, Optional.empty(), random))
                    .isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
        }
    }

    @Test
    void retryAfterIsHonouredUpToItsCap() {
        SplittableRandom random = new SplittableRandom(3);
        assertThat(policy.delayBeforeRetry(1, Optional.of(Duration.ofSeconds(3)), random))
                .isEqualTo(Duration.ofSeconds(3));
        assertThat(policy.delayBeforeRetry(1, Optional.of(Duration.ofHours(1)), random))
                .isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void onlyRetryableFailuresAreRetriedAndOnlyWithinTheBudget() {
        ModelException busy = new ModelException(ModelException.Kind.SERVER_ERROR, "busy");
        ModelException bad = new ModelException(ModelException.Kind.BAD_REQUEST, "bad");
        assertThat(policy.allowsRetryAfter(0, busy)).isTrue();
        assertThat(policy.allowsRetryAfter(4, busy)).isTrue();
        assertThat(policy.allowsRetryAfter(5, busy)).isFalse();
        assertThat(policy.allowsRetryAfter(0, bad)).isFalse();
    }

    @Test
    void retryAfterAcceptsSecondsAndHttpDates() {
        assertThat(ServerErrors.parseRetryAfter("12")).contains(Duration.ofSeconds(12));
        assertThat(ServerErrors.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT"))
                .contains(Duration.ZERO);
        assertThat(ServerErrors.parseRetryAfter("soon")).isEmpty();
    }
}
