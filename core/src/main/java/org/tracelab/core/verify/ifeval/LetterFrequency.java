package org.tracelab.core.verify.ifeval;

import java.util.ArrayList;
import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.constraint.Relation;
import org.tracelab.core.verify.text.PythonStrings;
import org.tracelab.core.verify.text.Span;

/**
 * {@code keywords:letter_frequency}: occurrences of the letter in the lower-cased response. The
 * character is counted literally even when it is not a letter ({@code #}, {@code !}); a "letter" of
 * several characters never occurs, as with the official checker's character counter.
 */
public record LetterFrequency(String letter, int frequency, Relation relation) implements Instruction {

    public static final String ID = "keywords:letter_frequency";

    public static LetterFrequency of(String letter, int frequency, Relation relation) {
        return new LetterFrequency(PythonStrings.lower(PythonStrings.strip(letter)), frequency, relation);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String restatement() {
        return "The letter \"" + letter.strip() + "\" must appear " + Phrases.times(relation, frequency) + ".";
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        int n = countIn(text.lower());
        boolean followed = relation.holds(n, frequency);
        String explanation = "found \"" + letter + "\" " + Matches.plural(n, "time", "times") + "; "
                + relation.requirement(frequency, "times");
        return followed ? CheckResult.pass(explanation) : CheckResult.fail(locate(text.text()), explanation);
    }

    private int countIn(String lower) {
        if (letter.codePointCount(0, letter.length()) != 1) {
            return 0;
        }
        int target = letter.codePointAt(0);
        return (int) lower.codePoints().filter(cp -> cp == target).count();
    }

    /** Spans in the original text whose lower case is the letter (evidence only; the count is above). */
    private List<Span> locate(String original) {
        List<Span> spans = new ArrayList<>();
        if (letter.codePointCount(0, letter.length()) != 1) {
            return spans;
        }
        int target = letter.codePointAt(0);
        for (int i = 0; i < original.length(); ) {
            int cp = original.codePointAt(i);
            int width = Character.charCount(cp);
            // ASCII lower-cases to one ASCII character; anything else takes Python's full mapping.
            boolean matches = cp < 128
                    ? (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp) == target
                    : PythonStrings.lower(original.substring(i, i + width)).equals(letter);
            if (matches) {
                spans.add(new Span(i, i + width));
            }
            i += width;
        }
        return spans;
    }
}
