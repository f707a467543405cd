package org.tracelab.core.verify.declarative;

import java.util.List;
import java.util.regex.Pattern;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.Span;

/**
 * {@code rule:starts_with} and {@code rule:ends_with}: the response, without leading and trailing whitespace,
 * starts (ends) with the phrase, ignoring letter case unless {@code case_sensitive}.
 */
record EdgeRule(String id, boolean atStart, String phrase, Pattern pattern, boolean caseSensitive)
        implements Instruction {

    static final String STARTS_WITH = "rule:starts_with";
    static final String ENDS_WITH = "rule:ends_with";

    static EdgeRule of(boolean atStart, String phrase, boolean caseSensitive) {
        return new EdgeRule(
                atStart ? STARTS_WITH : ENDS_WITH,
                atStart,
                phrase,
                Phrases.literal(phrase, caseSensitive, false),
                caseSensitive);
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        String stripped = text.stripped();
        int offset = text.strippedOffset();
        // Java's case-insensitive matching folds one character to one character, so a match has the
        // phrase's length: compare just that many characters at the edge.
        int length = Math.min(stripped.length(), phrase.length());
        int from = atStart ? 0 : stripped.length() - length;
        boolean followed = length == phrase.length()
                && pattern.matcher(stripped).region(from, from + length).matches();
        String edge = stripped.substring(from, from + length);
        String explanation =
                (atStart ? "starts with \"" : "ends with \"") + shorten(edge) + "\"; needs \"" + phrase + "\"";
        return CheckResult.of(followed, List.of(new Span(offset + from, offset + from + length)), explanation);
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    @Override
    public String restatement() {
        return (atStart ? "Begin your response with \"" : "End your response with \"") + phrase + "\""
                + (caseSensitive ? ", exactly as written." : ".");
    }
}
