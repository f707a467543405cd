package org.tracelab.core.run;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Derives the seed of every model call from (chain seed, task key, fork index, attempt index) and nothing
 * else: in particular not from the mode, so {@code direct}, {@code prompt_retry} and {@code full_pcl} share
 * their first call, and a resumed or repeated run asks exactly the same questions.
 *
 * <p>Algorithm ({@code tracelab-seed/1}, never change it silently: stored runs rely on it): SHA-256 over the
 * UTF-8 domain tag {@code "tracelab-seed/1"}, then the chain seed as 8 bytes big-endian, the task key as a
 * 4-byte length followed by its UTF-8 bytes, the fork index and the attempt index as 4 bytes each; the first
 * 8 bytes of the digest, big-endian, masked to 31 bits. The result lies in [0, 2^31): llama.cpp keeps only 32
 * bits and treats 0xFFFFFFFF as "random", other servers accept any non-negative int, so every backend honours
 * it unchanged.
 */
public final class SeedDeriver {

    private static final byte[] DOMAIN = "tracelab-seed/1".getBytes(StandardCharsets.UTF_8);
    private static final long MASK_31_BITS = 0x7FFF_FFFFL;

    private SeedDeriver() {}

    public static long callSeed(long chainSeed, String taskKey, int fork, int attemptIndex) {
        if (fork < 0 || attemptIndex < 0) {
            throw new IllegalArgumentException("fork and attempt index must not be negative");
        }
        byte[] key = taskKey.getBytes(StandardCharsets.UTF_8);
        ByteBuffer fields = ByteBuffer.allocate(DOMAIN.length + 8 + 4 + key.length + 4 + 4);
        fields.put(DOMAIN)
                .putLong(chainSeed)
                .putInt(key.length)
                .put(key)
                .putInt(fork)
                .putInt(attemptIndex);
        return ByteBuffer.wrap(sha256(fields.array())).getLong() & MASK_31_BITS;
    }

    /** One digest per thread: looking the algorithm up through the providers on every call cost more than hashing. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    });

    private static byte[] sha256(byte[] bytes) {
        // digest() resets the instance, so the next call starts clean.
        return SHA_256.get().digest(bytes);
    }
}
