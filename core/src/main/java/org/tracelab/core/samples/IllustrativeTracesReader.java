package org.tracelab.core.samples;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.tracelab.core.io.JsonLines;
import org.tracelab.core.io.ProblemCollector;
import org.tracelab.core.run.Mode;
import org.tracelab.core.trace.Strategy;

/**
 * Reads the hand-written traces file: one chain per line,
 * <pre>{@code
 * {"task": 9002, "mode": "full_pcl", "seed": 42, "fork": 0, "note": "why this chain is here",
 *  "attempts": [{"strategy": "direct", "output": "..."}, {"strategy": "patch", "parent": 0, "output": "..."}]}
 * }</pre>
 * Only the form is checked here (every problem as {@code FILE:LINE: field: problem}); whether the attempts are
 * what the mode would have made is {@link IllustrativeRunBuilder}'s check. Unknown fields are refused, so a typo
 * in a hand-edited file does not pass silently.
 */
public final class IllustrativeTracesReader {

    private static final List<String> CHAIN_FIELDS = List.of("task", "mode", "seed", "fork", "note", "attempts");
    private static final List<String> ATTEMPT_FIELDS = List.of("strategy", "parent", "output");
    private static final Set<String> MODES = Set.of(Mode.Direct.NAME, Mode.PromptRetry.NAME, Mode.FullPcl.NAME);
    /** What a model call can be; rule fixes and imports are not model answers. */
    private static final List<Strategy> WRITABLE =
            List.of(Strategy.DIRECT, Strategy.RETRY, Strategy.PATCH, Strategy.REGENERATE);

    private IllustrativeTracesReader() {}

    /** Every chain of the file, or an {@code InputProblemException} listing every bad line. */
    public static List<WrittenChain> read(SourceText source) {
        ProblemCollector problems = new ProblemCollector();
        List<WrittenChain> chains = new ArrayList<>();
        try {
            JsonLines.read(source.name(), new StringReader(source.text()), problems, (line, object, sink) -> {
                WrittenChain chain = new Line(source.name(), line, sink).chain(object);
                if (chain != null) {
                    chains.add(chain);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source.name(), e); // a StringReader does not fail
        }
        if (chains.isEmpty() && problems.isEmpty()) {
            problems.add(source.name(), 0, "holds no chains");
        }
        problems.throwIfAny();
        return chains;
    }

    /** One line's reads; remembers whether any of them failed. */
    private static final class Line {
        private final Path file;
        private final long line;
        private final ProblemCollector problems;
        private boolean ok = true;

        Line(Path file, long line, ProblemCollector problems) {
            this.file = file;
            this.line = line;
            this.problems = problems;
        }

        WrittenChain chain(JsonNode object) {
            unknownFields(object, CHAIN_FIELDS, "");
            JsonNode task = object.get("task");
            if (task == null || !(task.isIntegralNumber() || task.isTextual())) {
                fail("task", task == null ? "missing" : "must be a task key (a number or a string)");
            }
            String mode = text(object, "mode", "");
            if (mode != null && !MODES.contains(mode)) {
                fail("mode", "unknown mode '" + mode + "' (expected direct, prompt_retry or full_pcl)");
            }
            Long seed = integer(object, "seed", true);
            Long fork = integer(object, "fork", false);
            if (fork != null && (fork < 0 || fork > Integer.MAX_VALUE)) {
                fail("fork", "must be 0 or more");
            }
            JsonNode note = object.get("note");
            if (note != null && !note.isTextual()) {
                fail("note", "must be a string");
            }
            List<WrittenAttempt> attempts = attempts(object.get("attempts"));
            if (!ok) {
                return null;
            }
            return new WrittenChain(line, task.asText(), mode, seed, fork == null ? 0 : fork.intValue(), attempts);
        }

        private List<WrittenAttempt> attempts(JsonNode list) {
            if (list == null || !list.isArray() || list.isEmpty()) {
                fail(
                        "attempts",
                        list == null
                                ? "missing"
                                : "must be a non-empty list of attempts, the first one a direct answer");
                return List.of();
            }
            List<WrittenAttempt> attempts = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String at = "attempts[" + i + "]";
                JsonNode attempt = list.get(i);
                if (!attempt.isObject()) {
                    fail(at, "must be an object with strategy, parent and output");
                    continue;
                }
                unknownFields(attempt, ATTEMPT_FIELDS, at + ".");
                Strategy strategy = strategy(attempt, at);
                Integer parent = parent(attempt, i, at);
                String output = text(attempt, "output", at + ".");
                if (output != null && output.isBlank()) {
                    fail(at + ".output", "is blank; write the answer a model might have given");
                }
                if (strategy != null && output != null) {
                    attempts.add(new WrittenAttempt(strategy, parent, output));
                }
            }
            return attempts;
        }

        private Strategy strategy(JsonNode attempt, String at) {
            String wire = text(attempt, "strategy", at + ".");
            if (wire == null) {
                return null;
            }
            Strategy strategy = WRITABLE.stream()
                    .filter(s -> s.wireName().equals(wire))
                    .findFirst()
                    .orElse(null);
            if (strategy == null) {
                fail(at + ".strategy", "unknown strategy '" + wire + "' (expected direct, retry, patch or regenerate)");
            }
            return strategy;
        }

        private Integer parent(JsonNode attempt, int index, String at) {
            JsonNode parent = attempt.get("parent");
            if (index == 0) {
                if (parent != null && !parent.isNull()) {
                    fail(at + ".parent", "the first attempt answers the prompt and has no parent");
                }
                return null;
            }
            if (parent == null || !parent.isIntegralNumber() || !parent.canConvertToInt()) {
                fail(
                        at + ".parent",
                        parent == null
                                ? "missing (the index of the attempt this one reacts to)"
                                : "must be the index of an earlier attempt");
                return null;
            }
            if (parent.intValue() < 0 || parent.intValue() >= index) {
                fail(at + ".parent", parent.intValue() + " is not an earlier attempt (0 to " + (index - 1) + ")");
                return null;
            }
            return parent.intValue();
        }

        private String text(JsonNode object, String field, String prefix) {
            JsonNode value = object.get(field);
            if (value == null || !value.isTextual()) {
                fail(prefix + field, value == null ? "missing" : "must be a string");
                return null;
            }
            return value.textValue();
        }

        private Long integer(JsonNode object, String field, boolean required) {
            JsonNode value = object.get(field);
            if (value == null && !required) {
                return null;
            }
            if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
                fail(field, value == null ? "missing" : "must be an integer");
                return null;
            }
            return value.longValue();
        }

        private void unknownFields(JsonNode object, List<String> known, String prefix) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!known.contains(name)) {
                    fail(prefix + name, "unknown field (expected " + String.join(", ", known) + ")");
                }
            }
        }

        private void fail(String field, String message) {
            ok = false;
            problems.add(file, line, field, message);
        }
    }
}
