package org.tracelab.app.ui.pairs;

import java.util.List;
import java.util.Objects;
import org.tracelab.app.service.pairs.PairTexts;
import org.tracelab.app.ui.explorer.EvidenceMark;
import org.tracelab.app.ui.explorer.EvidenceMarks;
import org.tracelab.core.diff.TextDiff;
import org.tracelab.core.diff.WordDiff;
import org.tracelab.core.verify.InstructionVerdict;

/**
 * What the Pairs view shows of the selected pair, computed off the UI thread: the word diff from the rejected answer
 * to the chosen one (the rejected side's spans are {@link TextDiff#left()}, the chosen side's {@link TextDiff#right()})
 * and where each answer breaks an instruction (the evidence of its failing verdicts).
 */
public record PairComparison(
        PairTexts texts, TextDiff diff, List<EvidenceMark> chosenEvidence, List<EvidenceMark> rejectedEvidence) {

    public PairComparison {
        Objects.requireNonNull(texts, "texts");
        Objects.requireNonNull(diff, "diff");
        chosenEvidence = List.copyOf(chosenEvidence);
        rejectedEvidence = List.copyOf(rejectedEvidence);
    }

    public static PairComparison of(PairTexts texts, WordDiff wordDiff) {
        return new PairComparison(
                texts,
                wordDiff.compare(texts.rejected(), texts.chosen()),
                violations(texts.chosen(), texts.chosenVerdicts()),
                violations(texts.rejected(), texts.rejectedVerdicts()));
    }

    /** The evidence of the instructions an answer fails strictly, as marks over its text. */
    private static List<EvidenceMark> violations(String text, List<InstructionVerdict> verdicts) {
        return EvidenceMarks.of(
                text.length(),
                verdicts.stream().filter(verdict -> !verdict.strict()).toList());
    }
}
