package org.tracelab.core.compose;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes composed tasks as JSON Lines, one compact object per line ending in {@code \n}, UTF-8: the same tasks
 * always give the same bytes. The file is written beside its target and moved into place, so a failure never
 * leaves half a file.
 */
public final class ComposedTaskWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ComposedTaskWriter() {}

    public static void write(Path out, List<ComposedTask> tasks) throws IOException {
        Path target = out.toAbsolutePath();
        Path parent = target.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path temporary = Files.createTempFile(parent, target.getFileName().toString(), ".part");
        try {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                for (ComposedTask task : tasks) {
                    writer.write(line(task));
                    writer.write('\n');
                }
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    static String line(ComposedTask task) throws JsonProcessingException {
        return MAPPER.writeValueAsString(task.toJson());
    }
}
