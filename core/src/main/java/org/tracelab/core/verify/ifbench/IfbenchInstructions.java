package org.tracelab.core.verify.ifbench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.tracelab.core.verify.instruction.Instruction;
import org.tracelab.core.verify.instruction.InstructionFactory;
import org.tracelab.core.verify.instruction.InvalidInstructionException;

/**
 * Builds IFBench's 58 instructions from an id and its kwargs object (null-valued kwargs dropped first, as the
 * reference harness does). Numbers are taken as the reference takes them: floats stay floats ({@code N: 5.0}),
 * and only {@code n}, {@code m}, {@code n_start} and {@code n_end} must be integers. A missing kwarg is an input
 * error (the reference would draw a random value).
 */
public final class IfbenchInstructions {

    private static final Map<String, List<String>> KWARGS = Map.ofEntries(
            Map.entry(WordCountRange.ID, List.of("min_words", "max_words")),
            Map.entry(UniqueWordCount.ID, List.of("N")),
            Map.entry(Conjunctions.ID, List.of("small_n")),
            Map.entry(PersonNames.ID, List.of("N")),
            Map.entry(Numbers.ID, List.of("N")),
            Map.entry(Punctuation.ID, List.of()),
            Map.entry(Pronouns.ID, List.of("N")),
            Map.entry(WordsJapanese.ID, List.of("N")),
            Map.entry(KeywordsMultiple.ID, List.of("keyword1", "keyword2", "keyword3", "keyword4", "keyword5")),
            Map.entry(StopWordRatio.ID, List.of("percentage")),
            Map.entry(SentenceType.ID, List.of()),
            Map.entry(SentenceBalance.ID, List.of()),
            Map.entry(SentenceWords.ID, List.of()),
            Map.entry(Overlap.ID, List.of("reference_text", "percentage")),
            Map.entry(SentenceKeyword.ID, List.of("word", "N")),
            Map.entry(SentenceIncrement.ID, List.of("small_n")),
            Map.entry(AlliterationIncrement.ID, List.of()),
            Map.entry(Alphabet.ID, List.of()),
            Map.entry(Vowel.ID, List.of()),
            Map.entry(Consonants.ID, List.of()),
            Map.entry(Palindrome.ID, List.of()),
            Map.entry(PrimeLengths.ID, List.of()),
            Map.entry(StartVerb.ID, List.of()),
            Map.entry(Repeats.ID, List.of("small_n")),
            Map.entry(OddEvenSyllables.ID, List.of()),
            Map.entry(LastFirst.ID, List.of()),
            Map.entry(ParagraphLastFirst.ID, List.of()),
            Map.entry(NoConsecutive.ID, List.of()),
            Map.entry(KeywordSpecificPosition.ID, List.of("keyword", "n", "m")),
            Map.entry(WordsPosition.ID, List.of("keyword")),
            Map.entry(Parentheses.ID, List.of()),
            Map.entry(Quotes.ID, List.of()),
            Map.entry(Options.ID, List.of("options")),
            Map.entry(Newline.ID, List.of()),
            Map.entry(Emoji.ID, List.of()),
            Map.entry(LineIndent.ID, List.of()),
            Map.entry(QuoteUnquote.ID, List.of()),
            Map.entry(ListSeparator.ID, List.of("sep")),
            Map.entry(Thesis.ID, List.of()),
            Map.entry(SubBullets.ID, List.of()),
            Map.entry(NoBulletsBullets.ID, List.of()),
            Map.entry(TitleCase.ID, List.of()),
            Map.entry(OutputTemplate.ID, List.of()),
            Map.entry(NoWhitespace.ID, List.of()),
            Map.entry(RepeatChange.ID, List.of("prompt_to_repeat")),
            Map.entry(RepeatSimple.ID, List.of()),
            Map.entry(RepeatSpan.ID, List.of("prompt_to_repeat", "n_start", "n_end")),
            Map.entry(Multiples.ID, List.of()),
            Map.entry(McqCountLength.ID, List.of()),
            Map.entry(ReverseNewline.ID, List.of()),
            Map.entry(WordReverse.ID, List.of()),
            Map.entry(CharacterReverse.ID, List.of()),
            Map.entry(SentenceAlphabet.ID, List.of()),
            Map.entry(EuropeanCapitalsSort.ID, List.of()),
            Map.entry(CsvCity.ID, List.of()),
            Map.entry(CsvSpecialCharacter.ID, List.of()),
            Map.entry(CsvQuotes.ID, List.of()),
            Map.entry(DateFormatList.ID, List.of()));

    private IfbenchInstructions() {
    }

    /** The 58 IFBench ids, sorted. */
    public static SortedSet<String> ids() {
        return new TreeSet<>(KWARGS.keySet());
    }

    public static boolean knows(String id) {
        return KWARGS.containsKey(id);
    }

