package org.tracelab.core.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON Schema (draft 2020-12) of {@link ComplianceEvalRecord}, loaded once from core's resources: the current
 * version, and version 1 for reading older files.
 */
public final class RecordSchema {

    public static final String RESOURCE = "/org/tracelab/core/record/compliance-eval-record.schema.json";
    static final String RESOURCE_V1 = "/org/tracelab/core/record/compliance-eval-record-v1.schema.json";

    private static final Schema SCHEMA = load(RESOURCE);
    private static final Schema SCHEMA_V1 = load(RESOURCE_V1);

    private RecordSchema() {}

    /**
     * The violations of {@code node} against the schema of the version it names (version 1 or the current one; any
     * other is checked against the current schema, which names the version it expects); empty when it is valid.
     */
    public static List<Violation> validate(JsonNode node) {
        Schema schema =
                node.path("schemaVersion").isInt() && node.path("schemaVersion").asInt() == 1 ? SCHEMA_V1 : SCHEMA;
        return schema.validate(node).stream().map(RecordSchema::toViolation).toList();
    }

    /** The violations of {@code node} against the current schema only: what a writer must satisfy. */
    public static List<Violation> validateCurrent(JsonNode node) {
        return SCHEMA.validate(node).stream().map(RecordSchema::toViolation).toList();
    }

    /** One schema violation: {@code field} is a JSON path below the record, e.g. {@code attempts[0].output}. */
    public record Violation(String field, String message) {}

    private static Violation toViolation(Error error) {
        StringBuilder field = new StringBuilder();
        NodePath location = error.getInstanceLocation();
        for (int i = 0; i < location.getNameCount(); i++) {
            appendElement(field, location.getElement(i));
        }
        if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
            appendElement(field, error.getProperty());
        }
        String message = error.getMessage();
        // The library prefixes its messages with the location, which the field already says.
        String prefix = location + ": ";
        if (message.startsWith(prefix)) {
            message = message.substring(prefix.length());
        }
        return new Violation(field.length() == 0 ? "(record)" : field.toString(), message);
    }

    private static void appendElement(StringBuilder path, Object element) {
        if (element instanceof Integer index) {
            path.append('[').append(index).append(']');
        } else {
            if (path.length() > 0) {
                path.append('.');
            }
            path.append(element);
        }
    }

    private static Schema load(String resource) {
        try (InputStream in = RecordSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
