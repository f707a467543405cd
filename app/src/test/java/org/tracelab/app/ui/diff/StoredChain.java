package org.tracelab.app.ui.diff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tracelab.core.testing.SampleTraces;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.ChainKey;
import org.tracelab.core.trace.Message;
import org.tracelab.core.trace.Strategy;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.core.verify.InstructionVerdict;
import org.tracelab.core.verify.Verifier;
import org.tracelab.core.verify.Verifiers;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.constraint.InvalidInstructionException;
import org.tracelab.storage.ChainHandle;
import org.tracelab.storage.StoredAttempt;
import org.tracelab.storage.TraceReader;
import org.tracelab.storage.TraceStore;
import org.tracelab.storage.TraceWriter;

/**
 * A chain written to a real store and read back, its attempts verified by the real verifier against the sample
 * task's two instructions ({@code punctuation:no_comma}, {@code change_case:english_lowercase}).
 */
record StoredChain(TaskRecord task, List<StoredAttempt> attempts) {

    /** One attempt to store: how it came about and what it said. */
    record Step(Strategy strategy, String output) {}

    static StoredChain write(Path storeFile, List<Step> steps) throws InvalidInstructionException {
        TaskRecord task = SampleTraces.task("7");
        Verifier verifier = Verifiers.create((Path) null);
        List<Instruction> instructions = new ArrayList<>();
        for (int i = 0; i < task.instructionIds().size(); i++) {
            instructions.add(verifier.registry()
                    .create(task.instructionIds().get(i), task.kwargs().get(i)));
        }
        try (TraceStore store = TraceStore.open(storeFile)) {
            TraceWriter writer = store.writer();
            long run = writer.createRun(SampleTraces.run("diff"));
            writer.putTask(run, task);
            ChainHandle chain = writer.beginChain(new ChainKey(run, task.datasetKey(), "full_pcl", 42L, 0));
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                List<InstructionVerdict> verdicts =
                        verifier.verify(instructions, step.output()).instructions();
                writer.appendAttempt(
                        chain,
                        new Attempt(
                                i,
                                i == 0 ? null : i - 1,
                                step.strategy(),
                                List.of(new Message("user", task.prompt())),
                                step.output(),
                                "stop",
                                null,
                                null,
                                null,
                                null,
                                SampleTraces.T0.plusSeconds(i),
                                verdicts,
                                List.of()));
            }
            writer.finishChain(chain, steps.size() - 1);
            writer.commit();
            try (TraceReader reader = store.openReader()) {
                return new StoredChain(
                        reader.task(run, task.datasetKey()).orElseThrow(), reader.attempts(chain.chainId()));
            }
        }
    }
}
