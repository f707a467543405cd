package org.tracelab.app.service.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** How one repair mode's finished chains ended: a count per {@link RepairOutcome} (absent means none). */
public record ModeRepairOutcomes(String mode, Map<RepairOutcome, Integer> counts) {

    public ModeRepairOutcomes {
        Objects.requireNonNull(mode, "mode");
        EnumMap<RepairOutcome, Integer> copy = new EnumMap<>(RepairOutcome.class);
        copy.putAll(counts);
        counts = Collections.unmodifiableMap(copy);
    }

    public int count(RepairOutcome outcome) {
        return counts.getOrDefault(outcome, 0);
    }

    /** Finished chains of the mode. */
    public int chains() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
