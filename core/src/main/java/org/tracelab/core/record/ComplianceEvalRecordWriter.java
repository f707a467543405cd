package org.tracelab.core.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes records as JSON Lines, one record per line. Every record is validated against the schema before it
 * is written, so a file this class wrote is always readable by {@link ComplianceEvalRecordReader}.
 */
public final class ComplianceEvalRecordWriter implements Closeable {

    private final Writer out;

    public ComplianceEvalRecordWriter(Writer out) {
        this.out = out;
    }

    public static ComplianceEvalRecordWriter create(Path file) {
        try {
            return new ComplianceEvalRecordWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file, e);
        }
    }

    /** Writes one line; throws {@link IllegalStateException} if the record does not satisfy the schema. */
    public void write(ComplianceEvalRecord record) {
        String line = toJsonLine(record);
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write record", e);
        }
    }

    /** The record as one line of JSON (no newline), validated. */
    public static String toJsonLine(ComplianceEvalRecord record) {
        JsonNode tree = RecordJson.toTree(record);
        List<RecordSchema.Violation> violations = RecordSchema.validateCurrent(tree);
        if (!violations.isEmpty()) {
            // Our own record type produced something our schema rejects: a bug here, not bad input.
            throw new IllegalStateException("record violates its schema: "
                    + violations.stream()
                            .map(v -> v.field() + ": " + v.message())
                            .collect(Collectors.joining("; ")));
        }
        try {
            return RecordJson.MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a JSON tree", e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close record file", e);
        }
    }
}
