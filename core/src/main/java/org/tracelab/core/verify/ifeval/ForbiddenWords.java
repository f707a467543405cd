package org.tracelab.core.verify.ifeval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonRegex;
import org.tracelab.core.verify.text.Span;

/** {@code keywords:forbidden_words}: no forbidden word appears as a whole word, ignoring case. */
public record ForbiddenWords(List<String> forbiddenWords, List<Pattern> patterns) implements Instruction {

    public static final String ID = "keywords:forbidden_words";
    /** Word characters inside, possibly with spaces, hyphens or apostrophes; no regex syntax. */
    private static final Pattern PLAIN_WORD = Pattern.compile(
            "[" + PythonRegex.WORD_CHAR + "](?:[" + PythonRegex.WORD_CHAR + " '-]*[" + PythonRegex.WORD_CHAR + "])?");

    public ForbiddenWords {
        forbiddenWords = List.copyOf(forbiddenWords);
        patterns = List.copyOf(patterns);
    }

    public static ForbiddenWords of(List<String> words) {
        return new ForbiddenWords(
                words,
                words.stream()
                        .map(w -> PythonRegex.compile(wholeWord(w), PythonRegex.IGNORE_CASE))
                        .toList());
    }

    /**
     * Python's {@code \b<word>\b}. For a plain word that starts and ends with a word character the two
     * boundaries reduce to one-sided look-arounds, which match the same and run much faster.
     */
    private static String wholeWord(String word) {
        if (PLAIN_WORD.matcher(word).matches()) {
            return "(?<!" + PythonRegex.WORD + ")" + word + "(?!" + PythonRegex.WORD + ")";
        }
        return PythonRegex.WORD_BOUNDARY + word + PythonRegex.WORD_BOUNDARY;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String restatement() {
        return "Do not use any of these words: " + Phrases.quotedList(forbiddenWords) + ".";
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<Span> evidence = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        for (int i = 0; i < patterns.size(); i++) {
            Matcher m = patterns.get(i).matcher(text.text());
            while (m.find()) {
                evidence.add(new Span(m.start(), m.end()));
                used.add(forbiddenWords.get(i));
            }
        }
        if (used.isEmpty()) {
            return CheckResult.pass("none of the " + forbiddenWords.size() + " forbidden words used");
        }
        evidence.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return CheckResult.fail(
                evidence,
                "used forbidden word" + (used.size() == 1 ? " " : "s ")
                        + String.join(
                                ", ", used.stream().map(w -> "\"" + w + "\"").toList())
                        + " (" + Matches.plural(evidence.size(), "occurrence", "occurrences") + ")");
    }
}
