package org.tracelab.storage.query;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.tracelab.core.trace.CurationState;
import org.tracelab.core.trace.Strategy;

/**
 * What the explorer asks for. Empty sets and nulls mean "no restriction"; dimensions combine with AND, values
 * within one dimension with OR. Build with {@link #all()} and the {@code with…} methods.
 *
 * <ul>
 *   <li>{@code seeds} may contain null for chains without a seed.
 *   <li>{@code instructionIds}: alone, chains whose task has one of these instructions; with {@code verdict},
 *       chains whose final attempt has that outcome on one of these instructions.
 *   <li>{@code verdict} without instruction ids: the chain's final prompt-level verdict.
 *   <li>{@code strategies}, {@code flags}: chains with at least one attempt of that strategy / with that flag.
 *   <li>{@code curation}: chain curation state; {@code NONE} also matches never-curated chains.
 *   <li>{@code fullText}: a phrase searched in attempt outputs (FTS5, case-insensitive, whole tokens).
 *   <li>{@code sourceAgrees}: true/false keeps imported chains whose source tool's pass/fail equals / differs
 *       from Tracelab's final strict verdict.
 * </ul>
 */
public record ChainQuery(
        Set<Long> runIds,
        Set<String> modes,
        Set<Long> seeds,
        Set<String> instructionIds,
        VerdictFilter verdict,
        Set<Strategy> strategies,
        Set<String> flags,
        Set<CurationState> curation,
        String fullText,
        Boolean sourceAgrees) {

    private static final ChainQuery ALL =
            new ChainQuery(Set.of(), Set.of(), Set.of(), Set.of(), null, Set.of(), Set.of(), Set.of(), null, null);

    public ChainQuery {
        runIds = copy(runIds);
        modes = copy(modes);
        seeds = copy(seeds);
        instructionIds = copy(instructionIds);
        strategies = copy(strategies);
        flags = copy(flags);
        curation = copy(curation);
        fullText = fullText == null || fullText.isBlank() ? null : fullText.strip();
    }

    public static ChainQuery all() {
        return ALL;
    }

    public ChainQuery withRuns(Long... ids) {
        return new ChainQuery(
                setOf(ids), modes, seeds, instructionIds, verdict, strategies, flags, curation, fullText, sourceAgrees);
    }

    public ChainQuery withModes(String... values) {
        return new ChainQuery(
                runIds,
                setOf(values),
                seeds,
                instructionIds,
                verdict,
                strategies,
                flags,
                curation,
                fullText,
                sourceAgrees);
    }

    /** Null among the seeds selects chains without a seed. */
    public ChainQuery withSeeds(Long... values) {
        return new ChainQuery(
                runIds,
                modes,
                setOf(values),
                instructionIds,
                verdict,
                strategies,
                flags,
                curation,
                fullText,
                sourceAgrees);
    }

    public ChainQuery withInstructions(String... ids) {
        return new ChainQuery(
                runIds, modes, seeds, setOf(ids), verdict, strategies, flags, curation, fullText, sourceAgrees);
    }

    public ChainQuery withVerdict(VerdictLevel level, boolean pass) {
        return new ChainQuery(
                runIds,
                modes,
                seeds,
                instructionIds,
                new VerdictFilter(level, pass),
                strategies,
                flags,
                curation,
                fullText,
                sourceAgrees);
    }

    public ChainQuery withStrategies(Strategy... values) {
        return new ChainQuery(
                runIds, modes, seeds, instructionIds, verdict, setOf(values), flags, curation, fullText, sourceAgrees);
    }

    public ChainQuery withFlags(String... values) {
        return new ChainQuery(
                runIds,
                modes,
                seeds,
                instructionIds,
                verdict,
                strategies,
                setOf(values),
                curation,
                fullText,
                sourceAgrees);
    }

    public ChainQuery withCuration(CurationState... values) {
        return new ChainQuery(
                runIds,
                modes,
                seeds,
                instructionIds,
                verdict,
                strategies,
                flags,
                setOf(values),
                fullText,
                sourceAgrees);
    }

    public ChainQuery withFullText(String phrase) {
        return new ChainQuery(
                runIds, modes, seeds, instructionIds, verdict, strategies, flags, curation, phrase, sourceAgrees);
    }

    public ChainQuery withSourceAgreement(Boolean agrees) {
        return new ChainQuery(
                runIds, modes, seeds, instructionIds, verdict, strategies, flags, curation, fullText, agrees);
    }

    /**
     * The values given to a {@code with…} method as a set. Repeats are allowed and collapse: a task may list
     * the same instruction id twice (17 of IFEval's 541 prompts do), and a seed may be null.
     */
    @SafeVarargs
    private static <T> Set<T> setOf(T... values) {
        return copy(Arrays.asList(values));
    }

    private static <T> Set<T> copy(Collection<T> values) {
        // LinkedHashSet rather than Set.copyOf: seeds may hold null, and insertion order keeps SQL stable.
        return values == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }
}
