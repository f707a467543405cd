package org.tracelab.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.core.io.FileDigest;
import org.tracelab.core.trace.ModelDescription;

/** Mechanics of the in-process backend on a tiny random-weight model: its text is gibberish by design. */
class GgufChatModelTest {

    @TempDir
    static Path directory;

    private static Path modelFile;
    private static GgufChatModel model;

    @BeforeAll
    static void loadTinyModel() throws IOException {
        modelFile = TinyGgufWriter.write(directory.resolve("tiny-random.gguf"), 20250101L);
        try {
            model = GgufChatModel.shared(modelFile, new GgufChatModel.Options(512, 2));
        } catch (ModelException e) {
            if (e.kind() == ModelException.Kind.BACKEND_UNAVAILABLE) {
                Assumptions.abort("java-llama.cpp cannot run here (needs AVX2 and libgomp1): " + e.getMessage());
            }
            throw new AssertionError("the tiny model should load: " + e.getMessage(), e);
        }
    }

    @AfterAll
    static void closeModel() {
        if (model != null) {
            model.close();
        }
    }

    private static ChatRequest request(long seed, int maxTokens) {
        return ChatRequest.of(null, List.of(ChatMessage.system("Be brief."), ChatMessage.user("Say hello.")))
                .withTemperature(1.0)
                .withMaxTokens(maxTokens)
                .withSeed(seed);
    }

    @Test
    void theWrittenModelIsAboutHalfAMegabyte() throws IOException {
        assertThat(Files.size(modelFile)).isBetween(300_000L, 700_000L);
    }

    @Test
    void sameSeedGivesTheSameTextAndOtherSeedsOtherTexts() throws ModelException {
        ChatResult first = model.chat(request(42, 24));
        ChatResult again = model.chat(request(42, 24));
        ChatResult other = model.chat(request(43, 24));
        ChatResult third = model.chat(request(44, 24));

        assertThat(first.content()).isNotEmpty().isEqualTo(again.content());
        assertThat(List.of(other.content(), third.content()))
                .anySatisfy(text -> assertThat(text).isNotEqualTo(first.content()));
    }

    @Test
    void aGenerationCutAtTheLimitReportsLengthAndExactlyTheLimitOrNothing() throws ModelException {
        int lengths = 0;
        for (long seed = 1; seed <= 12; seed++) {
            ChatResult result = model.chat(request(seed, 8));

            assertThat(result.promptTokens())
                    .as("the binding cannot count the prompt as the model saw it")
                    .isNull();
            // A byte-level vocabulary: 8 tokens are at most 8 bytes, each shown as at most one character.
            assertThat(result.content().length()).isLessThanOrEqualTo(8);
            if (result.finishReason() == FinishReason.LENGTH) {
                lengths++;
                assertThat(result.truncated()).isTrue();
                assertThat(result.completionTokens()).isEqualTo(8);
            } else {
                assertThat(result.truncated()).isFalse();
                assertThat(result.completionTokens())
                        .as("seed %d: %s", seed, result.finishReason())
                        .isIn(8, null);
            }
        }
        assertThat(lengths)
                .as("some of 12 random generations run into an 8-token limit")
                .isPositive();
    }

    @Test
    void aGenerationThatEndsByItselfFarBelowTheLimitIsAStopWithoutAGuessedCount() throws ModelException {
        int stops = 0;
        for (long seed = 1; seed <= 12; seed++) {
            ChatResult result = model.chat(request(seed, 400));
            if (result.finishReason() == FinishReason.STOP) {
                stops++;
                assertThat(result.completionTokens()).isNull();
                assertThat(result.content().length()).isLessThan(400);
            } else {
                assertThat(result.finishReason()).isIn(FinishReason.UNKNOWN, FinishReason.LENGTH);
            }
        }
        assertThat(stops)
                .as("the tiny model samples its end token within 400 tokens for some seeds")
                .isPositive();
    }

    @Test
    void loadingAndGeneratingPrintNothingOnStandardOutput() throws Exception {
        Path nativeDir = directory.resolve("fresh-native");
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-D" + JllamaLibrary.TMP_DIR_PROPERTY + "=" + nativeDir,
                        "-cp",
                        System.getProperty("java.class.path"),
                        QuietGgufLoad.class.getName(),
                        modelFile.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String stdout = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(child.waitFor()).isZero();
        assertThat(stdout)
                .as("the library was extracted afresh, and said nothing")
                .isEmpty();
        assertThat(nativeDir).isDirectory();
    }

    @Test
    void theNativeLibraryIsLoadedFromItsOwnFolderWithoutPrinting() {
        Path folder = Path.of(System.getProperty(JllamaLibrary.LIB_PATH_PROPERTY));

        assertThat(folder.resolve(System.mapLibraryName("jllama"))).isRegularFile();
        assertThat(folder.getFileName().toString()).startsWith("tracelab-jllama-");
    }

    @Test
    void describesTheFileByNameAndHashNotByPath() throws Exception {
        assertThat(model.source())
                .isEqualTo(new ModelSource.GgufFile("tiny-random.gguf", FileDigest.sha256(modelFile)));
        ModelDescription description = model.source().description("tiny-random", java.util.Map.of());
        assertThat(description.fileName()).isEqualTo("tiny-random.gguf");
        assertThat(description.fileSha256()).isEqualTo(FileDigest.sha256(modelFile));
        assertThat(description.toString()).doesNotContain(directory.toString());
        assertThat(model.capabilities().parallelRequests()).isFalse();
    }

    @Test
    void theSharedInstanceIsReused() throws ModelException {
        assertThat(GgufChatModel.shared(modelFile, new GgufChatModel.Options(512, 2)))
                .isSameAs(model);
    }

    @Test
    void anInterruptedCallerIsCancelledWithoutGenerating() {
        Thread.currentThread().interrupt();
        try {
            ModelException failure = catchThrowableOfType(ModelException.class, () -> model.chat(request(1, 8)));
            assertThat(failure.kind()).isEqualTo(ModelException.Kind.CANCELLED);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void missingFileIsAClearModelNotFound() {
        Path missing = directory.resolve("nope.gguf");

        ModelException failure = catchThrowableOfType(
                ModelException.class, () -> GgufChatModel.load(missing, GgufChatModel.Options.defaults()));

        assertThat(failure.kind()).isEqualTo(ModelException.Kind.MODEL_NOT_FOUND);
        assertThat(failure.getMessage()).contains("nope.gguf");
    }

    @Test
    void corruptFileIsReportedClearly() throws IOException {
        Path corrupt = Files.write(directory.resolve("corrupt.gguf"), "GGUF but not really".getBytes());

        ModelException failure = catchThrowableOfType(
                ModelException.class, () -> GgufChatModel.load(corrupt, GgufChatModel.Options.defaults()));

        assertThat(failure.kind()).isEqualTo(ModelException.Kind.MALFORMED_RESPONSE);
        assertThat(failure.getMessage()).contains("corrupt.gguf").contains("cannot load");
    }
}
