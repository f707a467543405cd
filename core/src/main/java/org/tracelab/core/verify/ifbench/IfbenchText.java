package org.tracelab.core.verify.ifbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.text.IfbenchTextServices;
import org.tracelab.core.verify.text.PythonStrings;
import org.tracelab.core.verify.text.Span;
import org.tracelab.core.verify.text.UnicodeWords;
import org.tracelab.core.verify.text.WordTokenizer.Token;

/**
 * What IFBench's checks share: NLTK 3.10's sentences and word tokens of a text (computed once per text), the
 * {@code regex}-engine {@code \w+} words, whitespace words after a per-word transformation, and number
 * formatting for explanations.
 */
final class IfbenchText {

    /** Python's {@code string.punctuation}, written P in the semantics. */
    static final String P = PythonStrings.ASCII_PUNCTUATION;
    /** P and the plain space: what {@code strip(string.punctuation + " ")} removes. */
    static final String P_AND_SPACE = P + " ";

    private static final Function<AnalyzedText, List<Span>> SENTENCES =
            text -> text.services().ifbench().sentences().sentences(text.text());
    private static final Function<AnalyzedText, List<Token>> WORD_TOKENS =
            text -> text.services().ifbench().words().tokens(text.text());
    private static final Function<AnalyzedText, List<Span>> UNICODE_WORDS = text -> UnicodeWords.runs(text.text());

    private IfbenchText() {}

    static IfbenchTextServices tools(AnalyzedText text) {
        return text.services().ifbench();
    }

    /** {@code sent_tokenize(text)} (NLTK 3.10), as spans of the text. */
    static List<Span> sentenceSpans(AnalyzedText text) {
        return text.memo(SENTENCES, SENTENCES);
    }

    /** {@code sent_tokenize(text)} (NLTK 3.10). */
    static List<String> sentences(AnalyzedText text) {
        List<Span> spans = sentenceSpans(text);
        List<String> sentences = new ArrayList<>(spans.size());
        for (Span span : spans) {
            sentences.add(span.of(text.text()));
        }
        return sentences;
    }

    /** {@code word_tokenize(text)} (NLTK 3.10). */
    static List<Token> wordTokens(AnalyzedText text) {
        return text.memo(WORD_TOKENS, WORD_TOKENS);
    }

    /** {@code word_tokenize(s)} (NLTK 3.10) of some other string, e.g. a transformed text or one sentence. */
    static List<String> wordTokens(AnalyzedText context, String s) {
        List<Token> tokens = tools(context).words().tokens(s);
        List<String> texts = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            texts.add(token.text());
        }
        return texts;
    }

    /** The matches of {@code \w+} as NLTK 3.10's {@code RegexpTokenizer} finds them (the {@code regex} engine). */
    static List<Span> unicodeWords(AnalyzedText text) {
        return text.memo(UNICODE_WORDS, UNICODE_WORDS);
    }

    /** A whitespace-separated word after a transformation, with where the original word is. */
    record Word(String text, Span span) {}

    /**
     * {@code transform(text).split()} for a transformation that works character by character and never makes or
     * removes whitespace (lower-casing, deleting punctuation): it equals transforming each {@code split()} word
     * and dropping those that become empty, which keeps each word's place in the original text for evidence.
     */
    static List<Word> words(String text, UnaryOperator<String> transform) {
        List<Word> words = new ArrayList<>();
        for (Span span : PythonStrings.splitSpans(text)) {
            String word = transform.apply(span.of(text));
            if (!word.isEmpty()) {
                words.add(new Word(word, span));
            }
        }
        return words;
    }

    /** Lower-cases (Python {@code lower()}). */
    static String lower(String s) {
        return PythonStrings.lower(s);
    }

    /** Deletes P. */
    static String removePunctuation(String s) {
        return PythonStrings.removeAsciiPunctuation(s);
    }

    /** {@code s[0]} as a string (one code point); the string must not be empty. */
    static String firstChar(String s) {
        return s.substring(0, Character.charCount(s.codePointAt(0)));
    }

    /** A kwarg number as the prompt would say it: {@code 5.0} as "5", {@code 2.5} as "2.5". */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /** A ratio as a percentage with two decimals. */
    static String percent(double value) {
        return String.format(Locale.ROOT, "%.2f %%", value);
    }

    static String plural(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** A quoted excerpt for explanations, shortened to 40 characters. */
    static String quote(String s) {
        String oneLine = s.replace("\n", "\\n");
        return "\"" + (oneLine.length() > 40 ? oneLine.substring(0, 37) + "..." : oneLine) + "\"";
    }

    /** Spans of the given words. */
    static List<Span> spans(List<Word> words) {
        List<Span> spans = new ArrayList<>(words.size());
        for (Word word : words) {
            spans.add(word.span());
        }
        return spans;
    }
}
