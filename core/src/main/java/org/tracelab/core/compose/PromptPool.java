package org.tracelab.core.compose;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.tracelab.core.io.FileDigest;
import org.tracelab.core.io.InputProblem;
import org.tracelab.core.io.InputProblemException;
import org.tracelab.core.io.JsonLines;
import org.tracelab.core.io.ProblemCollector;

/**
 * A researcher's base prompts: a text file with one prompt per line (blank lines and lines starting with
 * {@code #} skipped), or a JSON Lines file whose objects have a {@code prompt} string.
 *
 * @param name    the file's name (no directories: the composed output must not depend on where the pool lies)
 * @param sha256  the file's content digest, recorded in every composed task's provenance
 */
public record PromptPool(String name, String sha256, List<PoolPrompt> prompts) {

    public PromptPool {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
        prompts = List.copyOf(prompts);
    }

    /**
     * The same pool (name and digest) holding only its first {@code count} prompts. Each composed task depends only on
     * its own prompt and line, so composing this gives exactly the first tasks of the whole pool: a preview.
     */
    public PromptPool first(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        return new PromptPool(name, sha256, prompts.subList(0, Math.min(count, prompts.size())));
    }

    /**
     * Reads a pool; {@code .jsonl} files as JSON Lines, anything else as text.
     *
     * @throws InputProblemException naming file and line of every problem, or an empty pool
     */
    public static PromptPool read(Path file) {
        boolean jsonLines =
                file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
        List<PoolPrompt> prompts = jsonLines ? readJsonLines(file) : readText(file);
        if (prompts.isEmpty()) {
            throw new InputProblemException(InputProblem.at(file, 0, "no prompts in the pool"));
        }
        try {
            return new PromptPool(file.getFileName().toString(), FileDigest.sha256(file), prompts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<PoolPrompt> readText(Path file) {
        List<PoolPrompt> prompts = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                prompts.add(new PoolPrompt(number, line.strip()));
            }
        } catch (CharacterCodingException e) {
            throw new InputProblemException(InputProblem.at(file, 0, "not UTF-8 text"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return prompts;
    }

    private static List<PoolPrompt> readJsonLines(Path file) {
        ProblemCollector problems = new ProblemCollector();
        List<PoolPrompt> prompts = new ArrayList<>();
        JsonLines.read(file, problems, (line, object, sink) -> {
            JsonNode prompt = object.get("prompt");
            if (prompt == null || !prompt.isTextual() || prompt.textValue().isBlank()) {
                sink.add(file, line, "prompt", prompt == null ? "missing" : "must be a non-empty string");
                return;
            }
            prompts.add(new PoolPrompt(line, prompt.textValue()));
        });
        problems.throwIfAny();
        return prompts;
    }
}
