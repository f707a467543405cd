package org.tracelab.core.verify.ifbench;

import static org.tracelab.core.verify.constraint.KwargSpec.required;

import java.util.ArrayList;
import java.util.List;
import org.tracelab.core.verify.constraint.ConstraintDefinition;
import org.tracelab.core.verify.constraint.ConstraintFamily;
import org.tracelab.core.verify.constraint.ConstraintRegistry;
import org.tracelab.core.verify.constraint.FeasibilityContext;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.constraint.InvalidInstructionException;
import org.tracelab.core.verify.constraint.KwargKind;
import org.tracelab.core.verify.constraint.KwargSpec;
import org.tracelab.core.verify.constraint.Kwargs;
import org.tracelab.core.verify.constraint.RepairClass;
import org.tracelab.core.verify.ifeval.IfevalConstraints;
import org.tracelab.core.verify.text.PythonStrings;

/**
 * IFBench's 58 instruction ids (AllenAI, 2025) with the reference checker's semantics ({@code IFBENCH-SEMANTICS.md},
 * ADR 0015), their kwargs, repair classes and feasibility rules. Registering them is the one place this pack
 * touches. Numbers are taken as the reference takes them: the test file's floats ({@code "N": 5.0}) stay floats,
 * and only {@code n}, {@code m}, {@code n_start} and {@code n_end} are integers. A missing kwarg is an input error
 * (the reference would draw a random value).
 */
public final class IfbenchConstraints {

    /** A count the kwargs make impossible: more names than the list has, a fractional number count, nested keywords. */
    public static final String INFEASIBLE_UNREACHABLE_COUNT = "infeasible:unreachable_count";
    /** A keyword no word token can ever equal (empty, with whitespace, or without a letter or digit). */
    public static final String INFEASIBLE_UNMATCHABLE_KEYWORD = "infeasible:unmatchable_keyword";
    /** A range with nothing in it (minimum above maximum, a percentage no ratio can have). */
    public static final String INFEASIBLE_EMPTY_RANGE = "infeasible:empty_range";

    private IfbenchConstraints() {}

    /** Registers the 58 types. */
    public static ConstraintRegistry.Builder register(ConstraintRegistry.Builder builder) {
        for (ConstraintDefinition definition : definitions()) {
            builder.register(definition);
        }
        return builder;
    }

