package org.tracelab.core.verify.ifeval;

import static org.tracelab.core.verify.constraint.KwargSpec.required;

import java.util.List;
import org.tracelab.core.verify.constraint.ConstraintDefinition;
import org.tracelab.core.verify.constraint.ConstraintFamily;
import org.tracelab.core.verify.constraint.ConstraintRegistry;
import org.tracelab.core.verify.constraint.FeasibilityContext;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.constraint.KwargKind;
import org.tracelab.core.verify.constraint.Relation;
import org.tracelab.core.verify.constraint.RepairClass;
import org.tracelab.core.verify.text.PythonRegex;

/**
 * IFEval's 25 instruction ids with the official checker's semantics ({@code IFEVAL-SEMANTICS.md}, ADR 0001),
 * their kwargs, repair classes and feasibility rules. Registering them is the one place this pack touches.
 */
public final class IfevalConstraints {

    /** A length flag: the answer cannot be long enough within the run's {@code max_tokens}. */
    public static final String INFEASIBLE_LENGTH_VS_MAX_TOKENS = "infeasible:length_vs_max_tokens";

    private IfevalConstraints() {}

    /** Registers the 25 types and the conflicts between them. */
    public static ConstraintRegistry.Builder register(ConstraintRegistry.Builder builder) {
        for (ConstraintDefinition definition : definitions()) {
            builder.register(definition);
        }
        IfevalConflicts.declare(builder);
        return builder;
    }

    static List<ConstraintDefinition> definitions() {
        return List.of(
                local(KeywordsExistence.ID, "Keywords included")
                        .kwargs(required(
                                "keywords",
                                KwargKind.STRING_LIST,
                                "keywords that must each appear (case-insensitive regex search; substrings count)"))
                        .create(k -> KeywordsExistence.of(k.strings("keywords")))
                        .sampler(IfevalSamplers.keywords())
                        .build(),
                local(KeywordsFrequency.ID, "Keyword frequency")
                        .kwargs(
                                required("keyword", KwargKind.STRING, "the keyword (a case-insensitive regex)"),
                                required("frequency", KwargKind.INTEGER, "the target count"),
                                required("relation", KwargKind.RELATION, "\"less than\" or \"at least\""))
                        .create(k -> KeywordsFrequency.of(
                                k.string("keyword"), k.integer("frequency"), k.relation("relation")))
                        .sampler(IfevalSamplers.keywordFrequency())
                        .build(),
                local(ForbiddenWords.ID, "Forbidden words")
                        .kwargs(required(
                                "forbidden_words",
                                KwargKind.STRING_LIST,
                                "words that must not appear as whole words, ignoring case"))
                        .create(k -> ForbiddenWords.of(k.strings("forbidden_words")))
                        .sampler(IfevalSamplers.forbiddenWords())
                        .build(),
                local(LetterFrequency.ID, "Letter frequency")
                        .kwargs(
                                required("letter", KwargKind.STRING, "one character, counted in the lower-cased text"),
                                required("let_frequency", KwargKind.INTEGER, "the target count"),
                                required("let_relation", KwargKind.RELATION, "\"less than\" or \"at least\""))
                        .create(k -> LetterFrequency.of(
                                k.string("letter"), k.integer("let_frequency"), k.relation("let_relation")))
                        .sampler(IfevalSamplers.letterFrequency())
                        .build(),
                structural(ResponseLanguage.ID, "Response language")
                        .kwargs(required(
                                "language", KwargKind.STRING, "ISO 639-1 code as langdetect reports it, e.g. de"))
                        .create(k -> new ResponseLanguage(k.string("language")))
                        .sampler(IfevalSamplers.language())
                        .build(),
                structural(NumberSentences.ID, "Sentence count")
                        .kwargs(
                                required("num_sentences", KwargKind.INTEGER, "the target count (Punkt sentences)"),
                                required("relation", KwargKind.RELATION, "\"less than\" or \"at least\""))
                        .create(k -> new NumberSentences(k.integer("num_sentences"), k.relation("relation")))
                        .feasibility(IfevalConstraints::sentencesFeasibility)
                        .sampler(IfevalSamplers.sentences())
                        .build(),
                structural(NumberParagraphs.ID, "Paragraphs divided by ***")
                        .kwargs(required("num_paragraphs", KwargKind.INTEGER, "the exact number of paragraphs"))
                        .create(k -> new NumberParagraphs(k.integer("num_paragraphs")))
                        .sampler(IfevalSamplers.paragraphs())
                        .build(),
                structural(NumberWords.ID, "Word count")
                        .kwargs(
                                required("num_words", KwargKind.INTEGER, "the target count (runs of \\w)"),
                                required("relation", KwargKind.RELATION, "\"less than\" or \"at least\""))
                        .create(k -> new NumberWords(k.integer("num_words"), k.relation("relation")))
                        .feasibility(IfevalConstraints::wordsFeasibility)
                        .sampler(IfevalSamplers.words())
                        .build(),
                structural(NthParagraphFirstWord.ID, "First word of paragraph n")
                        .kwargs(
                                required("num_paragraphs", KwargKind.INTEGER, "the exact number of paragraphs"),
                                required("nth_paragraph", KwargKind.INTEGER, "which paragraph, from 1"),
                                required("first_word", KwargKind.STRING, "the word it must start with"))
                        .create(k -> NthParagraphFirstWord.of(
                                k.integer("num_paragraphs"), k.integer("nth_paragraph"), k.string("first_word")))
                        .sampler(IfevalSamplers.nthParagraphFirstWord())
                        .build(),
                local(NumberPlaceholders.ID, "Placeholders [like this]")
                        .kwargs(required("num_placeholders", KwargKind.INTEGER, "the least number of [placeholders]"))
                        .create(k -> new NumberPlaceholders(k.integer("num_placeholders")))
                        .sampler(IfevalSamplers.placeholders())
                        .build(),
                local(Postscript.ID, "Postscript")
                        .kwargs(required("postscript_marker", KwargKind.STRING, "e.g. P.S. or P.P.S"))
                        .create(k -> Postscript.of(k.string("postscript_marker")))
                        .sampler(IfevalSamplers.postscript())
                        .build(),
                structural(NumberBulletLists.ID, "Bullet points")
                        .kwargs(required("num_bullets", KwargKind.INTEGER, "the exact number of bullet points"))
                        .create(k -> new NumberBulletLists(k.integer("num_bullets")))
                        .sampler(IfevalSamplers.bullets())
                        .build(),
                local(ConstrainedResponse.ID, "Yes / no / maybe answer")
                        .create(k -> new ConstrainedResponse())
                        .sampler(IfevalSamplers.none())
                        .build(),
                local(NumberHighlightedSections.ID, "Highlighted sections")
                        .kwargs(required(
                                "num_highlights", KwargKind.INTEGER, "the least number of *highlighted* sections"))
                        .create(k -> new NumberHighlightedSections(k.integer("num_highlights")))
                        .sampler(IfevalSamplers.highlights())
                        .build(),
                structural(MultipleSections.ID, "Numbered sections")
                        .kwargs(
                                required(
                                        "section_spliter",
                                        KwargKind.STRING,
                                        "the section marker, e.g. Section or SECTION"),
                                required("num_sections", KwargKind.INTEGER, "the least number of sections"))
                        .create(k -> MultipleSections.of(k.string("section_spliter"), k.integer("num_sections")))
                        .sampler(IfevalSamplers.sections())
                        .build(),
                structural(JsonFormat.ID, "JSON output")
                        .create(k -> new JsonFormat())
                        .sampler(IfevalSamplers.none())
                        .build(),
                local(Title.ID, "Title in <<double angular brackets>>")
                        .create(k -> new Title())
                        .sampler(IfevalSamplers.none())
                        .build(),
                structural(TwoResponses.ID, "Two responses")
                        .create(k -> new TwoResponses())
                        .sampler(IfevalSamplers.none())
                        .build(),
                structural(RepeatPrompt.ID, "Repeat the request first")
                        .kwargs(required("prompt_to_repeat", KwargKind.STRING, "the text the answer must start with"))
                        .create(k -> RepeatPrompt.of(k.string("prompt_to_repeat")))
                        .feasibility(IfevalConstraints::repeatFeasibility)
                        .sampler(IfevalSamplers.repeatPrompt())
                        .build(),
                local(EndChecker.ID, "End phrase")
                        .kwargs(required("end_phrase", KwargKind.STRING, "the exact phrase the answer must end with"))
                        .create(k -> EndChecker.of(k.string("end_phrase")))
                        .sampler(IfevalSamplers.endPhrase())
                        .build(),
                local(CapitalWordFrequency.ID, "Words in capitals")
                        .kwargs(
                                required(
                                        "capital_frequency",
                                        KwargKind.INTEGER,
                                        "the target count of all-capital words"),
                                required("capital_relation", KwargKind.RELATION, "\"less than\" or \"at least\""))
                        .create(k -> new CapitalWordFrequency(
                                k.integer("capital_frequency"), k.relation("capital_relation")))
                        .sampler(IfevalSamplers.capitalWords())
                        .build(),
                local(EnglishCapital.ID, "All capitals, English")
                        .create(k -> new EnglishCapital())
                        .sampler(IfevalSamplers.none())
                        .build(),
                local(EnglishLowercase.ID, "All lower case, English")
                        .create(k -> new EnglishLowercase())
                        .sampler(IfevalSamplers.none())
                        .build(),
                local(NoComma.ID, "No commas")
                        .create(k -> new NoComma())
                        .sampler(IfevalSamplers.none())
                        .build(),
                local(Quotation.ID, "Wrapped in double quotes")
                        .create(k -> new Quotation())
                        .sampler(IfevalSamplers.none())
                        .build());
    }

