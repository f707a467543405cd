package org.tracelab.core.verify.ifbench;

import static org.tracelab.core.verify.ifbench.IfbenchText.number;
import static org.tracelab.core.verify.ifbench.IfbenchText.percent;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;

/**
 * {@code ratio:overlap}: the share of the text's distinct character trigrams (code points) that also occur in
 * {@code referenceText} is within 2 points of {@code percentage}: {@code p - 2 <= |A ∩ B| / |A| * 100 <= p + 2}.
 * A class rather than a record so the reference's trigrams are computed once. Immutable.
 */
public final class Overlap implements Instruction {

    public static final String ID = "ratio:overlap";

    private final String referenceText;
    private final double percentage;
    private final Set<Long> referenceTrigrams;

    public Overlap(String referenceText, double percentage) {
        this.referenceText = Objects.requireNonNull(referenceText, "referenceText");
        this.percentage = percentage;
        this.referenceTrigrams = Set.copyOf(trigrams(referenceText));
    }

    public String referenceText() {
        return referenceText;
    }

    public double percentage() {
        return percentage;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        Set<Long> own = trigrams(text.text());
        if (own.isEmpty()) {
            return CheckResult.fail("is shorter than 3 characters");
        }
        int shared = 0;
        for (Long trigram : own) {
            if (referenceTrigrams.contains(trigram)) {
                shared++;
            }
        }
        double ratio = (double) shared / own.size() * 100;
        String explanation = percent(ratio) + " of its character trigrams occur in the reference text; needs "
                + number(percentage) + " % ± 2";
        return percentage - 2 <= ratio && ratio <= percentage + 2
                ? CheckResult.pass(explanation)
                : CheckResult.fail(explanation);
    }

    /** The distinct runs of three consecutive code points, each packed into a long (21 bits per code point). */
    static Set<Long> trigrams(String s) {
        int[] cps = s.codePoints().toArray();
        Set<Long> trigrams = new HashSet<>();
        for (int i = 0; i + 2 < cps.length; i++) {
            trigrams.add(((long) cps[i] << 42) | ((long) cps[i + 1] << 21) | cps[i + 2]);
        }
        return trigrams;
    }

    @Override
    public String restatement() {
        return "Your response must overlap with the following text by about " + number(percentage)
                + " % (counting shared three-character sequences): \"" + referenceText + "\"";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Overlap o
                && o.referenceText.equals(referenceText)
                && Double.compare(o.percentage, percentage) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(referenceText, percentage);
    }

    @Override
    public String toString() {
        return "Overlap[referenceText=" + referenceText + ", percentage=" + percentage + "]";
    }
}