    static List<ConstraintDefinition> definitions() {
        return List.of(
                // count:*
                structural(WordCountRange.ID, "Word count range")
                        .kwargs(
                                number("min_words", "the least number of \\w+ words"),
                                number("max_words", "the most \\w+ words"))
                        .create(k -> new WordCountRange(k.number("min_words"), k.number("max_words")))
                        .feasibility(IfbenchConstraints::wordCountFeasibility)
                        .build(),
                structural(UniqueWordCount.ID, "Unique words")
                        .kwargs(number("N", "the least number of distinct words"))
                        .create(k -> new UniqueWordCount(k.number("N")))
                        .build(),
                local(Conjunctions.ID, "Different conjunctions")
                        .kwargs(number("small_n", "the least number of different conjunctions as written"))
                        .create(k -> new Conjunctions(k.number("small_n")))
                        .build(),
                local(PersonNames.ID, "Person names")
                        .kwargs(number("N", "the least number of listed first names"))
                        .create(k -> new PersonNames(k.number("N")))
                        .feasibility((i, c) -> ((PersonNames) i).n() > PersonNames.NAMES.size()
                                ? List.of(INFEASIBLE_UNREACHABLE_COUNT)
                                : List.of())
                        .build(),
                local(Numbers.ID, "Exact number count")
                        .kwargs(number("N", "the exact number of numbers"))
                        .create(k -> new Numbers(k.number("N")))
                        .feasibility((i, c) ->
                                isCount(((Numbers) i).n()) ? List.of() : List.of(INFEASIBLE_UNREACHABLE_COUNT))
                        .build(),
                local(Punctuation.ID, "All punctuation and an interrobang")
                        .create(k -> new Punctuation())
                        .build(),
                structural(Pronouns.ID, "Pronouns")
                        .kwargs(number("N", "the least number of pronouns"))
                        .create(k -> new Pronouns(k.number("N")))
                        .build(),
                structural(WordsJapanese.ID, "Every nth word in Japanese")
                        .kwargs(number("N", "the step: every Nth word, above 0"))
                        .create(k -> new WordsJapanese(positive(k, "N")))
                        .build(),
                local(KeywordsMultiple.ID, "Keywords 1, 2, 3, 5 and 7 times")
                        .kwargs(
                                keyword("keyword1", 1),
                                keyword("keyword2", 2),
                                keyword("keyword3", 3),
                                keyword("keyword4", 5),
                                keyword("keyword5", 7))
                        .create(k -> new KeywordsMultiple(List.of(
                                k.string("keyword1"),
                                k.string("keyword2"),
                                k.string("keyword3"),
                                k.string("keyword4"),
                                k.string("keyword5"))))
                        .feasibility(IfbenchConstraints::keywordsFeasibility)
                        .build(),
                // ratio:*
                structural(StopWordRatio.ID, "Stop-word ratio")
                        .kwargs(number("percentage", "the most stop words, in %"))
                        .create(k -> new StopWordRatio(k.number("percentage")))
                        .feasibility((i, c) ->
                                ((StopWordRatio) i).percentage() < 0 ? List.of(INFEASIBLE_EMPTY_RANGE) : List.of())
                        .build(),
                structural(SentenceType.ID, "Statements twice the questions")
                        .create(k -> new SentenceType())
                        .build(),
                structural(SentenceBalance.ID, "Balanced . ? ! sentences")
                        .create(k -> new SentenceBalance())
                        .build(),
                structural(SentenceWords.ID, "Three equal-length sentences")
                        .create(k -> new SentenceWords())
                        .build(),
                structural(Overlap.ID, "Trigram overlap with a text")
                        .kwargs(
                                required("reference_text", KwargKind.STRING, "the text to overlap with"),
                                number("percentage", "the share of the answer's trigrams found in it, in % (± 2)"))
                        .create(k -> new Overlap(k.string("reference_text"), k.number("percentage")))
                        .feasibility(IfbenchConstraints::overlapFeasibility)
                        .build(),
                // sentence:*
                local(SentenceKeyword.ID, "Keyword in sentence n")
                        .kwargs(
                                required("word", KwargKind.STRING, "the word, used as given"),
                                number("N", "which sentence, from 1"))
                        .create(k -> new SentenceKeyword(k.string("word"), k.number("N")))
                        .build(),
                structural(SentenceIncrement.ID, "Sentences growing by n words")
                        .kwargs(number("small_n", "how many more words each sentence has"))
                        .create(k -> new SentenceIncrement(k.number("small_n")))
                        .build(),
                structural(AlliterationIncrement.ID, "Growing alliteration")
                        .create(k -> new AlliterationIncrement())
                        .build(),
                // words:*
                structural(Alphabet.ID, "Words in alphabetical sequence")
                        .create(k -> new Alphabet())
                        .build(),
                structural(Vowel.ID, "At most three vowels")
                        .create(k -> new Vowel())
                        .build(),
                structural(Consonants.ID, "Consonant clusters in every word")
                        .create(k -> new Consonants())
                        .build(),
                structural(Palindrome.ID, "Ten palindromes")
                        .create(k -> new Palindrome())
                        .build(),
                structural(PrimeLengths.ID, "Prime-length words")
                        .create(k -> new PrimeLengths())
                        .build(),
                local(StartVerb.ID, "Starts with a verb")
                        .create(k -> new StartVerb())
                        .build(),
                structural(Repeats.ID, "No word repeated more than n times")
                        .kwargs(number("small_n", "the most times any word may occur"))
                        .create(k -> new Repeats(k.number("small_n")))
                        .build(),
                structural(OddEvenSyllables.ID, "Alternating odd and even syllables")
                        .create(k -> new OddEvenSyllables())
                        .build(),
                structural(LastFirst.ID, "Sentences chained last word to first")
                        .create(k -> new LastFirst())
                        .build(),
                structural(ParagraphLastFirst.ID, "Paragraphs ending with their first word")
                        .create(k -> new ParagraphLastFirst())
                        .build(),
                structural(NoConsecutive.ID, "No consecutive words with the same first letter")
                        .create(k -> new NoConsecutive())
                        .build(),
                local(KeywordSpecificPosition.ID, "Keyword at word m of sentence n")
                        .kwargs(
                                required("keyword", KwargKind.STRING, "the word (stripped)"),
                                required("n", KwargKind.INTEGER, "which sentence, from 1"),
                                required("m", KwargKind.INTEGER, "which word of it, from 1"))
                        .create(k -> new KeywordSpecificPosition(k.string("keyword"), k.integer("n"), k.integer("m")))
                        .feasibility((i, c) -> tokenKeywordFeasibility(((KeywordSpecificPosition) i).keyword(), true))
                        .build(),
                local(WordsPosition.ID, "Keyword second and second-to-last")
                        .kwargs(required("keyword", KwargKind.STRING, "the word (stripped)"))
                        .create(k -> new WordsPosition(k.string("keyword")))
                        .feasibility((i, c) -> tokenKeywordFeasibility(((WordsPosition) i).keyword(), false))
                        .build(),
                // format:*
                local(Parentheses.ID, "Brackets nested 5 deep")
                        .create(k -> new Parentheses())
                        .build(),
                local(Quotes.ID, "Quotes nested 3 deep")
                        .create(k -> new Quotes())
                        .build(),
                structural(Options.ID, "Answer from options")
                        .kwargs(required("options", KwargKind.STRING, "the options, separated by /, \"or\" or commas"))
                        .create(k -> new Options(k.string("options")))
                        .build(),
                structural(Newline.ID, "One word per line")
                        .create(k -> new Newline())
                        .build(),
                local(Emoji.ID, "Emoji after every sentence")
                        .create(k -> new Emoji())
                        .build(),
                structural(LineIndent.ID, "Staircase indentation")
                        .create(k -> new LineIndent())
                        .build(),
                local(QuoteUnquote.ID, "Quotes followed by explanations")
                        .create(k -> new QuoteUnquote())
                        .build(),
                local(ListSeparator.ID, "List with a separator")
                        .kwargs(required("sep", KwargKind.STRING, "the separator that must occur at least twice"))
                        .create(k -> new ListSeparator(k.string("sep")))
                        .build(),
                local(Thesis.ID, "Italic thesis statement")
                        .create(k -> new Thesis())
                        .build(),
                structural(SubBullets.ID, "Bullets with sub-bullets")
                        .create(k -> new SubBullets())
                        .build(),
                structural(NoBulletsBullets.ID, "Prose, then bullets")
                        .create(k -> new NoBulletsBullets())
                        .build(),
                structural(TitleCase.ID, "Title case")
                        .create(k -> new TitleCase())
                        .build(),
                local(OutputTemplate.ID, "Answer / conclusion / outlook template")
                        .create(k -> new OutputTemplate())
                        .build(),
                local(NoWhitespace.ID, "No whitespace")
                        .create(k -> new NoWhitespace())
                        .build(),
                // repeat:*
                structural(RepeatChange.ID, "Repeat with the first word changed")
                        .kwargs(required("prompt_to_repeat", KwargKind.STRING, "the request to repeat"))
                        .create(k -> new RepeatChange(k.string("prompt_to_repeat")))
                        .feasibility((i, c) -> words(((RepeatChange) i).promptToRepeat()) > c.maxWords()
                                ? List.of(IfevalConstraints.INFEASIBLE_LENGTH_VS_MAX_TOKENS)
                                : List.of())
                        .build(),
                structural(RepeatSimple.ID, "Output only the given sentence")
                        .create(k -> new RepeatSimple())
                        .build(),
                structural(RepeatSpan.ID, "Repeat a span of the request")
                        .kwargs(
                                required("prompt_to_repeat", KwargKind.STRING, "the request"),
                                required("n_start", KwargKind.INTEGER, "the span's first character, from 0"),
                                required("n_end", KwargKind.INTEGER, "the span's last character, inclusive"))
                        .create(k ->
                                new RepeatSpan(k.string("prompt_to_repeat"), k.integer("n_start"), k.integer("n_end")))
                        .feasibility(IfbenchConstraints::repeatSpanFeasibility)
                        .build(),
                // custom:*
                structural(Multiples.ID, "Multiples of 7 from 10 to 50")
                        .create(k -> new Multiples())
                        .build(),
                structural(McqCountLength.ID, "Four growing multiple-choice questions")
                        .create(k -> new McqCountLength())
                        .build(),
                structural(ReverseNewline.ID, "African countries, reverse order")
                        .create(k -> new ReverseNewline())
                        .build(),
                structural(WordReverse.ID, "Sentence with words reversed")
                        .create(k -> new WordReverse())
                        .build(),
                structural(CharacterReverse.ID, "Sentence with letters reversed")
                        .create(k -> new CharacterReverse())
                        .build(),
                structural(SentenceAlphabet.ID, "26 sentences, A to Z")
                        .create(k -> new SentenceAlphabet())
                        .build(),
                structural(EuropeanCapitalsSort.ID, "European capitals by latitude")
                        .create(k -> new EuropeanCapitalsSort())
                        .build(),
                structural(CsvCity.ID, "CSV: cities").create(k -> new CsvCity()).build(),
                structural(CsvSpecialCharacter.ID, "CSV: quoted special character")
                        .create(k -> new CsvSpecialCharacter())
                        .build(),
                structural(CsvQuotes.ID, "TSV: every field quoted")
                        .create(k -> new CsvQuotes())
                        .build(),
                structural(DateFormatList.ID, "Dates as YYYY-MM-DD")
                        .create(k -> new DateFormatList())
                        .build());
    }

