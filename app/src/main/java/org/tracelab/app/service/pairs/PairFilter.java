package org.tracelab.app.service.pairs;

import org.tracelab.core.export.PairOrigin;
import org.tracelab.core.trace.CurationState;

/**
 * Which pair candidates of a run to list. Null means "any". Pairs are always mined over the whole task, as export
 * mines them, and then filtered, so the listed pairs are exactly the ones an export of the run would consider.
 *
 * @param mode          pairs with at least one side from a chain of this mode
 * @param instructionId pairs of tasks having this instruction
 * @param flagged       true: pairs with a quality flag on either side or on the task; false: pairs without any
 *                      (provenance flags such as {@code shared:first_attempt} do not count)
 * @param curation      the saved decision; {@code NONE} also matches pairs never decided
 */
public record PairFilter(
        long runId, String mode, String instructionId, PairOrigin origin, Boolean flagged, CurationState curation) {

    public static PairFilter run(long runId) {
        return new PairFilter(runId, null, null, null, null, null);
    }

    public PairFilter withMode(String value) {
        return new PairFilter(runId, value, instructionId, origin, flagged, curation);
    }

    public PairFilter withInstruction(String value) {
        return new PairFilter(runId, mode, value, origin, flagged, curation);
    }

    public PairFilter withOrigin(PairOrigin value) {
        return new PairFilter(runId, mode, instructionId, value, flagged, curation);
    }

    public PairFilter withFlagged(Boolean value) {
        return new PairFilter(runId, mode, instructionId, origin, value, curation);
    }

    public PairFilter withCuration(CurationState value) {
        return new PairFilter(runId, mode, instructionId, origin, flagged, value);
    }

    public boolean matches(MinedPair pair) {
        return pair.runId() == runId
                && (mode == null
                        || mode.equals(pair.chosen().mode())
                        || mode.equals(pair.rejected().mode()))
                && (instructionId == null || pair.instructionIds().contains(instructionId))
                && (origin == null || origin == pair.origin())
                && (flagged == null || flagged == pair.flagged())
                && (curation == null || curation == pair.curation().state());
    }

    @Override
    public String toString() {
        return "run " + runId + (mode == null ? "" : ", mode " + mode)
                + (instructionId == null ? "" : ", instruction " + instructionId)
                + (origin == null ? "" : ", " + origin.id() + " pairs")
                + (flagged == null ? "" : flagged ? ", flagged" : ", unflagged")
                + (curation == null ? "" : ", " + curation.wireName());
    }
}
