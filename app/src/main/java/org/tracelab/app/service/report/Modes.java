package org.tracelab.app.service.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Ordering of mode names for tables: the caller's order first, modes it does not name after, by name. */
final class Modes {

    private Modes() {}

    static List<String> ordered(Collection<String> present, List<String> modeOrder) {
        List<String> modes = new ArrayList<>(
                modeOrder.stream().filter(present::contains).distinct().toList());
        present.stream().filter(mode -> !modes.contains(mode)).sorted().forEach(modes::add);
        return modes;
    }
}