    private static ConstraintDefinition.Builder local(String id, String displayName) {
        return ConstraintDefinition.builder(id, ConstraintFamily.IFBENCH, displayName, RepairClass.LOCAL);
    }

    private static ConstraintDefinition.Builder structural(String id, String displayName) {
        return ConstraintDefinition.builder(id, ConstraintFamily.IFBENCH, displayName, RepairClass.STRUCTURAL);
    }

    private static KwargSpec number(String name, String doc) {
        return required(name, KwargKind.NUMBER, doc);
    }

    private static KwargSpec keyword(String name, int times) {
        return required(
                name,
                KwargKind.STRING,
                "a keyword that must occur exactly " + times + (times == 1 ? " time" : " times")
                        + " (case-insensitive substring count)");
    }

    private static double positive(Kwargs kwargs, String name) throws InvalidInstructionException {
        double value = kwargs.number(name);
        if (!(value > 0)) {
            throw kwargs.problem(name, "must be above 0, got " + IfbenchText.number(value));
        }
        return value;
    }

    private static boolean isCount(double value) {
        return value >= 0 && value == Math.rint(value);
    }

    private static int words(String text) {
        return PythonStrings.split(text).size();
    }

    private static List<String> wordCountFeasibility(Instruction instruction, FeasibilityContext context) {
        WordCountRange range = (WordCountRange) instruction;
        List<String> flags = new ArrayList<>();
        if (range.minWords() > range.maxWords() || Math.floor(range.maxWords()) < Math.ceil(range.minWords())) {
            flags.add(INFEASIBLE_EMPTY_RANGE);
        }
        if (range.minWords() > context.maxWords()) {
            flags.add(IfevalConstraints.INFEASIBLE_LENGTH_VS_MAX_TOKENS);
        }
        return flags;
    }

