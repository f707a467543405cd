package org.tracelab.core.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.ConstraintLevel;
import org.tracelab.core.verify.constraint.ConstraintRegistry;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.constraint.TaskConstraint;
import org.tracelab.core.verify.constraint.TextServices;
import org.tracelab.core.verify.text.PythonStrings;

/**
 * Decides, as the official IFEval checker does, whether a response follows each instruction, strictly
 * and loosely. Thread-safe: share one instance.
 *
 * <p>Per-text work (sentences, tokens, language) is computed once per distinct text and shared by all
 * instructions; the loose variants are only built when some instruction fails strictly, since a strict
 * pass is always a loose pass (the first loose variant is the response itself).
 */
public final class Verifier {

    /** Bumped whenever a change can alter a verdict; stored with every verdict. */
    public static final String VERSION = "tracelab-ifeval/1";

    /** Bumped whenever a change can alter an IFBench verdict. */
    public static final String IFBENCH_VERSION = "tracelab-ifbench/1";

    private final TextServices services;
    private final ConstraintRegistry registry;

    /**
     * @param services the language tools every check shares
     * @param registry the constraint types this verifier builds instructions from (for task files and for
     *                 re-verifying stored tasks)
     */
    public Verifier(TextServices services, ConstraintRegistry registry) {
        this.services = Objects.requireNonNull(services, "services");
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    public TextServices services() {
        return services;
    }

    public ConstraintRegistry registry() {
        return registry;
    }

    /**
     * A version string that also says which language tools decided, since they can change verdicts: IFEval's
     * sentence splitter, then IFBench's NLTK data ({@code +nltk}, or {@code +builtin-} and the approximated
     * parts).
     */
    public String version() {
        return VERSION + (services.sentences().exact() ? "+punkt" : "+builtin-sentences") + " " + IFBENCH_VERSION + "+"
                + services.ifbench().mode();
    }

    /** The verdicts on hard instructions (as IFEval and IFBench tasks have them). */
    public ResponseVerdict verify(List<Instruction> instructions, String response) {
        return verify(instructions, null, response);
    }

    /** The verdicts on a task's constraints, each carrying its level (soft ones do not decide the prompt). */
    public ResponseVerdict verifyConstraints(List<TaskConstraint> constraints, String response) {
        List<Instruction> instructions = new ArrayList<>(constraints.size());
        List<ConstraintLevel> levels = new ArrayList<>(constraints.size());
        for (TaskConstraint constraint : constraints) {
            instructions.add(constraint.instruction());
            levels.add(constraint.level());
        }
        return verify(instructions, levels, response);
    }

    private ResponseVerdict verify(List<Instruction> instructions, List<ConstraintLevel> levels, String response) {
        AnalyzedText asGiven = new AnalyzedText(response, services);
        boolean blank = PythonStrings.isBlank(response);
        LooseTexts loose = null;
        List<InstructionVerdict> verdicts = new ArrayList<>(instructions.size());
        for (int i = 0; i < instructions.size(); i++) {
            Instruction instruction = instructions.get(i);
            CheckResult strict = blank ? CheckResult.fail("the response is empty") : instruction.check(asGiven);
            LooseVariant passedBy = null;
            if (strict.followed()) {
                passedBy = LooseVariant.AS_GIVEN;
            } else {
                if (loose == null) {
                    loose = new LooseTexts(response, asGiven);
                }
                passedBy = loose.firstFollowing(instruction);
            }
            verdicts.add(new InstructionVerdict(
                    i,
                    instruction.id(),
                    strict.followed(),
                    passedBy != null,
                    passedBy,
                    strict.evidence(),
                    strict.explanation(),
                    levels == null ? ConstraintLevel.HARD : levels.get(i)));
        }
        return new ResponseVerdict(verdicts);
    }

    /** The loose variants of one response, each analysed at most once (identical texts share one analysis). */
    private final class LooseTexts {

        private final String[] texts;
        private final AnalyzedText[] analyses;

        LooseTexts(String response, AnalyzedText asGiven) {
            texts = LooseVariant.textsOf(response);
            analyses = new AnalyzedText[texts.length];
            Map<String, AnalyzedText> byText = new HashMap<>();
            byText.put(response, asGiven);
            for (int v = 0; v < texts.length; v++) {
                analyses[v] = byText.computeIfAbsent(texts[v], t -> new AnalyzedText(t, services));
            }
        }

        /** The first variant (in IFEval's order, skipping blank ones) that follows the instruction. */
        LooseVariant firstFollowing(Instruction instruction) {
            // Variant 0 is the response itself, which has just failed the strict check.
            for (int v = 1; v < texts.length; v++) {
                if (!PythonStrings.isBlank(texts[v])
                        && instruction.check(analyses[v]).followed()) {
                    return LooseVariant.at(v);
                }
            }
            return null;
        }
    }
}
