package org.tracelab.core.verify.constraint;

import com.fasterxml.jackson.databind.JsonNode;

/** The JSON shape one kwarg must have. */
public enum KwargKind {
    /** A JSON string. */
    STRING,
    /** A JSON integer that fits an {@code int} ({@code 5}, not {@code 5.0}). */
    INTEGER,
    /** Any JSON number. */
    NUMBER,
    /** A JSON array of strings. */
    STRING_LIST,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** One of IFEval's relation phrases, {@code "less than"} or {@code "at least"} ({@link Relation}). */
    RELATION,
    /** A JSON object (e.g. a JSON Schema). */
    OBJECT;

    /** Whether {@code value} (never a JSON null) has this shape. */
    public boolean accepts(JsonNode value) {
        return switch (this) {
            case STRING, RELATION -> value.isTextual();
            case INTEGER -> value.isIntegralNumber() && value.canConvertToInt();
            case NUMBER -> value.isNumber();
            case STRING_LIST -> value.isArray() && allText(value);
            case BOOLEAN -> value.isBoolean();
            case OBJECT -> value.isObject();
        };
    }

    /** What a value of this kind is, for error messages: "an integer", "a list of strings". */
    public String describe() {
        return switch (this) {
            case STRING -> "a string";
            case INTEGER -> "an integer";
            case NUMBER -> "a number";
            case STRING_LIST -> "a list of strings";
            case BOOLEAN -> "true or false";
            case RELATION -> "\"less than\" or \"at least\"";
            case OBJECT -> "an object";
        };
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode element : array) {
            if (!element.isTextual()) {
                return false;
            }
        }
        return true;
    }
}
