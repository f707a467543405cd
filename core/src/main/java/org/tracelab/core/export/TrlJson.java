package org.tracelab.core.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON values of TRL's dataset formats: message lists for the conversational style, strings for the standard. */
final class TrlJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private TrlJson() {}

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** The prompt column: {@code [system?, user]} or the instruction text alone. */
    static JsonNode prompt(ExportStyle style, String systemPrompt, String prompt) {
        if (style == ExportStyle.STANDARD) {
            return MAPPER.getNodeFactory().textNode(prompt);
        }
        ArrayNode messages = MAPPER.createArrayNode();
        if (systemPrompt != null) {
            messages.add(message("system", systemPrompt));
        }
        messages.add(message("user", prompt));
        return messages;
    }

    /** A completion column ({@code completion}, {@code chosen}, {@code rejected}): {@code [assistant]} or the text. */
    static JsonNode completion(ExportStyle style, String text) {
        if (style == ExportStyle.STANDARD) {
            return MAPPER.getNodeFactory().textNode(text);
        }
        return MAPPER.createArrayNode().add(message("assistant", text));
    }

    /** SFT's conversational column: the whole exchange, {@code [system?, user, assistant]}. */
    static ArrayNode conversation(String systemPrompt, String prompt, String completion) {
        ArrayNode messages = (ArrayNode) prompt(ExportStyle.CONVERSATIONAL, systemPrompt, prompt);
        return messages.add(message("assistant", completion));
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serializes", e);
        }
    }

    private static ObjectNode message(String role, String content) {
        return object().put("role", role).put("content", content);
    }
}
