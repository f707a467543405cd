package org.tracelab.core.verify.lang;

/**
 * Maps the profiles' n-grams (one to three UTF-16 units) to dense ids without creating strings: an n-gram
 * is packed into a {@code long} (its length and its chars, 16 bits each) and looked up in an open-addressing
 * table. Immutable after construction.
 */
final class NGramIndex {

    /** Returned by {@link #idOf} for n-grams that no profile contains. */
    static final int ABSENT = -1;

    private static final long EMPTY = 0L;

    private final long[] keys;
    private final int[] ids;
    private final int mask;
    private final int size;

    private NGramIndex(long[] keys, int[] ids, int size) {
        this.keys = keys;
        this.ids = ids;
        this.mask = keys.length - 1;
        this.size = size;
    }

    static long key(char c) {
        return 1L << 48 | c;
    }

    static long key(char a, char b) {
        return 2L << 48 | (long) a << 16 | b;
    }

    static long key(char a, char b, char c) {
        return 3L << 48 | (long) a << 32 | (long) b << 16 | c;
    }

    /** The key of an n-gram of length 1 to 3 (the only lengths the detector extracts). */
    static long key(String ngram) {
        return switch (ngram.length()) {
            case 1 -> key(ngram.charAt(0));
            case 2 -> key(ngram.charAt(0), ngram.charAt(1));
            case 3 -> key(ngram.charAt(0), ngram.charAt(1), ngram.charAt(2));
            default -> throw new IllegalArgumentException("not a 1- to 3-gram: " + ngram);
        };
    }

    int size() {
        return size;
    }

    /** The id of the n-gram with this key, or {@link #ABSENT}. */
    int idOf(long key) {
        for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
            long candidate = keys[slot];
            if (candidate == key) {
                return ids[slot];
            }
            if (candidate == EMPTY) {
                return ABSENT;
            }
        }
    }

    /** Fibonacci hashing: the packed chars differ mostly in their low bits. */
    private static int slot(long key, int mask) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    /** Collects keys and hands out ids 0, 1, 2, … in first-seen order. */
    static final class Builder {

        private long[] keys = new long[1 << 10];
        private int[] ids = new int[keys.length];
        private int size;

        /** The id of this key, assigning the next free one when it is new. */
        int intern(long key) {
            int mask = keys.length - 1;
            int slot = slot(key, mask);
            while (keys[slot] != EMPTY) {
                if (keys[slot] == key) {
                    return ids[slot];
                }
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            ids[slot] = size++;
            if (size * 2 > keys.length) {
                rehash(keys.length * 2);
            }
            return size - 1;
        }

        NGramIndex build() {
            return new NGramIndex(keys.clone(), ids.clone(), size);
        }

        private void rehash(int capacity) {
            long[] oldKeys = keys;
            int[] oldIds = ids;
            keys = new long[capacity];
            ids = new int[capacity];
            int mask = capacity - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != EMPTY) {
                    int slot = slot(oldKeys[i], mask);
                    while (keys[slot] != EMPTY) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = oldKeys[i];
                    ids[slot] = oldIds[i];
                }
            }
        }
    }
}
