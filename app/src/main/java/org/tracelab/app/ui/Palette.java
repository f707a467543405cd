package org.tracelab.app.ui;

import java.util.List;
import java.util.Map;
import org.tracelab.app.service.report.RepairOutcome;

/**
 * The colours that carry meaning, by name: each is a looked-up colour that {@code colors-light.css} and
 * {@code colors-dark.css} define (Okabe-Ito based, colour-blind safe; ADR 0021). Every chart series, legend swatch
 * and verdict mark takes its colour from here, by what it shows — never by its position — so "not fixed" or
 * {@code full_pcl} has one colour in every view and every run.
 */
public final class Palette {

    public static final String PASS = "-tl-pass";
    public static final String LOOSE_PASS = "-tl-loose-pass";
    public static final String FAIL = "-tl-fail";
    public static final String UNVERIFIED = "-tl-unverified";

    /** The strict rate series; loose is the lighter shade of the same hue. */
    public static final String STRICT = "-tl-strict";

    public static final String LOOSE = "-tl-loose";

    private static final Map<String, String> MODES = Map.of(
            "direct", "-tl-mode-direct",
            "prompt_retry", "-tl-mode-prompt-retry",
            "full_pcl", "-tl-mode-full-pcl");
    /** Modes of other tools, by a stable hash of their name. */
    private static final List<String> OTHER_MODES = List.of("-tl-mode-other-1", "-tl-mode-other-2", "-tl-mode-other-3");

    private Palette() {}

    /** The colour of a mode, the same in every chart. */
    public static String mode(String mode) {
        String known = MODES.get(mode);
        return known != null ? known : OTHER_MODES.get(Math.floorMod(mode.hashCode(), OTHER_MODES.size()));
    }

    /** The colour of a repair outcome, the same whichever outcomes a run happens to have. */
    public static String outcome(RepairOutcome outcome) {
        return switch (outcome) {
            case PASSED_FIRST -> "-tl-outcome-passed-first";
            case FIXED_BY_PATCH -> "-tl-outcome-patch";
            case FIXED_BY_REGENERATE -> "-tl-outcome-regenerate";
            case FIXED_BY_RETRY -> "-tl-outcome-retry";
            case FIXED_BY_RULE_FIX -> "-tl-outcome-rule-fix";
            case PASSED_IMPORTED -> "-tl-outcome-imported";
            case NOT_FIXED -> "-tl-outcome-not-fixed";
            case INFEASIBLE -> "-tl-outcome-infeasible";
        };
    }
}
