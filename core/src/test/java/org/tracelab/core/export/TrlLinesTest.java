package org.tracelab.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracelab.core.export.Fixtures.example;
import static org.tracelab.core.export.Fixtures.pair;
import static org.tracelab.core.export.Fixtures.withSystem;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The exact lines of each kind and style, as TRL's dataset formats spell them. */
class TrlLinesTest {

    private static List<String> lines(ExportKind kind, ExportStyle style) {
        return kind.select(style, false).lines().stream().map(ExportLine::json).toList();
    }

    @Test
    void dpoConversationalIsMessageLists() {
        ExportKind kind = ExportKind.dpo(List.of(pair("1", "Say hi in lower case.", "hi", "HI")));
        assertThat(lines(kind, ExportStyle.CONVERSATIONAL))
                .containsExactly("{\"prompt\":[{\"role\":\"user\",\"content\":\"Say hi in lower case.\"}],"
                        + "\"chosen\":[{\"role\":\"assistant\",\"content\":\"hi\"}],"
                        + "\"rejected\":[{\"role\":\"assistant\",\"content\":\"HI\"}]}");
    }

    @Test
    void dpoConversationalPutsTheSystemPromptFirst() {
        ExportKind kind = ExportKind.dpo(List.of(pair("1", "Say hi.", "Be brief.", "hi", "HI", Set.of(), Set.of())));
        assertThat(lines(kind, ExportStyle.CONVERSATIONAL))
                .containsExactly("{\"prompt\":[{\"role\":\"system\",\"content\":\"Be brief.\"},"
                        + "{\"role\":\"user\",\"content\":\"Say hi.\"}],"
                        + "\"chosen\":[{\"role\":\"assistant\",\"content\":\"hi\"}],"
                        + "\"rejected\":[{\"role\":\"assistant\",\"content\":\"HI\"}]}");
    }

    @Test
    void dpoStandardIsStrings() {
        ExportKind kind =
                ExportKind.dpo(List.of(pair("1", "Say \"hi\".", "Be brief.", "hi\n", "HI", Set.of(), Set.of())));
        assertThat(lines(kind, ExportStyle.STANDARD))
                .containsExactly("{\"prompt\":\"Say \\\"hi\\\".\",\"chosen\":\"hi\\n\",\"rejected\":\"HI\"}");
    }

    @Test
    void sftConversationalIsOneMessagesColumn() {
        ExportKind kind = ExportKind.sft(List.of(withSystem(example("1", "Say hi.", "hi", true), "Be brief.")));
        assertThat(lines(kind, ExportStyle.CONVERSATIONAL))
                .containsExactly("{\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"},"
                        + "{\"role\":\"user\",\"content\":\"Say hi.\"},"
                        + "{\"role\":\"assistant\",\"content\":\"hi\"}]}");
    }

    @Test
    void sftStandardIsPromptAndCompletion() {
        ExportKind kind = ExportKind.sft(List.of(example("1", "Say hi.", "hi", true)));
        assertThat(lines(kind, ExportStyle.STANDARD)).containsExactly("{\"prompt\":\"Say hi.\",\"completion\":\"hi\"}");
    }

    @Test
    void ktoStandardCarriesTheVerdictAsLabel() {
        ExportKind kind =
                ExportKind.kto(List.of(example("1", "Say hi.", "hi", true), example("1", "Say hi.", "HI", false)));
        assertThat(lines(kind, ExportStyle.STANDARD))
                .containsExactly(
                        "{\"prompt\":\"Say hi.\",\"completion\":\"hi\",\"label\":true}",
                        "{\"prompt\":\"Say hi.\",\"completion\":\"HI\",\"label\":false}");
    }

    @Test
    void ktoConversationalUsesMessageListsForPromptAndCompletion() {
        ExportKind kind = ExportKind.kto(List.of(example("1", "Say hi.", "HI", false)));
        assertThat(lines(kind, ExportStyle.CONVERSATIONAL))
                .containsExactly("{\"prompt\":[{\"role\":\"user\",\"content\":\"Say hi.\"}],"
                        + "\"completion\":[{\"role\":\"assistant\",\"content\":\"HI\"}],\"label\":false}");
    }

    @Test
    void unicodeIsWrittenAsUtf8NotEscaped() {
        ExportKind kind = ExportKind.sft(List.of(example("1", "Antworte auf Deutsch.", "Grüße, 世界", true)));
        assertThat(lines(kind, ExportStyle.STANDARD))
                .containsExactly("{\"prompt\":\"Antworte auf Deutsch.\",\"completion\":\"Grüße, 世界\"}");
    }

    @Test
    void blankSystemPromptCountsAsNone() {
        ExportKind kind = ExportKind.sft(List.of(withSystem(example("1", "Say hi.", "hi", true), "  ")));
        assertThat(lines(kind, ExportStyle.CONVERSATIONAL))
                .containsExactly("{\"messages\":[{\"role\":\"user\",\"content\":\"Say hi.\"},"
                        + "{\"role\":\"assistant\",\"content\":\"hi\"}]}");
    }
}
