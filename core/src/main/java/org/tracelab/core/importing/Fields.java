package org.tracelab.core.importing;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.tracelab.core.io.ProblemCollector;

/** Typed reads of one JSON line's fields, each problem reported as {@code FILE:LINE: field: problem}. */
final class Fields {

    private final Path file;
    private final long line;
    private final JsonNode object;
    private final ProblemCollector problems;
    private boolean ok = true;

    Fields(Path file, long line, JsonNode object, ProblemCollector problems) {
        this.file = file;
        this.line = line;
        this.object = object;
        this.problems = problems;
    }

    boolean ok() {
        return ok;
    }

    String string(String name) {
        JsonNode value = object.get(name);
        if (value == null || !value.isTextual()) {
            fail(name, value == null ? "missing" : "must be a string");
            return null;
        }
        return value.textValue();
    }

    Boolean bool(String name) {
        JsonNode value = object.get(name);
        if (value == null || !value.isBoolean()) {
            fail(name, value == null ? "missing" : "must be true or false");
            return null;
        }
        return value.booleanValue();
    }

    Long optionalLong(String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber()) {
            fail(name, "must be an integer");
            return null;
        }
        return value.longValue();
    }

    JsonNode optionalArray(String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            fail(name, "must be a list");
            return null;
        }
        return value;
    }

    JsonNode object(String name) {
        JsonNode value = object.get(name);
        if (value == null || !value.isObject()) {
            fail(name, value == null ? "missing" : "must be an object");
            return null;
        }
        return value;
    }

    void fail(String field, String message) {
        ok = false;
        problems.add(file, line, field, message);
    }
}
