package org.tracelab.app.service.pairs;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.tracelab.core.export.PairOrigin;
import org.tracelab.core.export.PairRanking;
import org.tracelab.core.flags.FlagKind;
import org.tracelab.core.trace.Curation;
import org.tracelab.core.trace.CurationTarget;
import org.tracelab.core.trace.Strategy;

/**
 * A DPO pair candidate as the Pairs view lists it: ids, scores, both ranks and the margin, origin, flags and the saved
 * decision, no texts (those are read for the selected pair only).
 *
 * @param scoreGap  instructions followed strictly by the chosen attempt minus by the rejected one
 * @param ranking   both attempts' ranks in their (task, seed) and the margin between them
 * @param curation  the saved decision; {@link Curation#NONE} when none was ever saved
 */
public record MinedPair(
        long runId,
        String taskKey,
        List<String> instructionIds,
        Side chosen,
        Side rejected,
        PairOrigin origin,
        double scoreGap,
        PairRanking ranking,
        Curation curation) {

    /**
     * One attempt of the pair.
     *
     * @param index  the attempt's position in its chain
     * @param flags  the attempt's flags merged with its task's, as export sees them
     */
    public record Side(
            long attemptId,
            long chainId,
            String mode,
            Long seed,
            int fork,
            int index,
            Strategy strategy,
            int strictPassed,
            int loosePassed,
            Set<String> flags) {

        public Side {
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(strategy, "strategy");
            flags = Set.copyOf(flags);
        }

        /** The flags that say what is wrong with the text or its task ({@link FlagKind#QUALITY}), sorted. */
        public Set<String> qualityFlags() {
            return FlagKind.qualityFlags(flags);
        }

        /** The flags that only say where the text came from ({@link FlagKind#PROVENANCE}), sorted. */
        public Set<String> provenanceFlags() {
            TreeSet<String> provenance = new TreeSet<>(flags);
            provenance.removeAll(qualityFlags());
            return provenance;
        }
    }

    public MinedPair {
        Objects.requireNonNull(taskKey, "taskKey");
        instructionIds = List.copyOf(instructionIds);
        Objects.requireNonNull(chosen, "chosen");
        Objects.requireNonNull(rejected, "rejected");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(ranking, "ranking");
        Objects.requireNonNull(curation, "curation");
    }

    /** The key curation decisions about this pair are saved under. */
    public CurationTarget.PairTarget target() {
        return new CurationTarget.PairTarget(chosen.attemptId(), rejected.attemptId());
    }

    /**
     * Either side (or the task) carries a quality flag: what an export leaves out by default. Provenance flags such
     * as {@code shared:first_attempt} do not count.
     */
    public boolean flagged() {
        return !chosen.qualityFlags().isEmpty() || !rejected.qualityFlags().isEmpty();
    }

    public MinedPair withCuration(Curation saved) {
        return new MinedPair(runId, taskKey, instructionIds, chosen, rejected, origin, scoreGap, ranking, saved);
    }
}
