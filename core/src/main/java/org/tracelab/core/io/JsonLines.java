package org.tracelab.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads JSON Lines files one object per line, reporting malformed lines by file and line number. */
public final class JsonLines {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonLines() {}

    /** Receives each non-blank line's object; returns problems through the collector. */
    @FunctionalInterface
    public interface LineHandler {
        void accept(long line, JsonNode object, ProblemCollector problems);
    }

    /**
     * Calls {@code handler} for each non-blank line that is a JSON object; records the others as problems, and
     * as one problem of the whole file: a missing file, a directory, an unreadable or empty file. A UTF-8 byte
     * order mark is accepted.
     */
    public static void read(Path file, ProblemCollector problems, LineHandler handler) {
        if (!Files.exists(file)) {
            problems.add(file, 0, "no such file");
            return;
        }
        if (Files.isDirectory(file)) {
            problems.add(file, 0, "is a directory, not a file");
            return;
        }
        if (!Files.isReadable(file)) {
            problems.add(file, 0, "cannot be read (permission denied)");
            return;
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (read(file, reader, problems, handler) == 0) {
                problems.add(file, 0, "is empty: no JSON lines");
            }
        } catch (java.nio.charset.MalformedInputException e) {
            problems.add(file, 0, "not UTF-8 text");
        } catch (IOException e) {
            problems.add(file, 0, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * As {@link #read(Path, ProblemCollector, LineHandler)} for text that is not a file of its own (a resource,
     * say); problems name {@code name}. The caller closes {@code reader}. Returns the number of non-blank lines.
     */
    public static int read(Path name, Reader source, ProblemCollector problems, LineHandler handler)
            throws IOException {
        BufferedReader reader = source instanceof BufferedReader buffered ? buffered : new BufferedReader(source);
        long lineNumber = 0;
        int objects = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                // A byte order mark some editors write: UTF-8 all the same.
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            objects++;
            JsonNode node;
            try {
                node = MAPPER.readTree(line);
            } catch (JsonProcessingException e) {
                problems.add(name, lineNumber, "malformed JSON: " + e.getOriginalMessage());
                continue;
            }
            if (!node.isObject()) {
                problems.add(
                        name,
                        lineNumber,
                        "expected a JSON object, got "
                                + node.getNodeType().name().toLowerCase(Locale.ROOT));
                continue;
            }
            handler.accept(lineNumber, node, problems);
        }
        return objects;
    }
}
