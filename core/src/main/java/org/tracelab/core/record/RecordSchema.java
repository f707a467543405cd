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

/** The JSON Schema (draft 2020-12) of {@link ComplianceEvalRecord}, loaded once from core's resources. */
public final class RecordSchema {

    public static final String RESOURCE = "/org/tracelab/core/record/compliance-eval-record.schema.json";

    private static final Schema SCHEMA = load();

    private RecordSchema() {
    }

    /** The violations of {@code node}, each as a field path and a message; empty when it is valid. */
    public static List<Violation> validate(JsonNode node) {
        return SCHEMA.validate(node).stream().map(RecordSchema::toViolation).toList();
    }

    /** One schema violation: {@code field} is a JSON path below the record, e.g. {@code attempts[0].output}. */
    public record Violation(String field, String message) {
    }

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

    private static Schema load() {
        try (InputStream in = RecordSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
