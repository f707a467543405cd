package org.tracelab.core.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tracelab.core.dataset.OfficialIfeval;
import org.tracelab.core.trace.TaskRecord;

/**
 * Where the exported tasks came from: how many the export drew from, and of those how many the task composer
 * made, from which pools with which seeds. Read from each task's stored provenance.
 *
 * @param tasks    the distinct tasks (run and key) the export drew from; 0 when the caller did not count them
 * @param composed how many of them carry the composer's provenance
 * @param pools    per pool file name, what the composed tasks say about it
 */
public record TaskOrigins(int tasks, int composed, Map<String, Pool> pools) {

    /** Nothing counted: the card says nothing about origins and the IFEval warning follows the dataset names. */
    public static final TaskOrigins UNKNOWN = new TaskOrigins(0, 0, Map.of());

    /**
     * One pool's share of the composed tasks.
     *
     * @param sha256s the pool file digests the tasks name (one unless the pool changed between compositions)
     * @param seeds   the composer seeds used
     */
    public record Pool(String name, SortedSet<String> sha256s, SortedSet<Long> seeds, int tasks) {

        public Pool {
            sha256s = new TreeSet<>(sha256s);
            seeds = new TreeSet<>(seeds);
        }

        /** The pool is IFEval's own prompt file (by digest or name): composing does not make its prompts ours. */
        public boolean isIfeval() {
            return sha256s.stream().anyMatch(OfficialIfeval.SHA256::contains)
                    || OfficialIfeval.looksLikeIfeval(name, null);
        }
    }

    public TaskOrigins {
        pools = new TreeMap<>(pools);
    }

    /** Whether the caller counted the tasks. */
    public boolean known() {
        return tasks > 0;
    }

    /** Tasks not made by the composer: their prompts are whatever their task file says. */
    public int uncomposed() {
        return tasks - composed;
    }

    /** Composed tasks whose pool was IFEval's own prompts. */
    public int composedFromIfeval() {
        return pools.values().stream()
                .filter(Pool::isIfeval)
                .mapToInt(Pool::tasks)
                .sum();
    }

    /** Counts tasks as the export meets them; a task met twice (several chains) counts once. */
    public static final class Builder {

        private final Set<String> seen = new HashSet<>();
        private int tasks;
        private int composed;
        private final Map<String, PoolCounts> pools = new TreeMap<>();

        private static final class PoolCounts {
            private final SortedSet<String> sha256s = new TreeSet<>();
            private final SortedSet<Long> seeds = new TreeSet<>();
            private int tasks;
        }

        public synchronized Builder add(long runId, TaskRecord task) {
            if (!seen.add(runId + "\u0000" + task.datasetKey())) {
                return this;
            }
            tasks++;
            JsonNode provenance = task.provenance();
            if (provenance == null || !provenance.hasNonNull("pool")) {
                return this;
            }
            composed++;
            PoolCounts pool = pools.computeIfAbsent(provenance.get("pool").asText(), name -> new PoolCounts());
            pool.tasks++;
            if (provenance.hasNonNull("pool_sha256")) {
                pool.sha256s.add(provenance.get("pool_sha256").asText());
            }
            if (provenance.has("seed") && provenance.get("seed").canConvertToLong()) {
                pool.seeds.add(provenance.get("seed").asLong());
            }
            return this;
        }

        public synchronized TaskOrigins build() {
            Map<String, Pool> built = new TreeMap<>();
            pools.forEach(
                    (name, counts) -> built.put(name, new Pool(name, counts.sha256s, counts.seeds, counts.tasks)));
            return new TaskOrigins(tasks, composed, built);
        }
    }

    /** The pools, by name. */
    public List<Pool> poolList() {
        return List.copyOf(pools.values());
    }
}
