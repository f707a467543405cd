package org.tracelab.core.verify.declarative;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tracelab.core.verify.constraint.InvalidInstructionException;
import org.tracelab.core.verify.constraint.Kwargs;

/** Literal phrases as patterns: exact text, optionally ignoring (Unicode) case, optionally whole words only. */
final class Phrases {

    /** A letter, digit or underscore on either side makes a match part of a longer word. */
    private static final String WORD_CHAR = "[\\p{L}\\p{N}_]";

    private Phrases() {}

    static Pattern literal(String phrase, boolean caseSensitive, boolean wholeWords) {
        String quoted = Pattern.quote(phrase);
        String regex = wholeWords ? "(?<!" + WORD_CHAR + ")" + quoted + "(?!" + WORD_CHAR + ")" : quoted;
        return Pattern.compile(regex, caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The non-empty phrases of kwarg {@code name}, refused when the list or a phrase is empty. */
    static List<String> required(Kwargs kwargs, String name) throws InvalidInstructionException {
        List<String> phrases = kwargs.strings(name);
        if (phrases.isEmpty()) {
            throw kwargs.problem(name, "must list at least one phrase");
        }
        for (int i = 0; i < phrases.size(); i++) {
            if (phrases.get(i).isEmpty()) {
                throw kwargs.problem(name, "phrase " + (i + 1) + " is empty");
            }
        }
        return phrases;
    }

    /** "\"a\", \"b\"". */
    static String quoted(List<String> phrases) {
        return phrases.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", "));
    }
}
