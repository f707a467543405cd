package org.tracelab.app.ui;

import java.util.List;
import org.tracelab.core.verify.InstructionVerdict;

/**
 * An attempt's (or a chain's final) verdict as every view words and colours it: the attempt card, the chain list,
 * the diff header and the verdict table all say "pass", "loose pass", "fail" or "not verified", with the same mark.
 */
public enum Outcome {
    /** Every instruction followed strictly. */
    STRICT_PASS(Styles.VERDICT_PASS, "pass", "✓"),
    /** Every instruction followed loosely, not strictly. */
    LOOSE_PASS(Styles.VERDICT_LOOSE, "loose pass", "≈"),
    FAIL(Styles.VERDICT_FAIL, "fail", "✗"),
    /** Not verified: the call failed or the import had no verdicts. */
    UNVERIFIED(Styles.VERDICT_NONE, "not verified", "…");

    private final String styleClass;
    private final String label;
    private final String mark;

    Outcome(String styleClass, String label, String mark) {
        this.styleClass = styleClass;
        this.label = label;
        this.mark = mark;
    }

    public String styleClass() {
        return styleClass;
    }

    /** The word for it, the same in every view. */
    public String label() {
        return label;
    }

    /** A one-character mark, so the verdict never rests on colour alone. */
    public String mark() {
        return mark;
    }

    /** "✓ pass", "≈ loose pass", "✗ fail". */
    public String markedLabel() {
        return mark + " " + label;
    }

    /** An attempt's verdict by the hard instructions that decide it (soft ones are recorded but do not decide). */
    public static Outcome of(org.tracelab.core.trace.Attempt attempt, int instructionCount) {
        if (attempt.verdicts().isEmpty()) {
            return UNVERIFIED;
        }
        if (attempt.followsAllStrict(instructionCount)) {
            return STRICT_PASS;
        }
        return attempt.followsAllLoose(instructionCount) ? LOOSE_PASS : FAIL;
    }

    public static Outcome of(List<InstructionVerdict> verdicts) {
        if (verdicts.isEmpty()) {
            return UNVERIFIED;
        }
        if (verdicts.stream().allMatch(v -> v.strict() || !v.hard())) {
            return STRICT_PASS;
        }
        return verdicts.stream().allMatch(v -> v.loose() || !v.hard()) ? LOOSE_PASS : FAIL;
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
