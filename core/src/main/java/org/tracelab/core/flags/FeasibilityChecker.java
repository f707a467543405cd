package org.tracelab.core.flags;

import java.util.List;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.verify.constraint.FeasibilityContext;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.constraint.Relation;
import org.tracelab.core.verify.constraint.TaskConstraint;
import org.tracelab.core.verify.ifeval.CapitalWordFrequency;
import org.tracelab.core.verify.ifeval.EndChecker;
import org.tracelab.core.verify.ifeval.EnglishCapital;
import org.tracelab.core.verify.ifeval.EnglishLowercase;
import org.tracelab.core.verify.ifeval.ForbiddenWords;
import org.tracelab.core.verify.ifeval.NoComma;
import org.tracelab.core.verify.ifeval.NumberSentences;
import org.tracelab.core.verify.ifeval.NumberWords;
import org.tracelab.core.verify.ifeval.RepeatPrompt;
import org.tracelab.core.verify.text.PythonRegex;
import org.tracelab.core.verify.text.PythonStrings;

/**
 * Marks tasks that no answer can pass within the run's settings, before anything is asked. Only clear cases:
 * a flag here means "impossible", not "hard". The task is still run, stored and counted.
 *
 * <p>Each constraint type judges its own instructions (see {@code ConstraintType#feasibilityFlags}); this class
 * adds what only a combination of IFEval instructions makes impossible: empty count ranges (a text to repeat
 * counts towards "at least"), case contradictions, a forbidden word or a comma the answer must repeat.
 *
 * <p>Length: a model writes at most {@value FeasibilityContext#WORDS_PER_TOKEN} IFEval words ({@code \w+}) per
 * token. That is an optimistic ratio for English prose with today's BPE vocabularies (typically 0.6-0.75 words per
 * token; a small vocabulary or markdown gives fewer), so a task flagged with it is out of reach for any model, and
 * a reasoning model that spends tokens on thinking has even less room. A sentence needs at least
 * {@value FeasibilityContext#MIN_TOKENS_PER_SENTENCE} tokens (a word and its full stop).
 */
public final class FeasibilityChecker {

    public static final double WORDS_PER_TOKEN = FeasibilityContext.WORDS_PER_TOKEN;
    public static final int MIN_TOKENS_PER_SENTENCE = FeasibilityContext.MIN_TOKENS_PER_SENTENCE;

    private final FeasibilityContext context;

    public FeasibilityChecker(int maxTokens) {
        this(new FeasibilityContext(maxTokens));
    }

    public FeasibilityChecker(FeasibilityContext context) {
        this.context = context;
    }

    /** The most IFEval words an answer can hold within {@code max_tokens}, by the optimistic ratio. */
    public int maxWords() {
        return context.maxWords();
    }

    /** Sorted, distinct flags; empty when nothing is clearly impossible. */
    public List<String> check(IfevalTask task) {
        TreeSet<String> flags = new TreeSet<>();
        for (TaskConstraint constraint : task.constraints()) {
            flags.addAll(constraint.type().feasibilityFlags(constraint.instruction(), context));
        }
        List<Instruction> instructions = task.instructions();
        checkRanges(instructions, flags);
        checkContradictions(instructions, flags);
        return List.copyOf(flags);
    }

    /** "at least a" and "fewer than b" of the same unit with b <= a: no count satisfies both. */
    private static void checkRanges(List<Instruction> instructions, TreeSet<String> flags) {
        if (emptyRange(instructions, NumberWords.class) || emptyRange(instructions, NumberSentences.class)) {
            flags.add(FlagNames.INFEASIBLE_EMPTY_RANGE);
        }
    }

