package org.tracelab.storage.query;

import java.util.List;

/** A run's figures for one mode, over all seeds and forks, and per seed (for mean ± std over seeds). */
public record ModeAggregate(String mode, Rates all, List<SeedRates> bySeed) {

    public ModeAggregate {
        bySeed = List.copyOf(bySeed);
    }

    /** @param seed null for chains without a seed */
    public record SeedRates(Long seed, Rates rates) {
    }
}
