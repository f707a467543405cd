package org.tracelab.core.verify.declarative;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.tracelab.core.verify.constraint.InvalidInstructionException;
import org.tracelab.core.verify.constraint.Kwargs;
import org.tracelab.core.verify.text.Span;

/**
 * A regular expression a person wrote in a task file: Java syntax ({@link Pattern}), Unicode-aware classes
 * and case, inline flags such as {@code (?m)} or {@code (?s)} allowed; run under a {@link StepBudget}.
 *
 * @param source the pattern as written
 */
record UserPattern(String source, Pattern pattern) {

    /** The pattern in kwarg {@code name}, refused with the compiler's own description when it is invalid. */
    static UserPattern compile(Kwargs kwargs, String name, boolean ignoreCase, int extraFlags)
            throws InvalidInstructionException {
        String source = kwargs.string(name);
        if (source.isEmpty()) {
            throw kwargs.problem(name, "must not be empty");
        }
        int flags = Pattern.UNICODE_CHARACTER_CLASS
                | extraFlags
                | (ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        try {
            return new UserPattern(source, Pattern.compile(source, flags));
        } catch (PatternSyntaxException e) {
            throw kwargs.problem(
                    name,
                    "not a valid regular expression: " + e.getDescription()
                            + (e.getIndex() >= 0 ? " near index " + e.getIndex() : ""));
        }
    }

    /**
     * The matches in {@code text}, left to right: non-overlapping (as Python's {@code findall} and Java's
     * {@code find} loop give them), or, when {@code overlapping}, one match starting at every position where
     * the pattern matches.
     *
     * @throws StepBudget.ExhaustedException when the pattern needs too many steps on this text
     */
    List<Span> matches(String text, boolean overlapping) {
        List<Span> spans = new ArrayList<>();
        Matcher matcher = pattern.matcher(new StepBudget(text));
        if (!overlapping) {
            while (matcher.find()) {
                spans.add(new Span(matcher.start(), matcher.end()));
            }
            return spans;
        }
        int from = 0;
        while (from <= text.length() && matcher.find(from)) {
            spans.add(new Span(matcher.start(), matcher.end()));
            from = matcher.start()
                    + (matcher.start() < text.length() ? Character.charCount(text.codePointAt(matcher.start())) : 1);
        }
        return spans;
    }

    /** Whether the whole of {@code text} matches. */
    boolean matchesWhole(String text) {
        return pattern.matcher(new StepBudget(text)).matches();
    }

    /** "/pattern/" for explanations. */
    String shown() {
        return "/" + source + "/";
    }
}
