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
 */
public record ExportSource(List<ExportRun> runs, String tracelabVersion, boolean ifevalPrompts) {

    public ExportSource {
        runs = List.copyOf(runs);
        Objects.requireNonNull(tracelabVersion, "tracelabVersion");
    }

    /** Whether some lines are hand-written illustrations rather than model output: the card says so loudly. */
    public boolean includesIllustrations() {
        return runs.stream().anyMatch(ExportRun::illustration);
    }

    /** Whether the card must warn that training on these prompts contaminates IFEval scores. */
    public boolean promptsAreIfeval() {
        return ifevalPrompts
                || runs.stream().anyMatch(run -> run.dataset().toLowerCase(Locale.ROOT).contains("ifeval"));
    }
}
