package org.tracelab.storage;

import java.util.Locale;

/** Lower-case column values for enums that have no wire name of their own (e.g. the verifier's). */
final class Enums {

    private Enums() {}

    static String wire(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String wire) {
        return wire == null ? null : Enum.valueOf(type, wire.toUpperCase(Locale.ROOT));
    }
}
