package org.tracelab.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads JSON Lines files one object per line, reporting malformed lines by file and line number. */
public final class JsonLines {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonLines() {
    }

    /** Receives each non-blank line's object; returns problems through the collector. */
    @FunctionalInterface
    public interface LineHandler {
        void accept(long line, JsonNode object, ProblemCollector problems);
    }

    /** Calls {@code handler} for each non-blank line that is a JSON object; records the others as problems. */
    public static void read(Path file, ProblemCollector problems, LineHandler handler) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            read(file, reader, problems, handler);
        } catch (java.nio.charset.MalformedInputException e) {
            problems.add(file, 0, "not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * As {@link #read(Path, ProblemCollector, LineHandler)} for text that is not a file of its own (a resource,
     * say); problems name {@code name}. The caller closes {@code reader}.
     */
    public static void read(Path name, Reader source, ProblemCollector problems, LineHandler handler)
            throws IOException {
        BufferedReader reader = source instanceof BufferedReader buffered ? buffered : new BufferedReader(source);
        long lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = MAPPER.readTree(line);
            } catch (JsonProcessingException e) {
                problems.add(name, lineNumber, "malformed JSON: " + e.getOriginalMessage());
                continue;
            }
            if (!node.isObject()) {
                problems.add(name, lineNumber, "expected a JSON object, got " + node.getNodeType().name().toLowerCase(Locale.ROOT));
                continue;
            }
            handler.accept(lineNumber, node, problems);
        }
    }
}
