package org.tracelab.core.run;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.verify.instruction.CapitalWordFrequency;
import org.tracelab.core.verify.instruction.ConstrainedResponse;
import org.tracelab.core.verify.instruction.EndChecker;
import org.tracelab.core.verify.instruction.EnglishCapital;
import org.tracelab.core.verify.instruction.EnglishLowercase;
import org.tracelab.core.verify.instruction.ForbiddenWords;
import org.tracelab.core.verify.instruction.Instruction;
import org.tracelab.core.verify.instruction.JsonFormat;
import org.tracelab.core.verify.instruction.KeywordsExistence;
import org.tracelab.core.verify.instruction.KeywordsFrequency;
import org.tracelab.core.verify.instruction.LetterFrequency;
import org.tracelab.core.verify.instruction.MultipleSections;
import org.tracelab.core.verify.instruction.NoComma;
import org.tracelab.core.verify.instruction.NthParagraphFirstWord;
import org.tracelab.core.verify.instruction.NumberBulletLists;
import org.tracelab.core.verify.instruction.NumberHighlightedSections;
import org.tracelab.core.verify.instruction.NumberParagraphs;
import org.tracelab.core.verify.instruction.NumberPlaceholders;
import org.tracelab.core.verify.instruction.NumberSentences;
import org.tracelab.core.verify.instruction.NumberWords;
import org.tracelab.core.verify.instruction.Postscript;
import org.tracelab.core.verify.instruction.Quotation;
import org.tracelab.core.verify.instruction.Relation;
import org.tracelab.core.verify.instruction.RepeatPrompt;
import org.tracelab.core.verify.instruction.ResponseLanguage;
import org.tracelab.core.verify.instruction.Title;
import org.tracelab.core.verify.instruction.TwoResponses;

/**
 * Restates each instruction as one plain sentence built from its typed arguments, with a fixed template per
 * instruction id: no model paraphrase, so a {@code prompt_retry} prompt is the same for every model and run.
 */
public final class InstructionRestater {

    private InstructionRestater() {
    }

    /**
     * The {@code prompt_retry} prompt: the original prompt, then every instruction restated plainly. It says
     * nothing about any earlier answer (the mode measures rephrasing, not feedback).
     */
    public static String rephrasedPrompt(IfevalTask task) {
        return task.prompt() + "\n\nFollow every one of these requirements exactly:\n" + bulletList(task.instructions());
    }

    /** One "- sentence" line per instruction. */
    public static String bulletList(List<Instruction> instructions) {
        return instructions.stream().map(i -> "- " + restate(i)).collect(Collectors.joining("\n"));
    }

    public static String restate(Instruction instruction) {
        if (instruction instanceof KeywordsExistence k) {
            return "Your response must include the keywords " + quotedList(k.keywords()) + ".";
        }
        if (instruction instanceof KeywordsFrequency k) {
            return "The word \"" + k.keyword().strip() + "\" must appear " + times(k.relation(), k.frequency()) + ".";
        }
        if (instruction instanceof ForbiddenWords f) {
            return "Do not use any of these words: " + quotedList(f.forbiddenWords()) + ".";
        }
        if (instruction instanceof LetterFrequency l) {
            return "The letter \"" + l.letter().strip() + "\" must appear " + times(l.relation(), l.frequency()) + ".";
        }
        if (instruction instanceof ResponseLanguage l) {
            String name = Locale.forLanguageTag(l.language()).getDisplayLanguage(Locale.ENGLISH);
            return "Your entire response must be in " + (name.isEmpty() ? l.language() : name)
                    + ", with no other language.";
        }
        if (instruction instanceof NumberSentences s) {
            return "Your response must contain " + count(s.relation(), s.numSentences(), "sentence") + ".";
        }
        if (instruction instanceof NumberWords w) {
            return "Your response must contain " + count(w.relation(), w.numWords(), "word") + ".";
        }
        if (instruction instanceof NumberParagraphs p) {
            return "Your response must have exactly " + p.numParagraphs()
                    + " paragraphs, separated from each other by a line containing only ***.";
        }
        if (instruction instanceof NthParagraphFirstWord p) {
            return "Your response must have exactly " + p.numParagraphs()
                    + " paragraphs separated by blank lines, and paragraph " + p.nthParagraph()
                    + " must start with the word \"" + p.firstWord() + "\".";
        }
        if (instruction instanceof NumberPlaceholders p) {
            return "Include at least " + p.numPlaceholders() + " placeholders in square brackets, such as [address].";
        }
        if (instruction instanceof Postscript p) {
            return "End your response with a postscript starting with " + p.marker() + ".";
        }
        if (instruction instanceof NumberBulletLists b) {
            return "Your response must contain exactly " + b.numBullets()
                    + " bullet points, each on its own line starting with \"* \".";
        }
        if (instruction instanceof ConstrainedResponse) {
            return "Your answer must contain exactly one of: \"My answer is yes.\", \"My answer is no.\", "
                    + "\"My answer is maybe.\"";
        }
        if (instruction instanceof NumberHighlightedSections h) {
            return "Highlight at least " + h.numHighlights() + " sections with markdown, like *highlighted section*.";
        }
        if (instruction instanceof MultipleSections m) {
            return "Your response must have " + m.numSections() + " sections, each starting with \""
                    + m.sectionSplitter() + " X\" where X is the section number.";
        }
        if (instruction instanceof JsonFormat) {
            return "Your entire output must be valid JSON, optionally wrapped in a ```json code block.";
        }
        if (instruction instanceof Title) {
            return "Your response must contain a real title wrapped in double angular brackets, such as <<a title>>.";
        }
        if (instruction instanceof TwoResponses) {
            return "Give two different responses, separated by a line of six asterisks: ******.";
        }
        if (instruction instanceof RepeatPrompt r) {
            return "Begin your response by repeating this request word for word, with nothing before it: \""
                    + r.promptToRepeat().strip() + "\". Then give your answer.";
        }
        if (instruction instanceof EndChecker e) {
            return "Finish your response with the exact phrase \"" + e.endPhrase().strip()
                    + "\"; nothing may follow it.";
        }
        if (instruction instanceof CapitalWordFrequency c) {
            return "Words written entirely in capital letters must appear " + times(c.relation(), c.capitalFrequency())
                    + ".";
        }
        if (instruction instanceof EnglishCapital) {
            return "Your entire response must be in English and in capital letters only.";
        }
        if (instruction instanceof EnglishLowercase) {
            return "Your entire response must be in English and in lowercase letters only; no capital letters.";
        }
        if (instruction instanceof NoComma) {
            return "Do not use any commas in your response.";
        }
        if (instruction instanceof Quotation) {
            return "Wrap your entire response in double quotation marks.";
        }
        throw new IllegalArgumentException("no restatement for " + instruction.id());
    }

    private static String count(Relation relation, int target, String unit) {
        return (relation == Relation.LESS_THAN ? "fewer than " : "at least ") + target + " " + unit + "s";
    }

    private static String times(Relation relation, int target) {
        return (relation == Relation.LESS_THAN ? "fewer than " : "at least ") + target
                + (target == 1 ? " time" : " times");
    }

    private static String quotedList(List<String> words) {
        return words.stream().map(w -> "\"" + w + "\"").collect(Collectors.joining(", "));
    }
}
