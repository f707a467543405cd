package org.tracelab.core.verify.declarative;

import static org.tracelab.core.verify.constraint.KwargSpec.optional;
import static org.tracelab.core.verify.constraint.KwargSpec.required;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.tracelab.core.verify.constraint.ConstraintDefinition;
import org.tracelab.core.verify.constraint.ConstraintFamily;
import org.tracelab.core.verify.constraint.ConstraintRegistry;
import org.tracelab.core.verify.constraint.FeasibilityContext;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.constraint.InvalidInstructionException;
import org.tracelab.core.verify.constraint.KwargKind;
import org.tracelab.core.verify.constraint.Kwargs;
import org.tracelab.core.verify.constraint.RepairClass;

/**
 * Rules a researcher writes in a task file without code (family {@code CUSTOM}, ids {@code rule:*}): patterns,
 * count ranges, phrases, edges, per-line and per-paragraph patterns, a JSON Schema and Markdown headings. Every
 * kwarg is checked when the file is read (a bad pattern, an empty range, an invalid schema are input errors),
 * and every check points at the text that broke it.
 */
public final class DeclarativeConstraints {

    public static final String REGEX = RegexRule.ID;
    public static final String WORD_COUNT = "rule:word_count";
    public static final String SENTENCE_COUNT = "rule:sentence_count";
    public static final String PARAGRAPH_COUNT = "rule:paragraph_count";
    public static final String CHARACTER_COUNT = CharacterCountRule.ID;
    public static final String CONTAINS = PhraseRule.CONTAINS;
    public static final String NOT_CONTAINS = PhraseRule.NOT_CONTAINS;
    public static final String STARTS_WITH = EdgeRule.STARTS_WITH;
    public static final String ENDS_WITH = EdgeRule.ENDS_WITH;
    public static final String EVERY_LINE_MATCHES = EveryUnitRule.EVERY_LINE;
    public static final String EVERY_PARAGRAPH_MATCHES = EveryUnitRule.EVERY_PARAGRAPH;
    public static final String JSON_SCHEMA = JsonSchemaRule.ID;
    public static final String MARKDOWN_HEADINGS = HeadingsRule.ID;

    /** Same flag as IFEval's length rule, so results and exports treat both alike. */
    static final String INFEASIBLE_LENGTH_VS_MAX_TOKENS = "infeasible:length_vs_max_tokens";

    private DeclarativeConstraints() {}

    public static ConstraintRegistry.Builder register(ConstraintRegistry.Builder builder) {
        definitions().forEach(builder::register);
        return builder;
    }

    static List<ConstraintDefinition> definitions() {
        return List.of(
                define(REGEX, "Matches a pattern", RepairClass.LOCAL)
                        .kwargs(
                                required(
                                        "pattern",
                                        KwargKind.STRING,
                                        "a Java regular expression; inline flags such as (?m) allowed"),
                                optional(
                                        "min_matches",
                                        KwargKind.INTEGER,
                                        "the least number of matches (default 1, "
                                                + "or 0 when only max_matches is given)"),
                                optional("max_matches", KwargKind.INTEGER, "the most matches; 0 = must not match"),
                                optional(
                                        "ignore_case", KwargKind.BOOLEAN, "match ignoring letter case (default false)"),
                                optional("overlapping", KwargKind.BOOLEAN, "count overlapping matches (default false)"))
                        .create(DeclarativeConstraints::regex)
                        .build(),
                countRule(WORD_COUNT, "Word count (range)", Unit.WORDS)
                        .feasibility((instruction, context) -> tooLong(instruction, context.maxWords()))
                        .build(),
                countRule(SENTENCE_COUNT, "Sentence count (range)", Unit.SENTENCES)
                        .feasibility((instruction, context) ->
                                tooLong(instruction, context.maxTokens() / FeasibilityContext.MIN_TOKENS_PER_SENTENCE))
                        .build(),
                countRule(PARAGRAPH_COUNT, "Paragraph count (range)", Unit.PARAGRAPHS)
                        .build(),
                define(CHARACTER_COUNT, "Character count (range)", RepairClass.STRUCTURAL)
                        .kwargs(
                                optional("min", KwargKind.INTEGER, "the least number of characters (code points)"),
                                optional("max", KwargKind.INTEGER, "the most characters"),
                                optional(
                                        "ignore_whitespace",
                                        KwargKind.BOOLEAN,
                                        "leave whitespace uncounted (default false)"))
                        .create(k -> new CharacterCountRule(
                                CountRange.of(k, "min", "max", true), k.bool("ignore_whitespace", false)))
                        .build(),
                phraseRule(CONTAINS, "Contains phrases", true),
                phraseRule(NOT_CONTAINS, "Avoids phrases", false),
                edgeRule(STARTS_WITH, "Starts with", true),
                edgeRule(ENDS_WITH, "Ends with", false),
                define(EVERY_LINE_MATCHES, "Every line matches", RepairClass.STRUCTURAL)
                        .kwargs(
                                required(
                                        "pattern",
                                        KwargKind.STRING,
                                        "a Java regular expression each whole line must match"),
                                optional("ignore_case", KwargKind.BOOLEAN, "ignore letter case (default false)"),
                                optional("skip_blank", KwargKind.BOOLEAN, "leave blank lines unchecked (default true)"))
                        .create(k -> new EveryUnitRule(
                                EVERY_LINE_MATCHES,
                                Unit.LINES,
                                UserPattern.compile(k, "pattern", k.bool("ignore_case", false), 0),
                                k.bool("skip_blank", true)))
                        .build(),
                define(EVERY_PARAGRAPH_MATCHES, "Every paragraph matches", RepairClass.STRUCTURAL)
                        .kwargs(
                                required(
                                        "pattern",
                                        KwargKind.STRING,
                                        "a Java regular expression each whole paragraph must match (. crosses line breaks)"),
                                optional("ignore_case", KwargKind.BOOLEAN, "ignore letter case (default false)"))
                        .create(k -> new EveryUnitRule(
                                EVERY_PARAGRAPH_MATCHES,
                                Unit.PARAGRAPHS,
                                UserPattern.compile(k, "pattern", k.bool("ignore_case", false), Pattern.DOTALL),
                                true))
                        .build(),
                define(JSON_SCHEMA, "JSON matching a schema", RepairClass.STRUCTURAL)
                        .kwargs(
                                required(
                                        "schema",
                                        KwargKind.OBJECT,
                                        "a JSON Schema (draft 2020-12 unless $schema says "
                                                + "otherwise; local $refs only)"),
                                optional(
                                        "source",
                                        KwargKind.STRING,
                                        "auto (default: the first fenced code block, else the "
                                                + "whole response), response or fenced_block"))
                        .create(JsonSchemaRule::of)
                        .build(),
                define(MARKDOWN_HEADINGS, "Markdown headings in order", RepairClass.STRUCTURAL)
                        .kwargs(
                                required(
                                        "headings",
                                        KwargKind.STRING_LIST,
                                        "the heading texts, in the order they must appear"),
                                optional("level", KwargKind.INTEGER, "only headings of this level (1-6) count"),
                                optional(
                                        "case_sensitive", KwargKind.BOOLEAN, "compare letter case too (default false)"))
                        .create(DeclarativeConstraints::headings)
                        .build());
    }

