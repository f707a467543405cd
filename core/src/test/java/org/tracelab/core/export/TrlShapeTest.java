package org.tracelab.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracelab.core.export.Fixtures.example;
import static org.tracelab.core.export.Fixtures.pair;
import static org.tracelab.core.export.Fixtures.withSystem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every written line parsed back and checked against TRL's dataset formats: exactly the expected keys, strings
 * for the standard style, role/content message lists for the conversational one, a boolean KTO label.
 */
class TrlShapeTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private List<JsonNode> export(ExportKind kind, ExportStyle style) throws IOException {
        Path out = dir.resolve(kind.id() + "-" + style.id() + ".jsonl");
        new DatasetExporter(Fixtures.CLOCK)
                .export(kind, ExportOptions.defaults(out).withStyle(style), Fixtures.SOURCE, ExportListener.NONE);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            lines.add(MAPPER.readTree(line));
        }
        assertThat(lines).isNotEmpty();
        return lines;
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static void assertColumn(JsonNode value, ExportStyle style, Set<String> roles) {
        if (style == ExportStyle.STANDARD) {
            assertThat(value.isTextual())
                    .as("standard column %s is a string", value)
                    .isTrue();
            return;
        }
        assertThat(value.isArray())
                .as("conversational column %s is a list", value)
                .isTrue();
        for (Iterator<JsonNode> it = value.elements(); it.hasNext(); ) {
            JsonNode message = it.next();
            assertThat(keys(message)).containsExactly("role", "content");
            assertThat(message.get("role").asText()).isIn(roles);
            assertThat(message.get("content").isTextual()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(ExportStyle.class)
    void dpo(ExportStyle style) throws IOException {
        ExportKind kind = ExportKind.dpo(
                List.of(pair("1", "P", "sys", "good", "bad", Set.of(), Set.of()), pair("2", "Q", "better", "worse")));
        for (JsonNode line : export(kind, style)) {
            assertThat(keys(line)).containsExactly("prompt", "chosen", "rejected");
            assertColumn(line.get("prompt"), style, Set.of("system", "user"));
            assertColumn(line.get("chosen"), style, Set.of("assistant"));
            assertColumn(line.get("rejected"), style, Set.of("assistant"));
        }
    }

    @ParameterizedTest
    @EnumSource(ExportStyle.class)
    void sft(ExportStyle style) throws IOException {
        ExportKind kind = ExportKind.sft(
                List.of(withSystem(example("1", "P", "good", true), "sys"), example("2", "Q", "fine", true)));
        for (JsonNode line : export(kind, style)) {
            if (style == ExportStyle.CONVERSATIONAL) {
                assertThat(keys(line)).containsExactly("messages");
                assertColumn(line.get("messages"), style, Set.of("system", "user", "assistant"));
                JsonNode messages = line.get("messages");
                assertThat(messages.get(messages.size() - 1).get("role").asText())
                        .isEqualTo("assistant");
            } else {
                assertThat(keys(line)).containsExactly("prompt", "completion");
                assertColumn(line.get("prompt"), style, Set.of());
                assertColumn(line.get("completion"), style, Set.of());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ExportStyle.class)
    void kto(ExportStyle style) throws IOException {
        ExportKind kind = ExportKind.kto(List.of(example("1", "P", "good", true), example("1", "P", "bad", false)));
        for (JsonNode line : export(kind, style)) {
            assertThat(keys(line)).containsExactly("prompt", "completion", "label");
            assertColumn(line.get("prompt"), style, Set.of("system", "user"));
            assertColumn(line.get("completion"), style, Set.of("assistant"));
            assertThat(line.get("label").isBoolean()).isTrue();
        }
    }
}
