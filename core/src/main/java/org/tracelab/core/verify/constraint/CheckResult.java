package org.tracelab.core.verify.constraint;

import java.util.List;
import org.tracelab.core.verify.text.Span;

/**
 * What one checker decided about one text: followed or not, the spans that broke the rule (empty when
 * nothing in the text can be pointed at, e.g. a missing keyword) and a one-line explanation.
 */
public record CheckResult(boolean followed, List<Span> evidence, String explanation) {

    public CheckResult {
        evidence = List.copyOf(evidence);
    }

    public static CheckResult pass(String explanation) {
        return new CheckResult(true, List.of(), explanation);
    }

    public static CheckResult fail(String explanation) {
        return new CheckResult(false, List.of(), explanation);
    }

    public static CheckResult fail(List<Span> evidence, String explanation) {
        return new CheckResult(false, evidence, explanation);
    }

    public static CheckResult of(boolean followed, List<Span> evidence, String explanation) {
        return new CheckResult(followed, followed ? List.of() : evidence, explanation);
    }
}
