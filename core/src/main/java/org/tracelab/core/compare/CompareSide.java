package org.tracelab.core.compare;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The chains that make up one side of a comparison: a run, optionally narrowed to some modes, seeds and forks.
 * Empty sets mean "all".
 *
 * @param runId the run
 * @param modes the modes kept (empty: all)
 * @param seeds the seeds kept (empty: all)
 * @param forks the fork indexes kept (empty: all)
 */
public record CompareSide(long runId, Set<String> modes, Set<Long> seeds, Set<Integer> forks) {

    public CompareSide {
        modes = copy(modes);
        seeds = copy(seeds);
        forks = copy(forks);
    }

    /** The whole run. */
    public static CompareSide run(long runId) {
        return new CompareSide(runId, Set.of(), Set.of(), Set.of());
    }

    /** One mode of a run. */
    public static CompareSide mode(long runId, String mode) {
        return new CompareSide(runId, Set.of(mode), Set.of(), Set.of());
    }

    /**
     * Parses the command line's {@code RUN} or {@code RUN:mode} (e.g. {@code 3:full_pcl}).
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static CompareSide parse(String text) {
        String trimmed = text.strip();
        int colon = trimmed.indexOf(':');
        String run = colon < 0 ? trimmed : trimmed.substring(0, colon);
        long runId;
        try {
            runId = Long.parseLong(run);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not RUN or RUN:mode (RUN is a run id)");
        }
        if (colon < 0) {
            return run(runId);
        }
        String mode = trimmed.substring(colon + 1);
        if (mode.isBlank()) {
            throw new IllegalArgumentException("'" + text + "' names no mode after ':'");
        }
        return mode(runId, mode);
    }

    /** "3", "3:full_pcl", "3:full_pcl seeds 42,43 forks 0". */
    public String label() {
        StringBuilder label = new StringBuilder(Long.toString(runId));
        if (!modes.isEmpty()) {
            label.append(':').append(String.join(",", modes));
        }
        if (!seeds.isEmpty()) {
            label.append(" seeds ")
                    .append(String.join(",", seeds.stream().map(String::valueOf).toList()));
        }
        if (!forks.isEmpty()) {
            label.append(" forks ")
                    .append(String.join(",", forks.stream().map(String::valueOf).toList()));
        }
        return label.toString();
    }

    private static <T> Set<T> copy(Set<T> values) {
        return values == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }
}
