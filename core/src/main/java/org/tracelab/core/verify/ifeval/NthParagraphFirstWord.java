package org.tracelab.core.verify.ifeval;

import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;
import org.tracelab.core.verify.text.Span;

/**
 * {@code length_constraints:nth_paragraph_first_word}: paragraphs are split on a blank line
 * ({@code \n\n}); the count of non-empty ones must equal the target and the nth part of the raw split
 * (empty parts included, as the official checker indexes it) must start with the word.
 */
public record NthParagraphFirstWord(int numParagraphs, int nthParagraph, String firstWord) implements Instruction {

    public static final String ID = "length_constraints:nth_paragraph_first_word";
    private static final String CUT_AT = ".,?!'\"";

    public static NthParagraphFirstWord of(int numParagraphs, int nthParagraph, String firstWord) {
        return new NthParagraphFirstWord(numParagraphs, nthParagraph, PythonStrings.lower(firstWord));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String restatement() {
        return "Your response must have exactly " + numParagraphs
                + " paragraphs separated by blank lines, and paragraph " + nthParagraph + " must start with the word \""
                + firstWord + "\".";
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        String s = text.text();
        String[] parts = s.split("\n\n", -1);
        int count = 0;
        for (String part : parts) {
            if (!PythonStrings.isBlank(part)) {
                count++;
            }
        }
        if (nthParagraph > count) {
            return CheckResult.fail("found " + Matches.plural(count, "paragraph", "paragraphs") + "; paragraph "
                    + nthParagraph + " does not exist (needs " + numParagraphs + ")");
        }
        // Python indexing: position 0 or below counts from the end.
        int index = nthParagraph - 1 < 0 ? nthParagraph - 1 + parts.length : nthParagraph - 1;
        if (index < 0 || index >= parts.length) {
            return CheckResult.fail("paragraph " + nthParagraph + " does not exist");
        }
        int partStart = startOfPart(parts, index);
        String paragraph = parts[index];
        int wordStart = partStart + PythonStrings.stripStart(paragraph);
        if (PythonStrings.isBlank(paragraph)) {
            return CheckResult.fail(
                    List.of(new Span(partStart, partStart + paragraph.length())),
                    "paragraph " + nthParagraph + " is empty");
        }
        String token = firstToken(s, wordStart);
        String word = firstWordOf(token);
        boolean wordMatches = word.equals(firstWord);
        boolean countMatches = count == numParagraphs;
        String explanation = "paragraph " + nthParagraph + " starts with \"" + word + "\""
                + (wordMatches ? "" : " instead of \"" + firstWord + "\"")
                + "; found " + Matches.plural(count, "paragraph", "paragraphs")
                + (countMatches ? "" : ", needs exactly " + numParagraphs);
        List<Span> evidence = wordMatches ? List.of() : List.of(new Span(wordStart, wordStart + token.length()));
        return CheckResult.of(wordMatches && countMatches, evidence, explanation);
    }

    private static int startOfPart(String[] parts, int index) {
        int start = 0;
        for (int i = 0; i < index; i++) {
            start += parts[i].length() + 2;
        }
        return start;
    }

    /** The first whitespace-separated token starting at {@code from} (which is not a space). */
    private static String firstToken(String s, int from) {
        int end = from;
        while (end < s.length()) {
            int cp = s.codePointAt(end);
            if (PythonStrings.isSpace(cp)) {
                break;
            }
            end += Character.charCount(cp);
        }
        return s.substring(from, end);
    }

    /**
     * Leading {@code '} then {@code "} removed, cut at the first of {@code . , ? ! ' "}, lower-cased one
     * character at a time (so a final sigma stays a plain sigma, as in the official checker).
     */
    static String firstWordOf(String token) {
        int i = 0;
        while (i < token.length() && token.charAt(i) == '\'') {
            i++;
        }
        while (i < token.length() && token.charAt(i) == '"') {
            i++;
        }
        int end = i;
        while (end < token.length() && CUT_AT.indexOf(token.charAt(end)) < 0) {
            end++;
        }
        StringBuilder word = new StringBuilder(end - i);
        token.substring(i, end)
                .codePoints()
                .forEach(cp -> word.append(PythonStrings.lower(new String(Character.toChars(cp)))));
        return word.toString();
    }
}
