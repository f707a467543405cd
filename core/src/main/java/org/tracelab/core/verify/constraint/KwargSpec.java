package org.tracelab.core.verify.constraint;

import java.util.Objects;

/**
 * One argument a constraint type takes.
 *
 * @param name     the key in the kwargs object, e.g. {@code num_words}
 * @param kind     the JSON shape its value must have
 * @param required whether a task must give it (an absent optional kwarg takes the type's documented default)
 * @param doc      one line for people: what it means and its range, e.g. "the word limit, 1 or more"
 */
public record KwargSpec(String name, KwargKind kind, boolean required, String doc) {

    public KwargSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(doc, "doc");
    }

    public static KwargSpec required(String name, KwargKind kind, String doc) {
        return new KwargSpec(name, kind, true, doc);
    }

    public static KwargSpec optional(String name, KwargKind kind, String doc) {
        return new KwargSpec(name, kind, false, doc);
    }
}
