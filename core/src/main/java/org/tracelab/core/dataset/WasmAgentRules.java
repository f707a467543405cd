package org.tracelab.core.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracelab.core.verify.constraint.ConstraintRegistry;
import org.tracelab.core.verify.constraint.Relation;

/**
 * The WasmAgent rule names ({@code rule} of the short shape, {@code verify_method} of a {@code ConstraintIR}) that
 * have a registry equivalent, and how each one's value becomes that constraint's kwargs. Any registry id is
 * accepted too, its value then being the kwargs object itself. README "Task files" prints this table.
 */
public final class WasmAgentRules {

    /** A value the rule cannot use; the reader reports it on the value's field. */
    public static final class ValueException extends Exception {

        private static final long serialVersionUID = 1L;

        ValueException(String message) {
            super(message);
        }
    }

    /** Turns a rule's value into kwargs; {@code prompt} is the task's prompt (for repeat_prompt). */
    @FunctionalInterface
    interface Converter {
        ObjectNode kwargs(JsonNode value, String prompt) throws ValueException;
    }

    /**
     * One mapped rule.
     *
     * @param name  the WasmAgent name
     * @param id    the registry id it becomes
     * @param value what its value must be, for people
     */
    public record Rule(String name, String id, String value, Converter converter) {}

    /** A rule resolved for one constraint: the registry id and its kwargs. */
    public record Mapped(String id, ObjectNode kwargs) {}

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        // format
        add(
                "bullet_count",
                "detectable_format:number_bullet_lists",
                "N: exactly N bullet points",
                (v, p) -> object("num_bullets", count(v)));
        add(
                "highlight_count",
                "detectable_format:number_highlighted_sections",
                "N: at least N highlighted sections",
                (v, p) -> object("num_highlights", count(v)));
        add(
                "section_count",
                "detectable_format:multiple_sections",
                "N, or {\"count\": N, \"marker\": \"Section\"}: at least N sections, each starting with the marker",
                WasmAgentRules::sections);
        add(
                "placeholder_count",
                "detectable_content:number_placeholders",
                "N: at least N [placeholders]",
                (v, p) -> object("num_placeholders", count(v)));
        add("title", "detectable_format:title", "true or absent", WasmAgentRules::flag);
        add("json", "detectable_format:json_format", "true or absent", WasmAgentRules::flag);
        add("json_format", "detectable_format:json_format", "true or absent", WasmAgentRules::flag);
        add("json_schema", "rule:json_schema", "a JSON Schema object", (v, p) -> {
            if (v == null || !v.isObject()) {
                throw new ValueException("must be a JSON Schema object");
            }
            return object("schema", v);
        });
        add("quotation", "startend:quotation", "true or absent", WasmAgentRules::flag);
        add("wrap_in_quotes", "startend:quotation", "true or absent", WasmAgentRules::flag);
        add("no_comma", "punctuation:no_comma", "true or absent", WasmAgentRules::flag);
        add("lowercase", "change_case:english_lowercase", "true or absent", WasmAgentRules::flag);
        add("uppercase", "change_case:english_capital", "true or absent", WasmAgentRules::flag);
        add("two_responses", "combination:two_responses", "true or absent", WasmAgentRules::flag);
        add(
                "repeat_prompt",
                "combination:repeat_prompt",
                "the text to repeat, or true for the task's own prompt",
                (v, p) -> object("prompt_to_repeat", v == null || v.isBoolean() && v.booleanValue() ? p : text(v)));
        add("constrained_response", "detectable_format:constrained_response", "true or absent", WasmAgentRules::flag);
        add("yes_no_maybe", "detectable_format:constrained_response", "true or absent", WasmAgentRules::flag);
        add(
                "postscript",
                "detectable_content:postscript",
                "the marker (default \"P.S.\")",
                (v, p) -> object("postscript_marker", v == null || v.isBoolean() ? "P.S." : text(v)));
        add("end_phrase", "startend:end_checker", "the exact closing phrase", (v, p) -> object("end_phrase", text(v)));
        add("starts_with", "rule:starts_with", "the opening text", (v, p) -> object("phrase", text(v)));
        add("ends_with", "rule:ends_with", "the closing text", (v, p) -> object("phrase", text(v)));
        add("headings", "rule:markdown_headings", "[\"heading\", …] in order", (v, p) -> object("headings", texts(v)));
        add(
                "markdown_headings",
                "rule:markdown_headings",
                "[\"heading\", …] in order",
                (v, p) -> object("headings", texts(v)));
        add(
                "every_line_matches",
                "rule:every_line_matches",
                "a regular expression",
                (v, p) -> object("pattern", text(v)));
        add("line_pattern", "rule:every_line_matches", "a regular expression", (v, p) -> object("pattern", text(v)));
        add(
                "every_paragraph_matches",
                "rule:every_paragraph_matches",
                "a regular expression",
                (v, p) -> object("pattern", text(v)));
        // length
        add(
                "paragraph_count",
                "rule:paragraph_count",
                "N (exactly) or {\"min\": a, \"max\": b}",
                WasmAgentRules::exactOrRange);
        add("word_count", "rule:word_count", "{\"min\": a, \"max\": b}", WasmAgentRules::range);
        add("min_words", "rule:word_count", "N: at least N words", (v, p) -> object("min", count(v)));
        add("max_words", "rule:word_count", "N: at most N words", (v, p) -> object("max", count(v)));
        add("sentence_count", "rule:sentence_count", "{\"min\": a, \"max\": b}", WasmAgentRules::range);
        add("min_sentences", "rule:sentence_count", "N: at least N sentences", (v, p) -> object("min", count(v)));
        add("max_sentences", "rule:sentence_count", "N: at most N sentences", (v, p) -> object("max", count(v)));
        add("char_count", "rule:character_count", "{\"min\": a, \"max\": b}", WasmAgentRules::range);
        add("min_chars", "rule:character_count", "N: at least N characters", (v, p) -> object("min", count(v)));
        add("max_chars", "rule:character_count", "N: at most N characters", (v, p) -> object("max", count(v)));
        // content
        add(
                "include_keywords",
                "keywords:existence",
                "[\"word\", …]: each must appear",
                (v, p) -> object("keywords", texts(v)));
        add(
                "keywords",
                "keywords:existence",
                "[\"word\", …]: each must appear",
                (v, p) -> object("keywords", texts(v)));
        add(
                "keyword_frequency",
                "keywords:frequency",
                "{\"keyword\": w, \"count\": n, \"relation\": \"at least\" (default) or \"less than\"}",
                WasmAgentRules::keywordFrequency);
        add(
                "forbidden_words",
                "keywords:forbidden_words",
                "[\"word\", …]: none may appear as a whole word",
                (v, p) -> object("forbidden_words", texts(v)));
        add(
                "exclude_words",
                "keywords:forbidden_words",
                "[\"word\", …]: none may appear as a whole word",
                (v, p) -> object("forbidden_words", texts(v)));
        add(
                "letter_frequency",
                "keywords:letter_frequency",
                "{\"letter\": c, \"count\": n, \"relation\": \"at least\" (default) or \"less than\"}",
                WasmAgentRules::letterFrequency);
        add(
                "must_contain",
                "rule:contains",
                "a phrase or [\"phrase\", …]: each must appear (any case)",
                (v, p) -> object("phrases", texts(v)));
        add("contains", "rule:contains", "a phrase or [\"phrase\", …]", (v, p) -> object("phrases", texts(v)));
        add(
                "must_not_contain",
                "rule:not_contains",
                "a phrase or [\"phrase\", …]: none may appear (any case)",
                (v, p) -> object("phrases", texts(v)));
        add("not_contains", "rule:not_contains", "a phrase or [\"phrase\", …]", (v, p) -> object("phrases", texts(v)));
        add(
                "regex",
                "rule:regex",
                "a regular expression that must match, or the rule:regex kwargs object",
                WasmAgentRules::regex);
        add("matches", "rule:regex", "a regular expression that must match", WasmAgentRules::regex);
        add("not_regex", "rule:regex", "a regular expression that must not match", (v, p) -> {
            ObjectNode kwargs = object("pattern", text(v));
            kwargs.put("max_matches", 0);
            return kwargs;
        });
        // style
        add(
                "language",
                "language:response_language",
                "an ISO 639-1 code, e.g. \"de\"",
                (v, p) -> object("language", text(v)));
        add(
                "response_language",
                "language:response_language",
                "an ISO 639-1 code",
                (v, p) -> object("language", text(v)));
        add(
                "capital_word_count",
                "change_case:capital_word_frequency",
                "{\"count\": n, \"relation\": \"at least\" (default) or \"less than\"}",
                WasmAgentRules::capitalWords);
    }

    private WasmAgentRules() {}

    /** Every mapped WasmAgent rule, in the table's order. */
    public static List<Rule> rules() {
        return List.copyOf(RULES.values());
    }

    /**
     * The registry id and kwargs for {@code rule} with {@code value}: a mapped WasmAgent name, or a registry id whose
     * value is its kwargs object.
     *
     * @return empty when the name is neither (the caller names the nearest known ones)
     */
    public static Optional<Mapped> map(String rule, JsonNode value, String prompt, ConstraintRegistry registry)
            throws ValueException {
        Rule mapped = RULES.get(rule);
        JsonNode given = value == null || value.isNull() || value.isMissingNode() ? null : value;
        if (mapped != null) {
            return Optional.of(new Mapped(mapped.id(), mapped.converter().kwargs(given, prompt)));
        }
        if (registry.find(rule).isPresent()) {
            if (given != null && !given.isObject()) {
                throw new ValueException("must be the kwargs object of " + rule);
            }
            return Optional.of(new Mapped(rule, given == null ? JSON.objectNode() : ((ObjectNode) given).deepCopy()));
        }
        return Optional.empty();
    }

    /** Every name {@link #map} accepts: the mapped rules, then the registry's ids. */
    public static List<String> knownNames(ConstraintRegistry registry) {
        List<String> names = new ArrayList<>(RULES.keySet());
        names.addAll(registry.ids());
        return names;
    }

    private static void add(String name, String id, String value, Converter converter) {
        RULES.put(name, new Rule(name, id, value, converter));
    }

    private static ObjectNode object(String name, Object value) {
        ObjectNode node = JSON.objectNode();
        if (value instanceof Integer n) {
            node.put(name, n);
        } else if (value instanceof String s) {
            node.put(name, s);
        } else {
            node.set(name, (JsonNode) value);
        }
        return node;
    }

    private static ObjectNode flag(JsonNode value, String prompt) throws ValueException {
        if (value != null && !(value.isBoolean() && value.booleanValue())) {
            throw new ValueException("takes no value (give true or leave it out)");
        }
        return JSON.objectNode();
    }

    private static int count(JsonNode value) throws ValueException {
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
            throw new ValueException("must be a whole number, 0 or more" + (value == null ? "" : ", got " + value));
        }
        return value.intValue();
    }

    private static String text(JsonNode value) throws ValueException {
        if (value == null || !value.isTextual()) {
            throw new ValueException("must be a string" + (value == null ? "" : ", got " + value));
        }
        return value.textValue();
    }

    /** A string or a list of strings, as a JSON array. */
    private static ArrayNode texts(JsonNode value) throws ValueException {
        ArrayNode array = JSON.arrayNode();
        if (value != null && value.isTextual()) {
            return array.add(value.textValue());
        }
        if (value == null || !value.isArray()) {
            throw new ValueException("must be a string or a list of strings" + (value == null ? "" : ", got " + value));
        }
        for (JsonNode element : value) {
            array.add(text(element));
        }
        return array;
    }

    private static ObjectNode range(JsonNode value, String prompt) throws ValueException {
        if (value == null || !value.isObject()) {
            throw new ValueException("must be {\"min\": a, \"max\": b} (either may be left out)"
                    + (value != null && value.isNumber() ? "; a single number is ambiguous: use min_… or max_…" : ""));
        }
        ObjectNode kwargs = JSON.objectNode();
        Iterator<String> names = value.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!name.equals("min") && !name.equals("max")) {
                throw new ValueException("unexpected \"" + name + "\" (expected min and/or max)");
            }
            kwargs.put(name, count(value.get(name)));
        }
        if (kwargs.isEmpty()) {
            throw new ValueException("give min, max or both");
        }
        return kwargs;
    }

    private static ObjectNode exactOrRange(JsonNode value, String prompt) throws ValueException {
        if (value != null && value.isNumber()) {
            int n = count(value);
            ObjectNode kwargs = JSON.objectNode();
            kwargs.put("min", n);
            kwargs.put("max", n);
            return kwargs;
        }
        return range(value, prompt);
    }

    private static ObjectNode sections(JsonNode value, String prompt) throws ValueException {
        ObjectNode kwargs = JSON.objectNode();
        if (value != null && value.isObject()) {
            kwargs.put("section_spliter", value.has("marker") ? text(value.get("marker")) : "Section");
            kwargs.put("num_sections", count(value.get("count")));
        } else {
            kwargs.put("section_spliter", "Section");
            kwargs.put("num_sections", count(value));
        }
        return kwargs;
    }

    private static ObjectNode keywordFrequency(JsonNode value, String prompt) throws ValueException {
        requireObject(value, "{\"keyword\": w, \"count\": n}");
        ObjectNode kwargs = JSON.objectNode();
        kwargs.put("keyword", text(value.get("keyword")));
        kwargs.put("frequency", count(value.get("count")));
        kwargs.put("relation", relation(value.get("relation")));
        return kwargs;
    }

    private static ObjectNode letterFrequency(JsonNode value, String prompt) throws ValueException {
        requireObject(value, "{\"letter\": c, \"count\": n}");
        ObjectNode kwargs = JSON.objectNode();
        kwargs.put("letter", text(value.get("letter")));
        kwargs.put("let_frequency", count(value.get("count")));
        kwargs.put("let_relation", relation(value.get("relation")));
        return kwargs;
    }

    private static ObjectNode capitalWords(JsonNode value, String prompt) throws ValueException {
        requireObject(value, "{\"count\": n}");
        ObjectNode kwargs = JSON.objectNode();
        kwargs.put("capital_frequency", count(value.get("count")));
        kwargs.put("capital_relation", relation(value.get("relation")));
        return kwargs;
    }

    private static ObjectNode regex(JsonNode value, String prompt) throws ValueException {
        if (value != null && value.isObject()) {
            return ((ObjectNode) value).deepCopy();
        }
        return object("pattern", text(value));
    }

    private static void requireObject(JsonNode value, String shape) throws ValueException {
        if (value == null || !value.isObject()) {
            throw new ValueException("must be " + shape);
        }
    }

    private static String relation(JsonNode value) throws ValueException {
        if (value == null) {
            return Relation.AT_LEAST.phrase();
        }
        String phrase = text(value);
        if (Relation.fromPhrase(phrase).isEmpty()) {
            throw new ValueException("relation must be \"at least\" or \"less than\", got \"" + phrase + "\"");
        }
        return phrase;
    }
}
