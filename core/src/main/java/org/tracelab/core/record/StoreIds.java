package org.tracelab.core.record;

import java.util.List;

/**
 * The ids the exporting store gave a record's run, chain and attempts: how a record is joined with an export
 * manifest, which names attempts by these ids. Another store gives other ids; importing a record ignores them.
 *
 * @param attempts one id per attempt, in attempt order
 */
public record StoreIds(long run, long chain, List<Long> attempts) {

    public StoreIds {
        attempts = List.copyOf(attempts);
    }
}
