package org.tracelab.core.verify.instruction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.PatternSyntaxException;

/**
 * Builds typed instructions from an IFEval id and its kwargs object, rejecting what the official checker
 * could not use: unknown ids, missing or unexpected kwargs, wrong types, unknown relation phrases.
 * Kwargs whose value is {@code null} are dropped first (the Hugging Face copy writes absent kwargs so).
 */
public final class InstructionFactory {

    /** Every supported id with the kwargs it takes. */
    private static final Map<String, List<String>> KWARGS = Map.ofEntries(
            Map.entry(KeywordsExistence.ID, List.of("keywords")),
            Map.entry(KeywordsFrequency.ID, List.of("keyword", "frequency", "relation")),
            Map.entry(ForbiddenWords.ID, List.of("forbidden_words")),
            Map.entry(LetterFrequency.ID, List.of("letter", "let_frequency", "let_relation")),
            Map.entry(ResponseLanguage.ID, List.of("language")),
            Map.entry(NumberSentences.ID, List.of("num_sentences", "relation")),
            Map.entry(NumberParagraphs.ID, List.of("num_paragraphs")),
            Map.entry(NumberWords.ID, List.of("num_words", "relation")),
            Map.entry(NthParagraphFirstWord.ID, List.of("num_paragraphs", "nth_paragraph", "first_word")),
            Map.entry(NumberPlaceholders.ID, List.of("num_placeholders")),
            Map.entry(Postscript.ID, List.of("postscript_marker")),
            Map.entry(NumberBulletLists.ID, List.of("num_bullets")),
            Map.entry(ConstrainedResponse.ID, List.of()),
            Map.entry(NumberHighlightedSections.ID, List.of("num_highlights")),
            Map.entry(MultipleSections.ID, List.of("section_spliter", "num_sections")),
            Map.entry(JsonFormat.ID, List.of()),
            Map.entry(Title.ID, List.of()),
            Map.entry(TwoResponses.ID, List.of()),
            Map.entry(RepeatPrompt.ID, List.of("prompt_to_repeat")),
            Map.entry(EndChecker.ID, List.of("end_phrase")),
            Map.entry(CapitalWordFrequency.ID, List.of("capital_frequency", "capital_relation")),
            Map.entry(EnglishCapital.ID, List.of()),
            Map.entry(EnglishLowercase.ID, List.of()),
            Map.entry(NoComma.ID, List.of()),
            Map.entry(Quotation.ID, List.of()));

    private InstructionFactory() {
    }

    /** The 25 supported instruction ids, sorted. */
    public static SortedSet<String> supportedIds() {
        return new TreeSet<>(KWARGS.keySet());
    }

    /** {@code kwargs} may be null (no arguments). */
    public static Instruction create(String id, JsonNode kwargs) throws InvalidInstructionException {
        if (org.tracelab.core.verify.ifbench.IfbenchInstructions.knows(id)) {
            return org.tracelab.core.verify.ifbench.IfbenchInstructions.create(id, kwargs);
        }
        List<String> expected = KWARGS.get(id);
        if (expected == null) {
            throw new InvalidInstructionException("instruction_id_list", "unknown instruction id \"" + id + "\"");
        }
        Args args = new Args(id, withoutNulls(kwargs));
        args.rejectUnexpected(expected);
        try {
            return switch (id) {
                case KeywordsExistence.ID -> KeywordsExistence.of(args.strings("keywords"));
                case KeywordsFrequency.ID -> KeywordsFrequency.of(
                        args.string("keyword"), args.integer("frequency"), args.relation("relation"));
                case ForbiddenWords.ID -> ForbiddenWords.of(args.strings("forbidden_words"));
                case LetterFrequency.ID -> LetterFrequency.of(
                        args.string("letter"), args.integer("let_frequency"), args.relation("let_relation"));
                case ResponseLanguage.ID -> new ResponseLanguage(args.string("language"));
                case NumberSentences.ID -> new NumberSentences(args.integer("num_sentences"), args.relation("relation"));
                case NumberParagraphs.ID -> new NumberParagraphs(args.integer("num_paragraphs"));
                case NumberWords.ID -> new NumberWords(args.integer("num_words"), args.relation("relation"));
                case NthParagraphFirstWord.ID -> NthParagraphFirstWord.of(args.integer("num_paragraphs"),
                        args.integer("nth_paragraph"), args.string("first_word"));
                case NumberPlaceholders.ID -> new NumberPlaceholders(args.integer("num_placeholders"));
                case Postscript.ID -> Postscript.of(args.string("postscript_marker"));
                case NumberBulletLists.ID -> new NumberBulletLists(args.integer("num_bullets"));
                case ConstrainedResponse.ID -> new ConstrainedResponse();
                case NumberHighlightedSections.ID -> new NumberHighlightedSections(args.integer("num_highlights"));
                case MultipleSections.ID -> MultipleSections.of(
                        args.string("section_spliter"), args.integer("num_sections"));
                case JsonFormat.ID -> new JsonFormat();
                case Title.ID -> new Title();
                case TwoResponses.ID -> new TwoResponses();
                case RepeatPrompt.ID -> RepeatPrompt.of(args.string("prompt_to_repeat"));
                case EndChecker.ID -> EndChecker.of(args.string("end_phrase"));
                case CapitalWordFrequency.ID -> new CapitalWordFrequency(
                        args.integer("capital_frequency"), args.relation("capital_relation"));
                case EnglishCapital.ID -> new EnglishCapital();
                case EnglishLowercase.ID -> new EnglishLowercase();
                case NoComma.ID -> new NoComma();
                case Quotation.ID -> new Quotation();
                default -> throw new IllegalStateException("id listed without a factory: " + id);
            };
        } catch (PatternSyntaxException e) {
            throw new InvalidInstructionException("kwargs", "\"" + e.getPattern() + "\" is not a valid pattern for "
                    + id + ": " + e.getDescription());
        }
    }