    private static ConstraintDefinition.Builder define(String id, String displayName, RepairClass repairClass) {
        return ConstraintDefinition.builder(id, ConstraintFamily.CUSTOM, displayName, repairClass);
    }

    private static ConstraintDefinition.Builder countRule(String id, String displayName, Unit unit) {
        return define(id, displayName, RepairClass.STRUCTURAL)
                .kwargs(
                        optional("min", KwargKind.INTEGER, "the least number of " + unit.plural()),
                        optional("max", KwargKind.INTEGER, "the most " + unit.plural()))
                .create(k -> new CountRule(id, unit, CountRange.of(k, "min", "max", true)));
    }

    private static ConstraintDefinition phraseRule(String id, String displayName, boolean mustContain) {
        return define(id, displayName, RepairClass.LOCAL)
                .kwargs(
                        required(
                                "phrases",
                                KwargKind.STRING_LIST,
                                mustContain
                                        ? "phrases that must each appear (literal text)"
                                        : "phrases that must not appear (literal text)"),
                        optional("case_sensitive", KwargKind.BOOLEAN, "compare letter case too (default false)"),
                        optional(
                                "whole_words",
                                KwargKind.BOOLEAN,
                                "only matches not inside a longer word (default false)"))
                .create(k -> PhraseRule.of(
                        mustContain,
                        Phrases.required(k, "phrases"),
                        k.bool("case_sensitive", false),
                        k.bool("whole_words", false)))
                .build();
    }

    private static ConstraintDefinition edgeRule(String id, String displayName, boolean atStart) {
        return define(id, displayName, RepairClass.LOCAL)
                .kwargs(
                        required(
                                "phrase",
                                KwargKind.STRING,
                                atStart
                                        ? "the text the response must begin with (leading whitespace ignored)"
                                        : "the text the response must end with (trailing whitespace ignored)"),
                        optional("case_sensitive", KwargKind.BOOLEAN, "compare letter case too (default false)"))
                .create(k -> {
                    String phrase = k.string("phrase");
                    if (phrase.isBlank()) {
                        throw k.problem("phrase", "must not be empty");
                    }
                    return EdgeRule.of(atStart, phrase.strip(), k.bool("case_sensitive", false));
                })
                .build();
    }

    private static Instruction regex(Kwargs k) throws InvalidInstructionException {
        UserPattern pattern = UserPattern.compile(k, "pattern", k.bool("ignore_case", false), 0);
        CountRange range = CountRange.of(k, "min_matches", "max_matches", false);
        if (range.min().isEmpty()) {
            range = new CountRange(OptionalInt.of(range.max().isPresent() ? 0 : 1), range.max());
        }
        return new RegexRule(pattern, range, k.bool("overlapping", false));
    }

    private static Instruction headings(Kwargs k) throws InvalidInstructionException {
        List<String> headings = Phrases.required(k, "headings");
        OptionalInt level = k.optionalInteger("level");
        if (level.isPresent() && (level.getAsInt() < 1 || level.getAsInt() > 6)) {
            throw k.problem("level", "must be 1 to 6, got " + level.getAsInt());
        }
        return new HeadingsRule(headings, level, k.bool("case_sensitive", false));
    }

    /** The length flag when the rule's minimum exceeds what the run allows. */
    private static List<String> tooLong(Instruction instruction, int most) {
        CountRange range = ((CountRule) instruction).range();
        return range.min().isPresent() && range.min().getAsInt() > most
                ? List.of(INFEASIBLE_LENGTH_VS_MAX_TOKENS)
                : List.of();
    }
}
