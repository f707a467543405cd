package org.tracelab.core.export;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Assigns whole tasks to the test split by a hash of (seed, task key). The assignment of a task does not
 * depend on which other tasks are exported, so adding runs never moves a task from test to train.
 */
public record TaskSplit(double testFraction, long seed) {

    public TaskSplit {
        if (!(testFraction >= 0 && testFraction < 1)) {
            throw new IllegalArgumentException("test fraction must be in [0, 1), got " + testFraction);
        }
    }

    public boolean isTest(String taskKey) {
        return testFraction > 0 && unitInterval(taskKey) < testFraction;
    }

    /** SHA-256 rather than {@code hashCode()}: the split must be the same on every JVM and release. */
    private double unitInterval(String taskKey) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        byte[] hash = digest.digest((seed + "\u0000" + taskKey).getBytes(StandardCharsets.UTF_8));
        long top53 = ByteBuffer.wrap(hash).getLong() >>> 11;
        return top53 / (double) (1L << 53);
    }
}