    private static ObjectNode withoutNulls(JsonNode kwargs) throws InvalidInstructionException {
        if (kwargs != null && !kwargs.isNull() && !kwargs.isObject()) {
            throw new InvalidInstructionException("kwargs", "must be an object, got " + kwargs.getNodeType());
        }
        return dropNulls(kwargs);
    }

    /** A copy of a kwargs object without its {@code null} entries (an empty object for null or non-objects). */
    public static ObjectNode dropNulls(JsonNode kwargs) {
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        if (kwargs != null && kwargs.isObject()) {
            kwargs.fields().forEachRemaining(entry -> {
                if (!entry.getValue().isNull()) {
                    copy.set(entry.getKey(), entry.getValue());
                }
            });
        }
        return copy;
    }

    /** Typed access to one instruction's kwargs, with errors that name the kwarg. */
    private record Args(String id, ObjectNode node) {

        void rejectUnexpected(List<String> expected) throws InvalidInstructionException {
            Set<String> unexpected = new LinkedHashSet<>();
            node.fieldNames().forEachRemaining(name -> {
                if (!expected.contains(name)) {
                    unexpected.add(name);
                }
            });
            if (!unexpected.isEmpty()) {
                String first = unexpected.iterator().next();
                throw new InvalidInstructionException("kwargs." + first, "unexpected kwarg for " + id
                        + (expected.isEmpty() ? " (it takes none)" : " (it takes " + String.join(", ", expected) + ")"));
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
                throw new InvalidInstructionException("kwargs." + name, "must be a string, got " + describe(value));
            }
            return value.textValue();
        }

        int integer(String name) throws InvalidInstructionException {
            JsonNode value = required(name);
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                throw new InvalidInstructionException("kwargs." + name, "must be an integer, got " + describe(value));
            }
            return value.intValue();
        }

        List<String> strings(String name) throws InvalidInstructionException {
            JsonNode value = required(name);
            if (!value.isArray()) {
                throw new InvalidInstructionException("kwargs." + name,
                        "must be a list of strings, got " + describe(value));
            }
            List<String> strings = new ArrayList<>();
            for (JsonNode element : value) {
                if (!element.isTextual()) {
                    throw new InvalidInstructionException("kwargs." + name,
                            "must be a list of strings, has " + describe(element));
                }
                strings.add(element.textValue());
            }
            return strings;
        }

        Relation relation(String name) throws InvalidInstructionException {
            String phrase = string(name);
            return Relation.fromPhrase(phrase).orElseThrow(() -> new InvalidInstructionException("kwargs." + name,
                    "unknown relation \"" + phrase + "\" (expected \"less than\" or \"at least\")"));
        }

        private static String describe(JsonNode value) {
            String text = value.toString();
            return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " "
                    + (text.length() > 40 ? text.substring(0, 37) + "..." : text);
        }
    }
}
