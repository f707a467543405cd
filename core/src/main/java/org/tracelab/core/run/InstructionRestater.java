package org.tracelab.core.run;

import java.util.List;
import java.util.stream.Collectors;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.verify.constraint.Instruction;

/**
 * Restates each instruction as one plain sentence, by its type's fixed template ({@link Instruction#restatement()}):
 * no model paraphrase, so a {@code prompt_retry} prompt is the same for every model and run.
 */
public final class InstructionRestater {

    private InstructionRestater() {}

    /**
     * The {@code prompt_retry} prompt: the original prompt, then every instruction restated plainly. It says
     * nothing about any earlier answer (the mode measures rephrasing, not feedback).
     */
    public static String rephrasedPrompt(IfevalTask task) {
        return task.prompt() + "\n\nFollow every one of these requirements exactly:\n"
                + bulletList(task.instructions());
    }

    /** One "- sentence" line per instruction. */
    public static String bulletList(List<Instruction> instructions) {
        return instructions.stream().map(i -> "- " + restate(i)).collect(Collectors.joining("\n"));
    }

    public static String restate(Instruction instruction) {
        return instruction.restatement();
    }
}
