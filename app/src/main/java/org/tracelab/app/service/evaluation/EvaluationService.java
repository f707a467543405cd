package org.tracelab.app.service.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.dataset.TaskFile;
import org.tracelab.core.dataset.TaskFileReader;
import org.tracelab.core.evaluation.AccuracySummary;
import org.tracelab.core.evaluation.BatchVerifier;
import org.tracelab.core.evaluation.EvalResultsWriter;
import org.tracelab.core.evaluation.ResponseItem;
import org.tracelab.core.evaluation.ResponsesReader;
import org.tracelab.core.verify.ResponseVerdict;
import org.tracelab.core.verify.Verifier;

/**
 * The official IFEval evaluation of a responses file, as {@code tracelab verify} runs it: every line verified on its
 * own, results written in the official {@code eval_results_strict.jsonl}/{@code eval_results_loose.jsonl} shape.
 * Bad input throws {@link org.tracelab.core.io.InputProblemException} before anything is written.
 */
public final class EvaluationService {

    /**
     * What an evaluation found and wrote.
     *
     * @param taskFile the prompts as read, with the format they were detected in
     * @param ifbench  whether the prompts are IFBench's (one response per prompt, unanswered prompts fail)
     * @param millis   how long verification took (reading and writing excluded)
     */
    public record Evaluation(
            TaskFile taskFile,
            boolean ifbench,
            AccuracySummary summary,
            int responses,
            long millis,
            Path strictFile,
            Path looseFile) {}

    private final Verifier verifier;
    private final int threads;

    public EvaluationService(Verifier verifier, int threads) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.threads = threads;
    }

    public Evaluation evaluate(Path prompts, Path responses, Path outDir) throws IOException {
        TaskFile taskFile = new TaskFileReader(verifier.registry()).read(prompts);
        List<IfevalTask> tasks = taskFile.tasks();
        boolean ifbench = ResponsesReader.isIfbench(tasks);
        List<ResponseItem> items = ResponsesReader.readAsTheHarnessDoes(responses, tasks);
        long start = System.nanoTime();
        List<ResponseVerdict> verdicts = new BatchVerifier(verifier, threads).verifyAll(items);
        long millis = (System.nanoTime() - start) / 1_000_000;
        EvalResultsWriter.write(outDir, items, verdicts);
        return new Evaluation(
                taskFile,
                ifbench,
                AccuracySummary.of(verdicts),
                items.size(),
                millis,
                outDir.resolve(EvalResultsWriter.STRICT_FILE),
                outDir.resolve(EvalResultsWriter.LOOSE_FILE));
    }
}
