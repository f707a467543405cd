package org.tracelab.core.export;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Collects lines and exclusion counts while a kind walks its inputs. */
final class SelectionBuilder {

    private final int inputs;
    private final List<ExportLine> lines = new ArrayList<>();
    private final Map<Exclusion, Integer> excluded = new EnumMap<>(Exclusion.class);

    SelectionBuilder(int inputs) {
        this.inputs = inputs;
    }

    /** Counts the first present reason and returns true; returns false when there is none. */
    @SafeVarargs
    final boolean excludedFor(Optional<Exclusion>... reasons) {
        for (Optional<Exclusion> reason : reasons) {
            if (reason.isPresent()) {
                excluded.merge(reason.get(), 1, Integer::sum);
                return true;
            }
        }
        return false;
    }

    void add(ExportLine line) {
        lines.add(line);
    }

    ExportSelection build() {
        return new ExportSelection(inputs, lines, excluded);
    }
}
