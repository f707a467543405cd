package org.tracelab.core.verify;

import java.util.List;
import org.tracelab.core.verify.constraint.ConstraintLevel;
import org.tracelab.core.verify.text.Span;

/**
 * The verdict on one instruction of a prompt.
 *
 * @param index         position of the instruction in the prompt's instruction list
 * @param instructionId the IFEval id, e.g. {@code punctuation:no_comma}
 * @param strict        followed by the response as given
 * @param loose         followed by at least one of the eight loose variants
 * @param looseVariant  the first loose variant that followed it (null when {@code loose} is false)
 * @param evidence      spans of the raw response that broke the rule under the strict check
 * @param explanation   one line a person can read, from the strict check
 * @param level         whether the instruction decides the prompt-level verdict ({@code soft} ones are recorded but
 *                      do not); {@code hard} when not given
 */
public record InstructionVerdict(
        int index,
        String instructionId,
        boolean strict,
        boolean loose,
        LooseVariant looseVariant,
        List<Span> evidence,
        String explanation,
        ConstraintLevel level) {

    public InstructionVerdict {
        evidence = List.copyOf(evidence);
        level = level == null ? ConstraintLevel.HARD : level;
    }

    /** The verdict on a hard instruction. */
    public InstructionVerdict(
            int index,
            String instructionId,
            boolean strict,
            boolean loose,
            LooseVariant looseVariant,
            List<Span> evidence,
            String explanation) {
        this(index, instructionId, strict, loose, looseVariant, evidence, explanation, ConstraintLevel.HARD);
    }

    public boolean hard() {
        return level == ConstraintLevel.HARD;
    }
}
