package org.tracelab.storage.query;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** A run's figures for one mode, over all seeds and forks, and per seed (for mean ± std over seeds). */
public record ModeAggregate(String mode, Rates all, List<SeedRates> bySeed) {

    public ModeAggregate {
        bySeed = List.copyOf(bySeed);
    }

    /**
     * One value of {@code rate} per seed (for mean ± std over seeds), skipping seeds without it; when there are
     * none, the value over all chains, if any.
     */
    public List<Double> seedRates(Function<Rates, Double> rate) {
        List<Double> perSeed = bySeed.stream()
                .map(s -> rate.apply(s.rates()))
                .filter(Objects::nonNull)
                .toList();
        if (!perSeed.isEmpty()) {
            return perSeed;
        }
        Double overall = rate.apply(all);
        return overall == null ? List.of() : List.of(overall);
    }

    /** @param seed null for chains without a seed */
    public record SeedRates(Long seed, Rates rates) {}
}
