package org.tracelab.app.service.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.tracelab.core.run.Mode;

/**
 * Reads a benchmark plan's values from text, for the desktop app's form and the command line's converters alike, so
 * both accept the same input and explain a mistake the same way. Input is stripped first. A problem is a phrase that
 * follows the field's name: "Forks" + " must be a whole number of at least 1".
 */
public final class PlanValues {

    /**
     * A value read from text, or why it could not be.
     *
     * @param value   the value, null when there is a problem
     * @param problem null when the text was read
     */
    public record Parsed<T>(T value, String problem) {

        static <T> Parsed<T> of(T value) {
            return new Parsed<>(Objects.requireNonNull(value, "value"), null);
        }

        static <T> Parsed<T> problem(String problem) {
            return new Parsed<>(null, Objects.requireNonNull(problem, "problem"));
        }

        public boolean ok() {
            return problem == null;
        }

        /** The value; else the exception {@code failure} makes of the problem. */
        public <X extends Exception> T orElseThrow(Function<String, X> failure) throws X {
            if (problem != null) {
                throw failure.apply(problem);
            }
            return value;
        }
    }

    private PlanValues() {}

    /** Chain seeds: whole numbers separated by commas ({@code 42,43,44}), at least one, each once. */
    public static Parsed<List<Long>> seeds(String text) {
        String stripped = strip(text);
        if (stripped.isEmpty()) {
            return Parsed.problem("must list at least one seed, e.g. 42,43,44");
        }
        List<Long> seeds = new ArrayList<>();
        for (String part :
                Arrays.stream(stripped.split(",", -1)).map(String::strip).toList()) {
            Parsed<Long> seed = wholeNumber(part);
            if (!seed.ok()) {
                return Parsed.problem(
                        "must be whole numbers separated by commas, e.g. 42,43,44 ('" + part + "' is not)");
            }
            if (seeds.contains(seed.value())) {
                return Parsed.problem("must list each seed once (" + seed.value() + " is listed twice)");
            }
            seeds.add(seed.value());
        }
        return Parsed.of(List.copyOf(seeds));
    }

    /** Mode names separated by commas ({@code direct,full_pcl}), at least one, each once. */
    public static Parsed<List<String>> modes(String text) {
        String stripped = strip(text);
        if (stripped.isEmpty()) {
            return Parsed.problem("must list at least one mode: direct, prompt_retry or full_pcl");
        }
        Set<String> modes = new LinkedHashSet<>();
        for (String part :
                Arrays.stream(stripped.split(",", -1)).map(String::strip).toList()) {
            String wire;
            try {
                wire = Mode.parse(part).wireName();
            } catch (IllegalArgumentException e) {
                return Parsed.problem(
                        "must be direct, prompt_retry or full_pcl, separated by commas ('" + part + "' is not)");
            }
            if (!modes.add(wire)) {
                return Parsed.problem("must list each mode once (" + wire + " is listed twice)");
            }
        }
        return Parsed.of(List.copyOf(modes));
    }

    /** A whole number of at least 1: forks, concurrency, a task limit, max tokens. */
    public static Parsed<Integer> count(String text) {
        try {
            int value = Integer.parseInt(strip(text));
            if (value >= 1) {
                return Parsed.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        return Parsed.problem("must be a whole number of at least 1");
    }

    /** A timeout in whole seconds, at least 1: the idle timeout, the per-call limit. */
    public static Parsed<Integer> seconds(String text) {
        try {
            int value = Integer.parseInt(strip(text));
            if (value >= 1) {
                return Parsed.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        return Parsed.problem("must be a whole number of seconds, at least 1");
    }

    /** Any whole number: a sample seed. */
    public static Parsed<Long> wholeNumber(String text) {
        try {
            return Parsed.of(Long.parseLong(strip(text)));
        } catch (NumberFormatException e) {
            return Parsed.problem("must be a whole number");
        }
    }

    /** A sampling temperature: a finite number of 0 or more. */
    public static Parsed<Double> temperature(String text) {
        String stripped = strip(text);
        double value;
        try {
            value = Double.parseDouble(stripped);
        } catch (NumberFormatException e) {
            return Parsed.problem("must be a number such as 0.2");
        }
        if (Double.isNaN(value) || Double.isInfinite(value) || value < 0) {
            return Parsed.problem("must be 0 or more");
        }
        return Parsed.of(value);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
