package org.tracelab.core.trace;

import java.util.Locale;

/** The lower-case names enums carry in files and database columns, e.g. {@code RULE_FIX} as {@code rule_fix}. */
final class WireNames {

    private WireNames() {}

    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String wire) {
        for (E value : type.getEnumConstants()) {
            if (of(value).equals(wire)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown " + type.getSimpleName() + " '" + wire + "'");
    }
}
