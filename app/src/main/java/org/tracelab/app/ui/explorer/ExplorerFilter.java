package org.tracelab.app.ui.explorer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tracelab.core.trace.CurationState;
import org.tracelab.core.trace.Strategy;
import org.tracelab.storage.query.ChainQuery;
import org.tracelab.storage.query.VerdictFilter;

/**
 * What the explorer shows: one run (or all runs when {@code runId} is null) and the filters on it. Empty sets and
 * nulls mean "no restriction"; values within a dimension combine with OR, dimensions with AND.
 *
 * @param seeds    may hold null for chains without a seed
 * @param verdict  the final verdict; with instruction ids, the final verdict on one of those instructions
 * @param fullText a phrase searched in the attempts' outputs
 */
public record ExplorerFilter(
        Long runId,
        Set<String> modes,
        Set<Long> seeds,
        Set<String> instructionIds,
        VerdictFilter verdict,
        Set<Strategy> strategies,
        Set<String> flags,
        Set<CurationState> curation,
        String fullText) {

    private static final String SEPARATOR = " · ";

    public ExplorerFilter {
        modes = copy(modes);
        seeds = copy(seeds);
        instructionIds = copy(instructionIds);
        strategies = copy(strategies);
        flags = copy(flags);
        curation = copy(curation);
        fullText = fullText == null || fullText.isBlank() ? null : fullText.strip();
    }

    /** Every chain of the run ({@code null}: of all runs). */
    public static ExplorerFilter of(Long runId) {
        return new ExplorerFilter(runId, Set.of(), Set.of(), Set.of(), null, Set.of(), Set.of(), Set.of(), null);
    }

    /** The same run with no other restriction. */
    public ExplorerFilter cleared() {
        return of(runId);
    }

    public boolean restricts() {
        return !equals(cleared());
    }

    public ExplorerFilter withModes(Collection<String> values) {
        return new ExplorerFilter(
                runId, Set.copyOf(values), seeds, instructionIds, verdict, strategies, flags, curation, fullText);
    }

    public ExplorerFilter withSeeds(Collection<Long> values) {
        return new ExplorerFilter(
                runId,
                modes,
                new LinkedHashSet<>(values),
                instructionIds,
                verdict,
                strategies,
                flags,
                curation,
                fullText);
    }

    public ExplorerFilter withInstructionIds(Collection<String> values) {
        return new ExplorerFilter(
                runId, modes, seeds, Set.copyOf(values), verdict, strategies, flags, curation, fullText);
    }

    /** @param value null for any verdict */
    public ExplorerFilter withVerdict(VerdictFilter value) {
        return new ExplorerFilter(runId, modes, seeds, instructionIds, value, strategies, flags, curation, fullText);
    }

    public ExplorerFilter withStrategies(Collection<Strategy> values) {
        return new ExplorerFilter(
                runId, modes, seeds, instructionIds, verdict, Set.copyOf(values), flags, curation, fullText);
    }

    public ExplorerFilter withFlags(Collection<String> values) {
        return new ExplorerFilter(
                runId, modes, seeds, instructionIds, verdict, strategies, Set.copyOf(values), curation, fullText);
    }

    public ExplorerFilter withCuration(Collection<CurationState> values) {
        return new ExplorerFilter(
                runId, modes, seeds, instructionIds, verdict, strategies, flags, Set.copyOf(values), fullText);
    }

    public ExplorerFilter withFullText(String phrase) {
        return new ExplorerFilter(runId, modes, seeds, instructionIds, verdict, strategies, flags, curation, phrase);
    }

    /** The store query for this filter. */
    public ChainQuery toQuery() {
        ChainQuery query = ChainQuery.all()
                .withModes(modes.toArray(String[]::new))
                .withSeeds(seeds.toArray(Long[]::new))
                .withInstructions(instructionIds.toArray(String[]::new))
                .withStrategies(strategies.toArray(Strategy[]::new))
                .withFlags(flags.toArray(String[]::new))
                .withCuration(curation.toArray(CurationState[]::new))
                .withFullText(fullText);
        if (runId != null) {
            query = query.withRuns(runId);
        }
        return verdict == null ? query : query.withVerdict(verdict.level(), verdict.pass());
    }

    /** One line a person reads, e.g. "run 3 · mode full_pcl · instruction punctuation:no_comma · strict fail". */
    public String summary() {
        List<String> parts = new ArrayList<>();
        parts.add(runId == null ? "all runs" : "run " + runId);
        part(parts, "mode", modes.stream().sorted().toList());
        part(
                parts,
                "seed",
                seeds.stream()
                        .map(seed -> seed == null ? "none" : seed.toString())
                        .sorted()
                        .toList());
        part(parts, "instruction", instructionIds.stream().sorted().toList());
        if (verdict != null) {
            parts.add(verdictText(verdict));
        }
        part(
                parts,
                "repaired by",
                strategies.stream().map(Strategy::wireName).sorted().toList());
        part(parts, "flag", flags.stream().sorted().toList());
        part(
                parts,
                "curation",
                curation.stream().map(CurationState::wireName).sorted().toList());
        if (fullText != null) {
            parts.add("text \u201c" + fullText + "\u201d");
        }
        return String.join(SEPARATOR, parts);
    }

    /** "strict fail", "loose pass", "strict and loose fail". */
    public static String verdictText(VerdictFilter verdict) {
        String level = switch (verdict.level()) {
            case STRICT -> "strict";
            case LOOSE -> "loose";
            case BOTH -> "strict and loose";
        };
        return level + (verdict.pass() ? " pass" : " fail");
    }

    private static void part(List<String> parts, String name, List<String> values) {
        if (!values.isEmpty()) {
            parts.add(name + " " + String.join(" or ", values));
        }
    }

    private static <T> Set<T> copy(Collection<T> values) {
        // Not Set.copyOf: seeds may hold null.
        if (values == null || values.isEmpty()) {
            return Set.of();
        }
        return Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }
}
