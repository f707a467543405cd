package org.tracelab.app.ui.explorer;

import java.util.List;
import org.tracelab.app.ui.Styles;
import org.tracelab.core.verify.InstructionVerdict;

/** An attempt's verdict as the explorer colours it. */
public enum Outcome {
    /** Every instruction followed strictly. */
    STRICT_PASS(Styles.VERDICT_PASS),
    /** Every instruction followed loosely, not strictly. */
    LOOSE_PASS(Styles.VERDICT_LOOSE),
    FAIL(Styles.VERDICT_FAIL),
    /** Not verified: the call failed or the import had no verdicts. */
    UNVERIFIED(Styles.VERDICT_NONE);

    private final String styleClass;

    Outcome(String styleClass) {
        this.styleClass = styleClass;
    }

    public String styleClass() {
        return styleClass;
    }

    public static Outcome of(List<InstructionVerdict> verdicts) {
        if (verdicts.isEmpty()) {
            return UNVERIFIED;
        }
        if (verdicts.stream().allMatch(InstructionVerdict::strict)) {
            return STRICT_PASS;
        }
        return verdicts.stream().allMatch(InstructionVerdict::loose) ? LOOSE_PASS : FAIL;
    }

    /** A chain's final verdict from its summary row; null values mean the chain is still open. */
    public static Outcome of(Boolean finalStrict, Boolean finalLoose) {
        if (finalStrict == null) {
            return UNVERIFIED;
        }
        if (finalStrict) {
            return STRICT_PASS;
        }
        return Boolean.TRUE.equals(finalLoose) ? LOOSE_PASS : FAIL;
    }
}
