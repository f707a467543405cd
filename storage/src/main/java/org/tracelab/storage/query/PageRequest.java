package org.tracelab.storage.query;

/**
 * A keyset page: chains with an id greater than {@code afterChainId} (null for the first page), at most
 * {@code limit} of them, in id order. Keyset paging stays fast however deep the explorer scrolls.
 */
public record PageRequest(Long afterChainId, int limit) {

    public static final int MAX_LIMIT = 1000;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("page limit must be 1.." + MAX_LIMIT + ", was " + limit);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(null, limit);
    }
}