    /**
     * Keyword a, needed exactly c(a) times, that contains keyword b k times makes b occur at least k·c(a) times
     * (the greedy count finds the most non-overlapping occurrences); impossible when b needs fewer.
     */
    private static List<String> keywordsFeasibility(Instruction instruction, FeasibilityContext context) {
        List<String> keywords = ((KeywordsMultiple) instruction).keywords();
        for (int a = 0; a < keywords.size(); a++) {
            for (int b = 0; b < keywords.size(); b++) {
                String outer = PythonStrings.lower(keywords.get(a));
                String inner = PythonStrings.lower(keywords.get(b));
                if (a == b || inner.isEmpty()) {
                    continue;
                }
                int inside = PythonStrings.count(outer, inner);
                if (inside > 0 && KeywordsMultiple.REQUIRED[b] < inside * KeywordsMultiple.REQUIRED[a]) {
                    return List.of(INFEASIBLE_UNREACHABLE_COUNT);
                }
            }
        }
        return List.of();
    }

    private static List<String> overlapFeasibility(Instruction instruction, FeasibilityContext context) {
        Overlap overlap = (Overlap) instruction;
        double p = overlap.percentage();
        boolean noReferenceTrigrams = Overlap.trigrams(overlap.referenceText()).isEmpty();
        return p + 2 < 0 || p - 2 > 100 || (noReferenceTrigrams && p - 2 > 0)
                ? List.of(INFEASIBLE_EMPTY_RANGE)
                : List.of();
    }

    /** A word token is never empty and never holds whitespace; position counting also skips tokens without alnum. */
    private static List<String> tokenKeywordFeasibility(String keyword, boolean needsAlnum) {
        boolean unmatchable = keyword.isEmpty()
                || keyword.codePoints().anyMatch(PythonStrings::isSpace)
                || (needsAlnum && keyword.codePoints().noneMatch(PythonStrings::isAlnum));
        return unmatchable ? List.of(INFEASIBLE_UNMATCHABLE_KEYWORD) : List.of();
    }

    private static List<String> repeatSpanFeasibility(Instruction instruction, FeasibilityContext context) {
        RepeatSpan span = (RepeatSpan) instruction;
        if (PythonStrings.isBlank(span.span())) {
            return List.of(INFEASIBLE_UNMATCHABLE_KEYWORD);
        }
        return words(span.span()) > context.maxWords()
                ? List.of(IfevalConstraints.INFEASIBLE_LENGTH_VS_MAX_TOKENS)
                : List.of();
    }
}
