package org.tracelab.core.verify.text;

import static org.tracelab.core.verify.text.PythonRegex.IGNORE_CASE;
import static org.tracelab.core.verify.text.PythonRegex.SPACE;
import static org.tracelab.core.verify.text.PythonRegex.WORD;
import static org.tracelab.core.verify.text.SubstitutionRule.Prefilter.anyOf;
import static org.tracelab.core.verify.text.SubstitutionRule.Prefilter.lastPeriod;
import static org.tracelab.core.verify.text.SubstitutionRule.Prefilter.wordIgnoringCase;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tracelab.core.verify.text.SubstitutionRule.Prefilter;

/**
 * NLTK 3.8's {@code word_tokenize(text)}: the sentences of a {@link SentenceSplitter}, each split by a
 * port of {@code nltk.tokenize.destructive.NLTKWordTokenizer.tokenize} (the improved Treebank rules,
 * applied in NLTK's order, without parenthesis conversion). Every token carries the range of original
 * characters it came from; a {@code "} rewritten to {@code ``} or {@code ''} points at that {@code "}.
 *
 * <p>Each rule first runs a cheap scan for a character or word every match needs, so most rules skip
 * most texts. Python's {@code \b} next to a character that is itself a word character is written here as the
 * equivalent one-sided lookaround, which Java evaluates much faster. Thread-safe.
 */
public final class NltkWordTokenizer implements WordTokenizer {

    private static final String NOT_WORD_BEFORE = "(?<!" + WORD + ")";
    private static final String NOT_WORD_AFTER = "(?!" + WORD + ")";

    private static final List<SubstitutionRule> STARTING_QUOTES = List.of(
            rule("([«“‘„]|[`]+)", " \\1 ", anyOf("«“‘„`")),
            rule("^\"", "``", anyOf("\"")),
            rule("(``)", " \\1 ", anyOf("`")),
            SubstitutionRule.of(PythonRegex.compile("([ (\\[{<])(\"|'{2})"), "\\1 `` ", 2, anyOf("\"'")),
            rule("(')(?!re|ve|ll|m|t|s|d|n)(" + WORD + ")" + NOT_WORD_AFTER, "\\1 \\2", IGNORE_CASE, anyOf("'")));

    private static final List<SubstitutionRule> PUNCTUATION = List.of(
            rule("([^.])(\\.)([\\])}>\"'»”’ ]*)" + SPACE + "*$", "\\1 \\2 \\3 ", lastPeriod()),
            rule("([:,])([^\\p{Nd}])", " \\1 \\2", anyOf(":,")),
            rule("([:,])$", " \\1 ", anyOf(":,")),
            rule("\\.{2,}", " \\g<0> ", anyOf(".")),
            rule("[;@#$%&]", " \\g<0> ", anyOf(";@#$%&")),
            // the final period
            rule("([^.])(\\.)([\\])}>\"']*)" + SPACE + "*$", "\\1 \\2\\3 ", lastPeriod()),
            rule("[?!]", " \\g<0> ", anyOf("?!")),
            // NLTK: ([^'])' -> "\1 ' "; the quote is captured so that it keeps its own source offset
            rule("([^'])(') ", "\\1 \\2 ", anyOf("'")),
            rule("[*]", " \\g<0> ", anyOf("*")));

    private static final SubstitutionRule PARENS_BRACKETS = rule("[\\]\\[(){}<>]", " \\g<0> ", anyOf("[](){}<>"));

    private static final SubstitutionRule DOUBLE_DASHES = rule("--", " -- ", anyOf("-"));

    private static final List<SubstitutionRule> ENDING_QUOTES = List.of(
            rule("([»”’])", " \\1 ", anyOf("»”’")),
            rule("''", " '' ", anyOf("'")),
            rule("\"", " '' ", anyOf("\"")),
            rule("([^' ])('[sS]|'[mM]|'[dD]|') ", "\\1 \\2 ", anyOf("'")),
            rule("([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) ", "\\1 \\2 ", anyOf("'")));

    /** MacIntyre's CONTRACTIONS2 then CONTRACTIONS3; NLTK leaves CONTRACTIONS4 out. */
    private static final List<SubstitutionRule> CONTRACTIONS = List.of(
            contraction(NOT_WORD_BEFORE + "(can)(not)" + NOT_WORD_AFTER, "cannot"),
            contraction(NOT_WORD_BEFORE + "(d)('ye)" + NOT_WORD_AFTER, "d'ye"),
            contraction(NOT_WORD_BEFORE + "(gim)(me)" + NOT_WORD_AFTER, "gimme"),
            contraction(NOT_WORD_BEFORE + "(gon)(na)" + NOT_WORD_AFTER, "gonna"),
            contraction(NOT_WORD_BEFORE + "(got)(ta)" + NOT_WORD_AFTER, "gotta"),
            contraction(NOT_WORD_BEFORE + "(lem)(me)" + NOT_WORD_AFTER, "lemme"),
            contraction(NOT_WORD_BEFORE + "(more)('n)" + NOT_WORD_AFTER, "more'n"),
            contraction(NOT_WORD_BEFORE + "(wan)(na)(?=" + SPACE + ")", "wanna"),
            contraction(" ('t)(is)" + NOT_WORD_AFTER, " 'tis"),
            contraction(" ('t)(was)" + NOT_WORD_AFTER, " 'twas"));

    private final SentenceSplitter sentences;

    public NltkWordTokenizer(SentenceSplitter sentences) {
        this.sentences = Objects.requireNonNull(sentences, "sentences");
    }

    @Override
    public List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        for (Span sentence : sentences.sentences(text)) {
            tokenizeSentence(text, sentence.start(), sentence.end(), tokens);
        }
        return tokens;
    }

    /** NLTK's {@code NLTKWordTokenizer().tokenize(text[from:to])}, appending tokens with offsets into text. */
    static void tokenizeSentence(String text, int from, int to, List<Token> out) {
        TrackedText tracked = new TrackedText(text, from, to);
        applyAll(STARTING_QUOTES, tracked);
        applyAll(PUNCTUATION, tracked);
        PARENS_BRACKETS.applyTo(tracked);
        DOUBLE_DASHES.applyTo(tracked);
        tracked.pad();
        applyAll(ENDING_QUOTES, tracked);
        applyAll(CONTRACTIONS, tracked);
        tracked.splitOnSpaces(out);
    }

    private static void applyAll(List<SubstitutionRule> rules, TrackedText text) {
        for (SubstitutionRule rule : rules) {
            rule.applyTo(text);
        }
    }

    private static SubstitutionRule rule(String regex, String template, Prefilter prefilter) {
        return SubstitutionRule.of(PythonRegex.compile(regex), template, prefilter);
    }

    private static SubstitutionRule rule(String regex, String template, int flags, Prefilter prefilter) {
        return SubstitutionRule.of(PythonRegex.compile(regex, flags), template, prefilter);
    }

    private static SubstitutionRule contraction(String regex, String word) {
        return rule(regex, " \\1 \\2 ", IGNORE_CASE, wordIgnoringCase(word));
    }
}
