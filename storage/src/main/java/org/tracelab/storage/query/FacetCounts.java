package org.tracelab.storage.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many chains of the current selection fall under each value of each filter dimension. Counts are
 * within the whole query (every dimension applied); a chain counts once per value it has (e.g. once under
 * each strategy among its attempts), so a dimension's counts can add up to more than {@code total}.
 *
 * @param seeds keyed by seed, with a null key for chains without one
 */
public record FacetCounts(
        long total,
        Map<Long, Long> runs,
        Map<String, Long> modes,
        Map<Long, Long> seeds,
        Map<String, Long> instructionIds,
        VerdictCounts verdicts,
        Map<String, Long> strategies,
        Map<String, Long> flags,
        Map<String, Long> curation) {

    public FacetCounts {
        runs = copy(runs);
        modes = copy(modes);
        seeds = copy(seeds);
        instructionIds = copy(instructionIds);
        strategies = copy(strategies);
        flags = copy(flags);
        curation = copy(curation);
    }

    private static <K> Map<K, Long> copy(Map<K, Long> map) {
        // Map.copyOf rejects the null seed key; keep SQL's value order.
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
