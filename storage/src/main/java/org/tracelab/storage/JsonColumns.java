package org.tracelab.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tracelab.core.verify.constraint.ConstraintLevel;
import org.tracelab.core.verify.text.Span;

/** Encodes the values the store keeps as JSON text: read whole, never queried inside. */
final class JsonColumns {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final TypeReference<List<Long>> LONGS = new TypeReference<>() {};

    private JsonColumns() {}

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot encode a JSON column", e);
        }
    }

    static JsonNode tree(String json) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("corrupt JSON column: " + e.getOriginalMessage(), e);
        }
    }

    /** A JSON list of strings; a column left NULL (a run without endpoints, say) reads as an empty list. */
    static List<String> strings(String json) {
        return json == null ? List.of() : read(json, STRINGS);
    }

    static List<Long> longs(String json) {
        return read(json, LONGS);
    }

    static List<JsonNode> nodes(String json) {
        List<JsonNode> nodes = new ArrayList<>();
        tree(json).forEach(nodes::add);
        return nodes;
    }

    static Map<String, JsonNode> objectFields(String json) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        tree(json).fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue()));
        return fields;
    }

    static String objectOf(Map<String, JsonNode> fields) {
        ObjectNode object = MAPPER.createObjectNode();
        fields.forEach(object::set);
        return write(object);
    }

    /** {@code ["hard","soft"]}, or null when every level is hard (the column's default meaning). */
    static String levels(List<ConstraintLevel> levels) {
        if (!levels.contains(ConstraintLevel.SOFT)) {
            return null;
        }
        return write(levels.stream().map(ConstraintLevel::wireName).toList());
    }

    /** The levels of a {@code levels_json} column; empty (all hard) for null. */
    static List<ConstraintLevel> levels(String json) {
        if (json == null) {
            return List.of();
        }
        return strings(json).stream()
                .map(name -> ConstraintLevel.fromWireName(name)
                        .orElseThrow(() -> new StoreException("corrupt levels column: " + name)))
                .toList();
    }

    /** Spans as compact {@code [[start,end],...]}: a run holds millions of them. */
    static String spans(List<Span> spans) {
        if (spans.isEmpty()) {
            return "[]";
        }
        StringBuilder json = new StringBuilder("[");
        for (Span span : spans) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('[').append(span.start()).append(',').append(span.end()).append(']');
        }
        return json.append(']').toString();
    }

    static List<Span> spans(String json) {
        if ("[]".equals(json)) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>();
        for (JsonNode pair : tree(json)) {
            spans.add(new Span(pair.get(0).asInt(), pair.get(1).asInt()));
        }
        return spans;
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("corrupt JSON column: " + e.getOriginalMessage(), e);
        }
    }
}
