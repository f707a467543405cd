package org.tracelab.core.run;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.model.ChatMessage;
import org.tracelab.core.trace.Strategy;
import org.tracelab.core.verify.InstructionVerdict;
import org.tracelab.core.verify.instruction.Instruction;
import org.tracelab.core.verify.instruction.JsonFormat;
import org.tracelab.core.verify.instruction.MultipleSections;
import org.tracelab.core.verify.instruction.NthParagraphFirstWord;
import org.tracelab.core.verify.instruction.NumberBulletLists;
import org.tracelab.core.verify.instruction.NumberParagraphs;
import org.tracelab.core.verify.instruction.NumberSentences;
import org.tracelab.core.verify.instruction.NumberWords;
import org.tracelab.core.verify.instruction.RepeatPrompt;
import org.tracelab.core.verify.instruction.ResponseLanguage;
import org.tracelab.core.verify.instruction.TwoResponses;

/**
 * Chooses how {@code full_pcl} repairs a failing answer.
 * <ul>
 * <li>{@code regenerate} when any broken rule is structural (length, sentences, paragraphs, sections, bullets,
 * language, JSON, two responses, repeat-prompt): an edit would have to rewrite the whole answer anyway, so the
 * model answers the original prompt afresh, told what failed;</li>
 * <li>{@code patch} when every broken rule is local (case, commas, quotes, end phrase, postscript, title,
 * highlights, placeholders, keywords, constrained answer): the model edits its previous answer minimally;</li>
 * <li>{@code rule_fix}, when enabled and every broken rule is mechanical ({@link RuleFixer}).</li>
 * </ul>
 * Every repair prompt contains the original prompt and lists each violation with the verifier's explanation.
 */
public final class RepairPlanner {

    /** Rules whose repair changes the shape of the whole answer. */
    public static final Set<String> STRUCTURAL = Set.of(NumberWords.ID, NumberSentences.ID, NumberParagraphs.ID,
            NthParagraphFirstWord.ID, MultipleSections.ID, NumberBulletLists.ID, ResponseLanguage.ID,
            JsonFormat.ID, TwoResponses.ID, RepeatPrompt.ID);

    private final boolean ruleFixEnabled;

    public RepairPlanner(boolean ruleFixEnabled) {
        this.ruleFixEnabled = ruleFixEnabled;
    }

    public boolean ruleFixEnabled() {
        return ruleFixEnabled;
    }

    /** {@code regenerate} when any failing id is structural, else {@code patch}. */
    public static Strategy modelStrategyFor(Collection<String> failingIds) {
        return failingIds.stream().anyMatch(STRUCTURAL::contains) ? Strategy.REGENERATE : Strategy.PATCH;
    }

    /**
     * The repair of {@code parent}, which must have been verified and fail at least one instruction.
     *
     * @param ruleFixTried a rule fix of this parent was already made (it is deterministic: never repeat it)
     */
    public NextStep plan(IfevalTask task, ChainAttempt parent, boolean ruleFixTried) {
        List<InstructionVerdict> failures = parent.strictFailures();
        if (parent.failedCall() || failures.isEmpty()) {
            throw new IllegalArgumentException("only a verified, failing attempt can be repaired");
        }
        List<String> failingIds = failures.stream().map(InstructionVerdict::instructionId).toList();
        if (ruleFixEnabled && !ruleFixTried) {
            Optional<NextStep.RuleRewrite> rewrite = RuleFixer.fix(parent.index(), parent.answer(), failingIds);
            if (rewrite.isPresent()) {
                return rewrite.get();
            }
        }
        String violations = violationList(task, failures);
        if (modelStrategyFor(failingIds) == Strategy.PATCH) {
            return new NextStep.ModelCall(Strategy.PATCH, parent.index(), List.of(
                    ChatMessage.user(task.prompt()),
                    ChatMessage.assistant(parent.answer()),
                    ChatMessage.user("Your answer above does not yet follow these instructions of my request:\n"
                            + violations + "\n\nEdit your answer minimally to fix exactly these problems and keep "
                            + "everything else as it is. Reply with the complete corrected answer only, without "
                            + "any comment.")));
        }
        return new NextStep.ModelCall(Strategy.REGENERATE, parent.index(), List.of(ChatMessage.user(task.prompt()
                + "\n\nAn earlier answer to this request did not follow these instructions:\n" + violations
                + "\n\nWrite a new, complete answer to the request above that follows every instruction. "
                + "Reply with the answer only.")));
    }

    private static String violationList(IfevalTask task, List<InstructionVerdict> failures) {
        return failures.stream().map(v -> {
            Instruction instruction = task.instructions().get(v.index());
            String found = v.explanation() == null || v.explanation().isBlank() ? "" : " (found: " + v.explanation() + ")";
            return "- " + InstructionRestater.restate(instruction) + found;
        }).collect(Collectors.joining("\n"));
    }
}
