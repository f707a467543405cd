package org.tracelab.core.compose;

import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the composer may attach.
 *
 * @param perTask    constraints per task, 1 to 5
 * @param ids        the only types to draw from; empty for every type that has a sampler
 * @param excludeIds types never drawn (not together with {@code ids})
 * @param holdoutIds types kept out of every task and named in the provenance, so an evaluation on them stays
 *                   clean
 * @param seed       the draw's seed: the same inputs and seed give the same file, byte for byte
 * @param maxTokens  the token limit answers will have, for the feasibility check (a task no answer could pass
 *                   within it is drawn again)
 */
public record ComposeOptions(
        int perTask,
        SortedSet<String> ids,
        SortedSet<String> excludeIds,
        SortedSet<String> holdoutIds,
        long seed,
        int maxTokens) {

    public static final int MAX_PER_TASK = 5;
    public static final int DEFAULT_MAX_TOKENS = 1280;

    public ComposeOptions {
        if (perTask < 1 || perTask > MAX_PER_TASK) {
            throw new IllegalArgumentException(
                    "constraints per task must be 1 to " + MAX_PER_TASK + ", got " + perTask);
        }
        ids = new TreeSet<>(Objects.requireNonNull(ids, "ids"));
        excludeIds = new TreeSet<>(Objects.requireNonNull(excludeIds, "excludeIds"));
        holdoutIds = new TreeSet<>(Objects.requireNonNull(holdoutIds, "holdoutIds"));
        if (!ids.isEmpty() && !excludeIds.isEmpty()) {
            throw new IllegalArgumentException("give the ids to use or the ids to exclude, not both");
        }
        if (maxTokens < 1) {
            throw new IllegalArgumentException("max tokens must be positive");
        }
    }
}
