package org.tracelab.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.tracelab.core.record.ComplianceEvalRecord;
import org.tracelab.core.record.RecordRun;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.AttemptError;
import org.tracelab.core.trace.Curation;
import org.tracelab.core.trace.CurationState;
import org.tracelab.core.trace.DatasetDescription;
import org.tracelab.core.trace.Flags;
import org.tracelab.core.trace.Message;
import org.tracelab.core.trace.ModelDescription;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.trace.RunStatus;
import org.tracelab.core.trace.SourceVerdict;
import org.tracelab.core.trace.Strategy;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.core.verify.InstructionVerdict;
import org.tracelab.core.verify.LooseVariant;
import org.tracelab.core.verify.text.Span;

/** Hand-made traces with every optional part filled somewhere, shared by core, storage and app tests. */
public final class SampleTraces {

    public static final Instant T0 = Instant.parse("2025-03-01T10:15:30.123Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SampleTraces() {}

    public static ModelDescription model() {
        return new ModelDescription(
                "llama.cpp",
                "qwen2.5-1.5b-instruct-q4_k_m",
                List.of("http://127.0.0.1:8080/v1"),
                "qwen2.5-1.5b-instruct-q4_k_m.gguf",
                "a".repeat(64),
                Map.of(
                        "temperature",
                        JsonNodeFactory.instance.numberNode(0.7),
                        "max_tokens",
                        JsonNodeFactory.instance.numberNode(1024)));
    }

    public static DatasetDescription dataset() {
        return new DatasetDescription("ifeval", "b".repeat(64), 541);
    }

    public static RunInfo run(String name) {
        return new RunInfo(
                name,
                T0,
                null,
                RunStatus.RUNNING,
                model(),
                dataset(),
                List.of("direct", "repair"),
                List.of(42L, 7L),
                1,
                "tracelab-ifeval/1+punkt",
                "sample run");
    }

    public static RecordRun recordRun() {
        return new RecordRun("sample", model(), dataset(), "tracelab-ifeval/1+punkt");
    }

    /** Two instructions: no commas and lower case. */
    public static TaskRecord task(String key) {
        return new TaskRecord(
                key,
                "Write a haiku about rain, without commas, all in lower case.",
                List.of("punctuation:no_comma", "change_case:english_lowercase"),
                List.of(json("{}"), json("{}")),
                List.of());
    }

    public static Attempt failingDirect(String output) {
        int comma = Math.max(0, output.indexOf(','));
        return new Attempt(
                0,
                null,
                Strategy.DIRECT,
                List.of(new Message("user", task("1").prompt())),
                output,
                "stop",
                31,
                17,
                840L,
                null,
                T0,
                List.of(
                        new InstructionVerdict(
                                0,
                                "punctuation:no_comma",
                                false,
                                false,
                                null,
                                List.of(new Span(comma, comma + 1)),
                                "found 1 comma; the instruction forbids any"),
                        new InstructionVerdict(
                                1,
                                "change_case:english_lowercase",
                                true,
                                true,
                                LooseVariant.AS_GIVEN,
                                List.of(),
                                "all letters are lower case")),
                List.of(Flags.TRUNCATED),
                "http://127.0.0.1:8080/v1");
    }

    public static Attempt passingPatch(String output) {
        return new Attempt(
                1,
                0,
                Strategy.PATCH,
                List.of(
                        new Message("user", task("1").prompt()),
                        new Message("assistant", "rain, soft rain"),
                        new Message("user", "Remove the commas.")),
                output,
                "stop",
                null,
                null,
                512L,
                null,
                T0.plusMillis(900),
                List.of(
                        new InstructionVerdict(
                                0, "punctuation:no_comma", true, true, LooseVariant.AS_GIVEN, List.of(), "no commas"),
                        new InstructionVerdict(
                                1,
                                "change_case:english_lowercase",
                                true,
                                true,
                                LooseVariant.AS_GIVEN,
                                List.of(),
                                "all letters are lower case")),
                List.of());
    }

    public static Attempt failedCall() {
        return new Attempt(
                2,
                1,
                Strategy.RETRY,
                List.of(new Message("user", "again")),
                "",
                null,
                null,
                null,
                30000L,
                new AttemptError("timeout", "no answer in 30 s"),
                T0.plusMillis(2000),
                List.of(),
                List.of());
    }

    /** A finished two-attempt chain with a source verdict and a curation note. */
    public static ComplianceEvalRecord record(String key, Long seed) {
        return ComplianceEvalRecord.of(
                recordRun(),
                task(key),
                "repair",
                seed,
                0,
                List.of(failingDirect("rain, soft rain"), passingPatch("rain soft rain")),
                1,
                true,
                true,
                new SourceVerdict("wasmagent", false, json("[{\"id\":\"punctuation:no_comma\",\"msg\":\"comma\"}]")),
                new Curation(CurationState.INCLUDED, "clean fix"));
    }

    /** An unfinished chain whose last call failed: no final verdicts, no curation. */
    public static ComplianceEvalRecord unfinishedRecord(String key) {
        return ComplianceEvalRecord.of(
                recordRun(),
                task(key),
                "direct",
                null,
                2,
                List.of(failingDirect("a, b"), passingPatch("a b"), failedCall()),
                null,
                null,
                null,
                null,
                null);
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