    private static ConstraintDefinition.Builder local(String id, String displayName) {
        return ConstraintDefinition.builder(id, ConstraintFamily.IFEVAL, displayName, RepairClass.LOCAL);
    }

    private static ConstraintDefinition.Builder structural(String id, String displayName) {
        return ConstraintDefinition.builder(id, ConstraintFamily.IFEVAL, displayName, RepairClass.STRUCTURAL);
    }

    private static List<String> wordsFeasibility(Instruction instruction, FeasibilityContext context) {
        NumberWords words = (NumberWords) instruction;
        return words.relation() == Relation.AT_LEAST && words.numWords() > context.maxWords()
                ? List.of(INFEASIBLE_LENGTH_VS_MAX_TOKENS)
                : List.of();
    }

    private static List<String> sentencesFeasibility(Instruction instruction, FeasibilityContext context) {
        NumberSentences sentences = (NumberSentences) instruction;
        return sentences.relation() == Relation.AT_LEAST
                        && (long) sentences.numSentences() * FeasibilityContext.MIN_TOKENS_PER_SENTENCE
                                > context.maxTokens()
                ? List.of(INFEASIBLE_LENGTH_VS_MAX_TOKENS)
                : List.of();
    }

    private static List<String> repeatFeasibility(Instruction instruction, FeasibilityContext context) {
        int words = PythonRegex.wordRuns(((RepeatPrompt) instruction).promptToRepeat())
                .size();
        return words > context.maxWords() ? List.of(INFEASIBLE_LENGTH_VS_MAX_TOKENS) : List.of();
    }
}