    /** {@code kwargs} may be null (no arguments). */
    public static Instruction create(String id, JsonNode kwargs) throws InvalidInstructionException {
        List<String> expected = KWARGS.get(id);
        if (expected == null) {
            throw new InvalidInstructionException("instruction_id_list", "unknown IFBench instruction id \"" + id + "\"");
        }
        if (kwargs != null && !kwargs.isNull() && !kwargs.isObject()) {
            throw new InvalidInstructionException("kwargs", "must be an object, got " + kwargs.getNodeType());
        }
        Args args = new Args(id, InstructionFactory.dropNulls(kwargs));
        args.rejectUnexpected(expected);
        return switch (id) {
            case WordCountRange.ID -> new WordCountRange(args.number("min_words"), args.number("max_words"));
            case UniqueWordCount.ID -> new UniqueWordCount(args.number("N"));
            case Conjunctions.ID -> new Conjunctions(args.number("small_n"));
            case PersonNames.ID -> new PersonNames(args.number("N"));
            case Numbers.ID -> new Numbers(args.number("N"));
            case Punctuation.ID -> new Punctuation();
            case Pronouns.ID -> new Pronouns(args.number("N"));
            case WordsJapanese.ID -> new WordsJapanese(args.positive("N"));
            case KeywordsMultiple.ID -> new KeywordsMultiple(List.of(args.string("keyword1"), args.string("keyword2"),
                    args.string("keyword3"), args.string("keyword4"), args.string("keyword5")));
            case StopWordRatio.ID -> new StopWordRatio(args.number("percentage"));
            case SentenceType.ID -> new SentenceType();
            case SentenceBalance.ID -> new SentenceBalance();
            case SentenceWords.ID -> new SentenceWords();
            case Overlap.ID -> new Overlap(args.string("reference_text"), args.number("percentage"));
            case SentenceKeyword.ID -> new SentenceKeyword(args.string("word"), args.number("N"));
            case SentenceIncrement.ID -> new SentenceIncrement(args.number("small_n"));
            case AlliterationIncrement.ID -> new AlliterationIncrement();
            case Alphabet.ID -> new Alphabet();
            case Vowel.ID -> new Vowel();
            case Consonants.ID -> new Consonants();
            case Palindrome.ID -> new Palindrome();
            case PrimeLengths.ID -> new PrimeLengths();
            case StartVerb.ID -> new StartVerb();
            case Repeats.ID -> new Repeats(args.number("small_n"));
            case OddEvenSyllables.ID -> new OddEvenSyllables();
            case LastFirst.ID -> new LastFirst();
            case ParagraphLastFirst.ID -> new ParagraphLastFirst();
            case NoConsecutive.ID -> new NoConsecutive();
            case KeywordSpecificPosition.ID -> new KeywordSpecificPosition(args.string("keyword"), args.integer("n"),
                    args.integer("m"));
            case WordsPosition.ID -> new WordsPosition(args.string("keyword"));
            case Parentheses.ID -> new Parentheses();
            case Quotes.ID -> new Quotes();
            case Options.ID -> new Options(args.string("options"));
            case Newline.ID -> new Newline();
            case Emoji.ID -> new Emoji();
            case LineIndent.ID -> new LineIndent();
            case QuoteUnquote.ID -> new QuoteUnquote();
            case ListSeparator.ID -> new ListSeparator(args.string("sep"));
            case Thesis.ID -> new Thesis();
            case SubBullets.ID -> new SubBullets();
            case NoBulletsBullets.ID -> new NoBulletsBullets();
            case TitleCase.ID -> new TitleCase();
            case OutputTemplate.ID -> new OutputTemplate();
            case NoWhitespace.ID -> new NoWhitespace();
            case RepeatChange.ID -> new RepeatChange(args.string("prompt_to_repeat"));
            case RepeatSimple.ID -> new RepeatSimple();
            case RepeatSpan.ID -> new RepeatSpan(args.string("prompt_to_repeat"), args.integer("n_start"),
                    args.integer("n_end"));
            case Multiples.ID -> new Multiples();
            case McqCountLength.ID -> new McqCountLength();
            case ReverseNewline.ID -> new ReverseNewline();
            case WordReverse.ID -> new WordReverse();
            case CharacterReverse.ID -> new CharacterReverse();
            case SentenceAlphabet.ID -> new SentenceAlphabet();
            case EuropeanCapitalsSort.ID -> new EuropeanCapitalsSort();
            case CsvCity.ID -> new CsvCity();
            case CsvSpecialCharacter.ID -> new CsvSpecialCharacter();
            case CsvQuotes.ID -> new CsvQuotes();
            case DateFormatList.ID -> new DateFormatList();
            default -> throw new IllegalStateException("id listed without a factory: " + id);
        };
    }

    /** Typed access to one instruction's kwargs, with errors that name the kwarg. */
    private record Args(String id, JsonNode node) {

        void rejectUnexpected(List<String> expected) throws InvalidInstructionException {
            Set<String> unexpected = new LinkedHashSet<>();
            node.fieldNames().forEachRemaining(name -> {
                if (!expected.contains(name)) {
                    unexpected.add(name);
                }
            });
            if (!unexpected.isEmpty()) {
                throw new InvalidInstructionException("kwargs." + unexpected.iterator().next(), "unexpected kwarg for "
                        + id + (expected.isEmpty() ? " (it takes none)" : " (it takes " + String.join(", ", expected) + ")"));
            }
        }

        private JsonNode required(String name) throws InvalidInstructionException {
            JsonNode value = node.get(name);
            if (value == null) {
                throw new InvalidInstructionException("kwargs." + name, "missing, required by " + id);
            }
            return value;
        }

        String string(String name) throws InvalidInstructionException {
            JsonNode value = required(name);
            if (!value.isTextual()) {
                throw new InvalidInstructionException("kwargs." + name, "must be a string, got " + value);
            }
            return value.textValue();
        }

        double number(String name) throws InvalidInstructionException {
            JsonNode value = required(name);
            if (!value.isNumber()) {
                throw new InvalidInstructionException("kwargs." + name, "must be a number, got " + value);
            }
            return value.doubleValue();
        }

        double positive(String name) throws InvalidInstructionException {
            double value = number(name);
            if (!(value > 0)) {
                throw new InvalidInstructionException("kwargs." + name, "must be above 0, got " + value);
            }
            return value;
        }

        int integer(String name) throws InvalidInstructionException {
            JsonNode value = required(name);
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                throw new InvalidInstructionException("kwargs." + name, "must be an integer, got " + value);
            }
            return value.intValue();
        }
    }
}
