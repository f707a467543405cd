package org.tracelab.core.export;

import java.util.Objects;
import java.util.Set;
import org.tracelab.core.trace.CurationState;

/**
 * Two attempts at one task, the chosen one passing every instruction strictly and the rejected one failing
 * at least one, as mined by the pair miner.
 *
 * @param prompt        the task's real instruction text
 * @param systemPrompt  the run's system prompt, or null (blank counts as none)
 * @param scoreGap      how far apart the two attempts' scores are, as the miner measures it; kept in the manifest
 * @param chosenFlags   the chosen attempt's flags merged with its task's
 * @param rejectedFlags the rejected attempt's flags merged with its task's
 * @param ranking       both attempts' ranks in their (task, seed) and the margin between them
 * @param curation      a person's decision about this pair; {@code NONE} when undecided
 */
public record PreferencePair(
        String taskKey,
        String prompt,
        String systemPrompt,
        String chosen,
        String rejected,
        double scoreGap,
        PairOrigin origin,
        PairRanking ranking,
        Set<String> chosenFlags,
        Set<String> rejectedFlags,
        AttemptRef chosenSource,
        AttemptRef rejectedSource,
        CurationState curation) {

    public PreferencePair {
        Texts.requireNonBlank(taskKey, "taskKey");
        Texts.requireNonBlank(prompt, "prompt");
        systemPrompt = Texts.systemOrNull(systemPrompt);
        Texts.requireNonBlank(chosen, "chosen");
        Objects.requireNonNull(rejected, "rejected");
        if (chosen.equals(rejected)) {
            throw new IllegalArgumentException("chosen and rejected are the same text (task " + taskKey + ")");
        }
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(ranking, "ranking");
        chosenFlags = Texts.flags(chosenFlags);
        rejectedFlags = Texts.flags(rejectedFlags);
        Objects.requireNonNull(chosenSource, "chosenSource");
        Objects.requireNonNull(rejectedSource, "rejectedSource");
        Objects.requireNonNull(curation, "curation");
    }

    /** An uncurated pair. */
    public PreferencePair(
            String taskKey,
            String prompt,
            String systemPrompt,
            String chosen,
            String rejected,
            double scoreGap,
            PairOrigin origin,
            PairRanking ranking,
            Set<String> chosenFlags,
            Set<String> rejectedFlags,
            AttemptRef chosenSource,
            AttemptRef rejectedSource) {
        this(
                taskKey,
                prompt,
                systemPrompt,
                chosen,
                rejected,
                scoreGap,
                origin,
                ranking,
                chosenFlags,
                rejectedFlags,
                chosenSource,
                rejectedSource,
                CurationState.NONE);
    }
}
