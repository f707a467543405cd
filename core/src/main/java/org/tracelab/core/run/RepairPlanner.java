package org.tracelab.core.run;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.model.ChatMessage;
import org.tracelab.core.trace.Strategy;
import org.tracelab.core.verify.InstructionVerdict;
import org.tracelab.core.verify.constraint.RepairClass;
import org.tracelab.core.verify.constraint.TaskConstraint;

/**
 * Chooses how {@code full_pcl} repairs a failing answer.
 * <ul>
 * <li>{@code regenerate} when any addressed rule is {@link RepairClass#STRUCTURAL} (length, sentences, paragraphs,
 * sections, bullets, language, JSON, two responses, repeat-prompt…): an edit would have to rewrite the whole
 * answer anyway, so the model answers the original prompt afresh, told what failed;</li>
 * <li>{@code patch} when every addressed rule is {@link RepairClass#LOCAL} (case, commas, quotes, end phrase,
 * postscript, title, highlights, placeholders, keywords, constrained answer…): the model edits its previous
 * answer minimally;</li>
 * <li>{@code rule_fix}, when enabled and every addressed rule is mechanical ({@link RuleFixer}).</li>
 * </ul>
 * A rule's class comes from its type, unless the task file gave the constraint a strategy hint. Hard violations
 * are addressed first, by the task's repair ranks; soft ones only once every hard constraint holds; a constraint
 * whose own round limit is spent is no longer asked for. Every repair prompt contains the original prompt and
 * lists each addressed violation with the verifier's explanation.
 */
public final class RepairPlanner {

    /** The strategies of attempts that repair their parent. */
    private static final Set<Strategy> REPAIRS = Set.of(Strategy.PATCH, Strategy.REGENERATE, Strategy.RULE_FIX);

    private final boolean ruleFixEnabled;

    public RepairPlanner(boolean ruleFixEnabled) {
        this.ruleFixEnabled = ruleFixEnabled;
    }

    public boolean ruleFixEnabled() {
        return ruleFixEnabled;
    }

    /** {@code regenerate} when any of the classes is structural, else {@code patch}. */
    public static Strategy modelStrategyFor(Collection<RepairClass> classes) {
        return classes.contains(RepairClass.STRUCTURAL) ? Strategy.REGENERATE : Strategy.PATCH;
    }

    /**
     * The violations a repair of these verdicts addresses, in the order the repair prompt lists them: the
     * broken hard constraints when there are any, else the broken soft ones; lowest repair rank first, then in
     * instruction order. Constraints in {@code exhausted} (their own repair budget is spent) are left out.
     */
    public static List<InstructionVerdict> addressed(
            IfevalTask task, List<InstructionVerdict> failures, Set<Integer> exhausted) {
        List<TaskConstraint> constraints = task.constraints();
        List<InstructionVerdict> open =
                failures.stream().filter(v -> !exhausted.contains(v.index())).toList();
        List<InstructionVerdict> hard =
                open.stream().filter(v -> constraints.get(v.index()).hard()).toList();
        List<InstructionVerdict> chosen = hard.isEmpty() ? open : hard;
        return chosen.stream()
                .sorted(Comparator.comparingInt((InstructionVerdict v) ->
                        constraints.get(v.index()).repair().rank()))
                .toList();
    }

    /**
     * The constraints whose own repair budget ({@code RepairPolicy#maxRounds}) the chain has spent: replays the
     * chain's repairs in order, counting the rounds that addressed each constraint.
     */
    public static Set<Integer> exhausted(IfevalTask task, List<ChainAttempt> attempts) {
        int[] rounds = new int[task.constraints().size()];
        Set<Integer> exhausted = new HashSet<>();
        for (ChainAttempt attempt : attempts) {
            if (attempt.parentIndex() == null || !REPAIRS.contains(attempt.strategy())) {
                continue;
            }
            ChainAttempt parent = attempts.get(attempt.parentIndex());
            for (InstructionVerdict v : addressed(task, parent.strictFailures(), exhausted)) {
                rounds[v.index()]++;
            }
            exhausted = limitReached(task, rounds);
        }
        return exhausted;
    }

    private static Set<Integer> limitReached(IfevalTask task, int[] rounds) {
        Set<Integer> reached = new HashSet<>();
        for (int i = 0; i < rounds.length; i++) {
            OptionalInt limit = task.constraints().get(i).repair().maxRounds();
            if (limit.isPresent() && rounds[i] >= limit.getAsInt()) {
                reached.add(i);
            }
        }
        return reached;
    }

    /**
     * The repair of {@code parent}, which must have been verified and fail at least one instruction, as the first
     * repair of its chain.
     *
     * @param ruleFixTried a rule fix of this parent was already made (it is deterministic: never repeat it)
     */
    public NextStep plan(IfevalTask task, ChainAttempt parent, boolean ruleFixTried) {
        return plan(task, parent, ruleFixTried, Set.of())
                .orElseThrow(() -> new IllegalArgumentException("nothing left to repair"));
    }

    /**
     * The repair of {@code parent} (verified, failing), leaving out the constraints in {@code exhausted}; empty when
     * every broken constraint is exhausted.
     */
    public Optional<NextStep> plan(IfevalTask task, ChainAttempt parent, boolean ruleFixTried, Set<Integer> exhausted) {
        List<InstructionVerdict> failures = parent.strictFailures();
        if (parent.failedCall() || failures.isEmpty()) {
            throw new IllegalArgumentException("only a verified, failing attempt can be repaired");
        }
        List<InstructionVerdict> addressed = addressed(task, failures, exhausted);
        if (addressed.isEmpty()) {
            return Optional.empty();
        }
        if (ruleFixEnabled && !ruleFixTried) {
            List<String> failingIds =
                    addressed.stream().map(InstructionVerdict::instructionId).toList();
            Optional<NextStep.RuleRewrite> rewrite = RuleFixer.fix(parent.index(), parent.answer(), failingIds);
            if (rewrite.isPresent()) {
                return Optional.of(rewrite.get());
            }
        }
        String violations = violationList(task, addressed);
        List<RepairClass> classes = addressed.stream()
                .map(v -> task.constraints().get(v.index()).repairClass())
                .toList();
        if (modelStrategyFor(classes) == Strategy.PATCH) {
            return Optional.of(new NextStep.ModelCall(
                    Strategy.PATCH,
                    parent.index(),
                    List.of(
                            ChatMessage.user(task.prompt()),
                            ChatMessage.assistant(parent.answer()),
                            ChatMessage.user("Your answer above does not yet follow these instructions of my request:\n"
                                    + violations
                                    + "\n\nEdit your answer minimally to fix exactly these problems and keep "
                                    + "everything else as it is. Reply with the complete corrected answer only, without "
                                    + "any comment."))));
        }
        return Optional.of(new NextStep.ModelCall(
                Strategy.REGENERATE,
                parent.index(),
                List.of(ChatMessage.user(task.prompt()
                        + "\n\nAn earlier answer to this request did not follow these instructions:\n"
                        + violations + "\n\nWrite a new, complete answer to the request above that follows every "
                        + "instruction. Reply with the answer only."))));
    }

    private static String violationList(IfevalTask task, List<InstructionVerdict> addressed) {
        return addressed.stream()
                .map(v -> {
                    String found = v.explanation() == null || v.explanation().isBlank()
                            ? ""
                            : " (found: " + v.explanation() + ")";
                    return "- "
                            + task.constraints().get(v.index()).instruction().restatement() + found;
                })
                .collect(Collectors.joining("\n"));
    }
}
