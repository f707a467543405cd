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
 * NLTK's {@code word_tokenize(text)} of one {@link NltkVersion}: the sentences of a {@link SentenceSplitter},
 * each split by a port of {@code nltk.tokenize.destructive.NLTKWordTokenizer.tokenize} (the improved Treebank
 * rules, applied in NLTK's order, without parenthesis conversion). Every token carries the range of original
 * characters it came from; a {@code "} rewritten to {@code ``} or {@code ''} points at that {@code "}.
 *
 * <p>Each rule first runs a cheap scan for a character or word every match needs, so most rules skip
 * most texts. Python's {@code \b} next to a character that is itself a word character is written here as the
 * equivalent one-sided lookaround, which Java evaluates much faster. Thread-safe.
 */
public final class NltkWordTokenizer implements WordTokenizer {

    private static final String NOT_WORD_BEFORE = "(?<!" + WORD + ")";
    private static final String NOT_WORD_AFTER = "(?!" + WORD + ")";

    private static final List<SubstitutionRule> OPENING_QUOTES = List.of(
            rule("([«“‘„]|[`]+)", " \\1 ", anyOf("«“‘„`")),
            rule("^\"", "``", anyOf("\"")),
            rule("(``)", " \\1 ", anyOf("`")),
            SubstitutionRule.of(PythonRegex.compile("([ (\\[{<])(\"|'{2})"), "\\1 `` ", 2, anyOf("\"'")));

    /** NLTK 3.8 splits a leading apostrophe off one-letter words only ({@code 'a} becomes {@code ' a}). */
    private static final SubstitutionRule LEADING_APOSTROPHE_3_8 =
            rule("(')(?!re|ve|ll|m|t|s|d|n)(" + WORD + ")" + NOT_WORD_AFTER, "\\1 \\2", IGNORE_CASE, anyOf("'"));

    /** NLTK 3.10 splits it off any word but a clitic ({@code 'hello} becomes {@code ' hello}). */
    private static final SubstitutionRule LEADING_APOSTROPHE_3_10 = rule(
            NOT_WORD_BEFORE + "(')(?!(?:re|ve|ll|m|t|s|d|n)" + NOT_WORD_AFTER + ")(?=" + WORD + ")",
            "\\1 ",
            IGNORE_CASE,
            anyOf("'"));

    private static final List<SubstitutionRule> STARTING_QUOTES_3_8 = append(OPENING_QUOTES, LEADING_APOSTROPHE_3_8);
    private static final List<SubstitutionRule> STARTING_QUOTES_3_10 = append(OPENING_QUOTES, LEADING_APOSTROPHE_3_10);

    private static final List<SubstitutionRule> PUNCTUATION_3_8 = punctuation(false);
    private static final List<SubstitutionRule> PUNCTUATION_3_10 = punctuation(true);

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
    private final NltkVersion version;

    /** NLTK 3.8's rules, as the official IFEval checker ran. */
    public NltkWordTokenizer(SentenceSplitter sentences) {
        this(sentences, NltkVersion.V3_8);
    }

    /** {@code sentences} should follow the same NLTK version. */
    public NltkWordTokenizer(SentenceSplitter sentences, NltkVersion version) {
        this.sentences = Objects.requireNonNull(sentences, "sentences");
        this.version = Objects.requireNonNull(version, "version");
    }

    public NltkVersion version() {
        return version;
    }

    @Override
    public List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        for (Span sentence : sentences.sentences(text)) {
            tokenizeSentence(text, sentence.start(), sentence.end(), version, tokens);
        }
        return tokens;
    }

    /** NLTK 3.8's {@code NLTKWordTokenizer().tokenize(text[from:to])}, appending tokens with offsets into text. */
    static void tokenizeSentence(String text, int from, int to, List<Token> out) {
        tokenizeSentence(text, from, to, NltkVersion.V3_8, out);
    }

    /** {@code NLTKWordTokenizer().tokenize(text[from:to])} of one NLTK version. */
    static void tokenizeSentence(String text, int from, int to, NltkVersion version, List<Token> out) {
        boolean v310 = version == NltkVersion.V3_10;
        TrackedText tracked = new TrackedText(text, from, to);
        applyAll(v310 ? STARTING_QUOTES_3_10 : STARTING_QUOTES_3_8, tracked);
        applyAll(v310 ? PUNCTUATION_3_10 : PUNCTUATION_3_8, tracked);
        PARENS_BRACKETS.applyTo(tracked);
        DOUBLE_DASHES.applyTo(tracked);
        tracked.pad();
        applyAll(ENDING_QUOTES, tracked);
        applyAll(CONTRACTIONS, tracked);
        tracked.splitOnSpaces(out);
    }

    /** NLTKWordTokenizer.PUNCTUATION; NLTK 3.10 pads the dashes U+2012 to U+2015 too. */
    private static List<SubstitutionRule> punctuation(boolean padDashes) {
        List<SubstitutionRule> rules = new ArrayList<>(List.of(
                rule("([^.])(\\.)([\\])}>\"'»”’ ]*)" + SPACE + "*$", "\\1 \\2 \\3 ", lastPeriod()),
                rule("([:,])([^\\p{Nd}])", " \\1 \\2", anyOf(":,")),
                rule("([:,])$", " \\1 ", anyOf(":,")),
                rule("\\.{2,}", " \\g<0> ", anyOf(".")),
                rule("[;@#$%&]", " \\g<0> ", anyOf(";@#$%&"))));
        if (padDashes) {
            rules.add(rule("[\u2012-\u2015]", " \\g<0> ", anyOf("\u2012\u2013\u2014\u2015")));
        }
        rules.addAll(List.of(
                // the final period
                rule("([^.])(\\.)([\\])}>\"']*)" + SPACE + "*$", "\\1 \\2\\3 ", lastPeriod()),
                rule("[?!]", " \\g<0> ", anyOf("?!")),
                // NLTK: ([^'])' -> "\1 ' "; the quote is captured so that it keeps its own source offset
                rule("([^'])(') ", "\\1 \\2 ", anyOf("'")),
                rule("[*]", " \\g<0> ", anyOf("*"))));
        return List.copyOf(rules);
    }

    private static List<SubstitutionRule> append(List<SubstitutionRule> rules, SubstitutionRule last) {
        List<SubstitutionRule> all = new ArrayList<>(rules);
        all.add(last);
        return List.copyOf(all);
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
