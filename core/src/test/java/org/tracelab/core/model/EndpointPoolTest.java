package org.tracelab.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndpointPoolTest {

    private static final ChatRequest REQUEST = ChatRequest.of("m", List.of(ChatMessage.user("hi")));

    /** An endpoint that answers with its name, or fails while {@code failure} is set. */
    private static final class ScriptedEndpoint implements ChatModel {
        final String name;
        ModelException failure;
        int calls;

        ScriptedEndpoint(String name) {
            this.name = name;
        }

        @Override
        public ChatResult chat(ChatRequest request) throws ModelException {
            calls++;
            if (failure != null) {
                throw failure;
            }
            return new ChatResult(name, FinishReason.STOP, "stop", 1, 1, 0, "m");
        }

        @Override
        public ModelCapabilities capabilities() {
            return new ModelCapabilities(true, true, true, true, true);
        }

        @Override
        public ModelSource source() {
            return new ModelSource.HttpEndpoint("http://" + name + ":8000/v1", ServerKind.VLLM);
        }
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2025-01-01T00:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final ScriptedEndpoint a = new ScriptedEndpoint("a");
    private final ScriptedEndpoint b = new ScriptedEndpoint("b");
    private final ScriptedEndpoint c = new ScriptedEndpoint("c");
    private final MutableClock clock = new MutableClock();
    private final EndpointPool pool = new EndpointPool(List.of(a, b, c), Duration.ofSeconds(30), clock);

    private List<String> answers(int count) throws ModelException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(pool.chat(REQUEST).content());
        }
        return names;
    }

    @Test
    void spreadsCallsRoundRobin() throws ModelException {
        assertThat(answers(6)).containsExactly("a", "b", "c", "a", "b", "c");
    }

    @Test
    void failingEndpointLeavesRotationForTheCoolDownAndComesBackAfterIt() throws ModelException {
        b.failure = new ModelException(ModelException.Kind.CONNECTION, "refused");

        assertThat(answers(4)).containsExactly("a", "c", "a", "c");
        assertThat(b.calls).isEqualTo(1);
        assertThat(pool.available()).isEqualTo(2);

        b.failure = null;
        clock.now = clock.now.plusSeconds(31);
        assertThat(pool.available()).isEqualTo(3);
        assertThat(answers(3)).containsExactly("a", "b", "c");
    }

    @Test
    void requestErrorsArePassedOnWithoutTryingOtherEndpoints() {
        a.failure = new ModelException(ModelException.Kind.BAD_REQUEST, "prompt too long");

        ModelException failure = catchThrowableOfType(ModelException.class, () -> pool.chat(REQUEST));

        assertThat(failure.kind()).isEqualTo(ModelException.Kind.BAD_REQUEST);
        assertThat(b.calls + c.calls).isZero();
        assertThat(pool.available()).isEqualTo(3);
    }

    @Test
    void whenEveryEndpointFailsTheLastFailureIsReported() {
        a.failure = new ModelException(ModelException.Kind.CONNECTION, "a down");
        b.failure = new ModelException(ModelException.Kind.SERVER_ERROR, "b broken");
        c.failure = new ModelException(ModelException.Kind.TIMEOUT, "c slow");

        ModelException failure = catchThrowableOfType(ModelException.class, () -> pool.chat(REQUEST));

        assertThat(failure.getMessage()).isEqualTo("c slow");
        assertThat(pool.available()).isZero();
    }

    @Test
    void whenAllAreCoolingDownTheOneRecoveringFirstIsTried() throws ModelException {
        a.failure = new ModelException(ModelException.Kind.CONNECTION, "a down");
        b.failure = new ModelException(ModelException.Kind.CONNECTION, "b down");
        c.failure = new ModelException(ModelException.Kind.CONNECTION, "c down");
        catchThrowableOfType(ModelException.class, () -> pool.chat(REQUEST));
        a.failure = null;

        assertThat(pool.chat(REQUEST).content()).isEqualTo("a");
    }

    @Test
    void describesAllMembers() {
        assertThat(pool.source())
                .isEqualTo(new ModelSource.EndpointFleet(List.of(
                        new ModelSource.HttpEndpoint("http://a:8000/v1", ServerKind.VLLM),
                        new ModelSource.HttpEndpoint("http://b:8000/v1", ServerKind.VLLM),
                        new ModelSource.HttpEndpoint("http://c:8000/v1", ServerKind.VLLM))));
        assertThat(pool.source().description("m", java.util.Map.of()).endpoints())
                .containsExactly("http://a:8000/v1", "http://b:8000/v1", "http://c:8000/v1");
    }
}
