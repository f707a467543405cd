package org.tracelab.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracelab.core.model.FakeModelServer.json;
import static org.tracelab.core.model.FakeModelServer.slow;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LocalServerDetectorTest {

    @Test
    void findsOllamaAndLlamaServerAndSkipsSilentPorts() throws IOException {
        try (FakeModelServer ollama = FakeModelServer.start();
                FakeModelServer llama = FakeModelServer.start();
                FakeModelServer hanging = FakeModelServer.start()) {
            ollama.on("/api/tags", json(200, Replies.OLLAMA_TAGS));
            llama.on("/v1/models", json(200, Replies.LLAMA_SERVER_MODELS));
            hanging.on("/v1/models", slow(3_000, json(200, Replies.LLAMA_SERVER_MODELS)));
            int closedPort = freePort();
            LocalServerDetector detector = new LocalServerDetector(
                    "127.0.0.1",
                    List.of(
                            new LocalServerDetector.Target(ollama.port(), ServerKind.OLLAMA),
                            new LocalServerDetector.Target(closedPort, ServerKind.VLLM),
                            new LocalServerDetector.Target(hanging.port(), ServerKind.LM_STUDIO),
                            new LocalServerDetector.Target(llama.port(), ServerKind.VLLM)),
                    Duration.ofMillis(300));

            long started = System.nanoTime();
            List<DetectedServer> found = detector.detect();
            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

            assertThat(found)
                    .containsExactly(
                            new DetectedServer(
                                    ServerKind.OLLAMA,
                                    URI.create("http://127.0.0.1:" + ollama.port() + "/v1"),
                                    List.of("llama3.2:1b", "qwen2.5:7b")),
                            // owned_by "llamacpp" overrides the port's usual guess
                            new DetectedServer(
                                    ServerKind.LLAMA_SERVER,
                                    URI.create("http://127.0.0.1:" + llama.port() + "/v1"),
                                    List.of("qwen2.5-0.5b-instruct")));
            assertThat(elapsedMillis)
                    .as("probes run in parallel with short timeouts")
                    .isLessThan(1_500);
        }
    }

    @Test
    void aServerThatIsNotAModelServerIsNotReported() throws IOException {
        try (FakeModelServer web = FakeModelServer.start()) {
            web.on("/v1/models", FakeModelServer.text(200, "<html>hello</html>"));
            LocalServerDetector detector = new LocalServerDetector(
                    "127.0.0.1",
                    List.of(new LocalServerDetector.Target(web.port(), ServerKind.LLAMA_SERVER)),
                    Duration.ofMillis(300));

            assertThat(detector.detect()).isEmpty();
        }
    }

    @Test
    void defaultTargetsAreTheKnownLocalPorts() {
        assertThat(LocalServerDetector.defaultTargets())
                .extracting(LocalServerDetector.Target::port)
                .containsExactly(11434, 8080, 9931, 8000, 1234);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