    private static boolean emptyRange(List<Instruction> instructions, Class<? extends Instruction> type) {
        OptionalInt atLeast = instructions.stream()
                .filter(type::isInstance)
                .filter(i -> relationOf(i) == Relation.AT_LEAST)
                .mapToInt(FeasibilityChecker::targetOf)
                .max();
        if (type == NumberWords.class) {
            // The answer must start with the text to repeat, so it has at least that text's words.
            OptionalInt repeated = instructions.stream()
                    .filter(RepeatPrompt.class::isInstance)
                    .mapToInt(i -> PythonRegex.wordRuns(PythonStrings.strip(((RepeatPrompt) i).promptToRepeat()))
                            .size())
                    .max();
            if (repeated.isPresent()) {
                atLeast = OptionalInt.of(Math.max(repeated.getAsInt(), atLeast.orElse(0)));
            }
        }
        OptionalInt lessThan = instructions.stream()
                .filter(type::isInstance)
                .filter(i -> relationOf(i) == Relation.LESS_THAN)
                .mapToInt(FeasibilityChecker::targetOf)
                .min();
        return atLeast.isPresent() && lessThan.isPresent() && lessThan.getAsInt() <= atLeast.getAsInt();
    }

    private static Relation relationOf(Instruction instruction) {
        return instruction instanceof NumberWords w ? w.relation() : ((NumberSentences) instruction).relation();
    }

    private static int targetOf(Instruction instruction) {
        return instruction instanceof NumberWords w ? w.numWords() : ((NumberSentences) instruction).numSentences();
    }

    private static void checkContradictions(List<Instruction> instructions, TreeSet<String> flags) {
        boolean lowercase = instructions.stream().anyMatch(EnglishLowercase.class::isInstance);
        boolean capital = instructions.stream().anyMatch(EnglishCapital.class::isInstance);
        boolean needsCapitalWords = instructions.stream()
                .anyMatch(i -> i instanceof CapitalWordFrequency c
                        && c.relation() == Relation.AT_LEAST
                        && c.capitalFrequency() > 0);
        if (lowercase && (capital || needsCapitalWords)) {
            flags.add(FlagNames.INFEASIBLE_CASE_CONTRADICTION);
        }
        boolean noComma = instructions.stream().anyMatch(NoComma.class::isInstance);
        for (Instruction instruction : instructions) {
            if (instruction instanceof RepeatPrompt r
                    && noComma
                    && r.promptToRepeat().strip().contains(",")) {
                // The repeat check compares the text itself, commas included.
                flags.add(FlagNames.INFEASIBLE_COMMA_IN_REPEAT);
            }
            if (!(instruction instanceof ForbiddenWords forbidden)) {
                continue;
            }
            for (Instruction other : instructions) {
                // The answer must start with the repeated text, so a word at its very end could still be glued
                // to a following letter; only a word strictly inside it is unavoidable. Likewise for the end
                // phrase and a word at its very start. Required keywords are matched as substrings ("meals"
                // satisfies "meal" without the whole word), so they never clash for certain.
                if (other instanceof RepeatPrompt r
                        && containsUnavoidably(forbidden, r.promptToRepeat().strip(), true)) {
                    flags.add(FlagNames.INFEASIBLE_FORBIDDEN_WORD_IN_REPEAT);
                }
                if (other instanceof EndChecker e
                        && containsUnavoidably(forbidden, e.endPhrase().strip(), false)) {
                    flags.add(FlagNames.INFEASIBLE_FORBIDDEN_WORD_IN_END_PHRASE);
                }
            }
        }
    }

    /**
     * Whether the text has a forbidden word as the verifier sees it (whole word, any case) that stays a whole
     * word whatever surrounds the text: not touching the text's end ({@code atStart} true: the text opens the
     * answer) or its start (the text closes the answer).
     */
    private static boolean containsUnavoidably(ForbiddenWords forbidden, String text, boolean atStart) {
        for (String word : forbidden.forbiddenWords()) {
            Matcher matcher = Pattern.compile(
                            "\\b" + Pattern.quote(word) + "\\b",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS)
                    .matcher(text);
            while (matcher.find()) {
                if (atStart ? matcher.end() < text.length() : matcher.start() > 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
