package org.tracelab.core.export;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.tracelab.core.trace.Flags;

/** Argument checks shared by the export input records. */
final class Texts {

    private Texts() {}

    static String requireNonBlank(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
        return value;
    }

    /** A missing or blank system prompt means none, so that both spellings export the same lines. */
    static String systemOrNull(String systemPrompt) {
        return systemPrompt == null || systemPrompt.isBlank() ? null : systemPrompt;
    }

    /** Sorted so manifests and equality do not depend on the caller's set order. */
    static Set<String> flags(Set<String> flags) {
        TreeSet<String> sorted = new TreeSet<>();
        for (String flag : Objects.requireNonNull(flags, "flags")) {
            sorted.add(Flags.requireWellFormed(flag));
        }
        return Collections.unmodifiableSet(sorted);
    }
}
