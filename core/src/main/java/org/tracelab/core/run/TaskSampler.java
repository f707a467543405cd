package org.tracelab.core.run;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.tracelab.core.dataset.IfevalTask;

/**
 * {@code --limit N --sample-seed S}: a reproducible sample of N tasks, not the first N. Each task is ranked
 * by SHA-256(sample seed, task key) and the N lowest are kept, in dataset order. The choice depends only on
 * the keys, not on file order, and a larger N keeps every task a smaller N chose.
 */
public final class TaskSampler {

    private TaskSampler() {}

    public static List<IfevalTask> sample(List<IfevalTask> tasks, int limit, long sampleSeed) {
        return sample(tasks, IfevalTask::keyText, limit, sampleSeed);
    }

    public static <T> List<T> sample(List<T> items, Function<T, String> key, int limit, long sampleSeed) {
        if (limit < 0) {
            throw new IllegalArgumentException("negative limit");
        }
        if (limit >= items.size()) {
            return List.copyOf(items);
        }
        long[] ranks = items.stream()
                .mapToLong(item -> rank(sampleSeed, key.apply(item)))
                .toArray();
        return IntStream.range(0, items.size())
                .boxed()
                .sorted(Comparator.<Integer>comparingLong(i -> ranks[i]).thenComparingInt(i -> i))
                .limit(limit)
                .sorted()
                .map(items::get)
                .toList();
    }

    private static long rank(long seed, String key) {
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        byte[] fields = ByteBuffer.allocate(8 + keyBytes.length)
                .putLong(seed)
                .put(keyBytes)
                .array();
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(fields))
                    .getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
