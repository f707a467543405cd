package org.tracelab.core.export;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the exported traces come from, for the manifest and the card.
 *
 * @param runs            the selected runs (all runs when the user named none)
 * @param tracelabVersion the exporting Tracelab's version
 * @param ifevalPrompts   the caller knows the prompts are IFEval's own; a run whose dataset name contains
 *                        "ifeval" counts too
 * @param origins         which exported tasks the task composer made, from which pools
 */
public record ExportSource(List<ExportRun> runs, String tracelabVersion, boolean ifevalPrompts, TaskOrigins origins) {

    public ExportSource {
        runs = List.copyOf(runs);
        Objects.requireNonNull(tracelabVersion, "tracelabVersion");
        Objects.requireNonNull(origins, "origins");
    }

    /** A source whose task origins were not counted. */
    public ExportSource(List<ExportRun> runs, String tracelabVersion, boolean ifevalPrompts) {
        this(runs, tracelabVersion, ifevalPrompts, TaskOrigins.UNKNOWN);
    }

    /** Whether some lines are hand-written illustrations rather than model output: the card says so loudly. */
    public boolean includesIllustrations() {
        return runs.stream().anyMatch(ExportRun::illustration);
    }

    /**
     * Whether the card must warn that training on these prompts contaminates IFEval scores: some task was composed
     * from IFEval's own prompt file, or some task was not composed and a run's dataset is IFEval's (as the caller
     * or the dataset name says). Tasks the composer made from the researcher's own pool never trigger it.
     */
    public boolean promptsAreIfeval() {
        if (origins.composedFromIfeval() > 0) {
            return true;
        }
        if (origins.known() && origins.uncomposed() == 0) {
            return false;
        }
        return ifevalPrompts
                || runs.stream()
                        .anyMatch(run -> run.dataset().toLowerCase(Locale.ROOT).contains("ifeval"));
    }
}
