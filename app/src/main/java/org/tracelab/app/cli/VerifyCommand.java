package org.tracelab.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tracelab.app.service.evaluation.EvaluationService;
import org.tracelab.app.service.evaluation.EvaluationService.Evaluation;
import org.tracelab.core.evaluation.AccuracySummary;
import org.tracelab.core.verify.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tracelab verify}: the official IFEval evaluation of a responses file, in Java; IFBench prompt files
 * (detected by their ids) are evaluated as IFBench's {@code run_eval.py} does, one response per prompt.
 */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Verify responses against IFEval or IFBench prompts; writes eval_results_strict.jsonl and "
                + "eval_results_loose.jsonl in the official format.")
public final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--prompts",
            required = true,
            paramLabel = "PROMPTS.jsonl",
            description = "Task file: IFEval's format (key, prompt, instruction_id_list, kwargs; IFEval, IFBench or "
                    + "declarative ids) or a WasmAgent task file (short shape or TaskSpec); the format is detected.")
    Path prompts;

    @Option(
            names = "--responses",
            required = true,
            paramLabel = "RESPONSES.jsonl",
            description =
                    "One object per line: response, and key (a task's id) or prompt (its instruction); optionally id.")
    Path responses;

    @Option(names = "--out-dir", required = true, paramLabel = "DIR", description = "Where the two result files go.")
    Path outDir;

    @Mixin
    VerifierOptions verifierOptions;

    @Option(names = "--threads", paramLabel = "N", description = "Verification threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        Verifier verifier = verifierOptions.verifier(spec);
        Evaluation evaluation = new EvaluationService(verifier, threads).evaluate(prompts, responses, outDir);
        print(spec.commandLine().getOut(), verifier, evaluation);
        return 0;
    }

    private static void print(PrintWriter out, Verifier verifier, Evaluation evaluation) {
        AccuracySummary summary = evaluation.summary();
        out.println("task format: " + evaluation.taskFile().format().wireName() + " ("
                + evaluation.taskFile().tasks().size() + " tasks)");
        out.println("sentence splitter: " + verifier.services().sentences().description());
        out.println("language detector: " + verifier.services().language().description());
        if (evaluation.ifbench()) {
            verifier.services().ifbench().describe().forEach(out::println);
            out.println("IFBench prompts: one response per prompt (by key or prompt text); unanswered prompts count "
                    + "as failed");
        }
        out.println();
        out.println(row("prompt-level strict", summary.promptsStrict(), summary.responses()));
        out.println(row("instruction-level strict", summary.instructionsStrict(), summary.instructions()));
        out.println(row("prompt-level loose", summary.promptsLoose(), summary.responses()));
        out.println(row("instruction-level loose", summary.instructionsLoose(), summary.instructions()));
        out.println();
        out.printf(Locale.ROOT, "%-48s %5s %15s %15s%n", "instruction id", "n", "strict", "loose");
        for (Map.Entry<String, AccuracySummary.IdCounts> e :
                summary.byInstructionId().entrySet()) {
            AccuracySummary.IdCounts c = e.getValue();
            out.printf(
                    Locale.ROOT,
                    "%-48s %5d %15s %15s%n",
                    e.getKey(),
                    c.total(),
                    fraction(c.strict(), c.total()),
                    fraction(c.loose(), c.total()));
        }
        out.println();
        out.println("wrote " + evaluation.strictFile() + " and " + evaluation.looseFile());
        out.println("verified " + evaluation.responses() + " responses in " + evaluation.millis() + " ms");
        out.flush();
    }

    private static String row(String label, int part, int whole) {
        return String.format(Locale.ROOT, "%-26s %s", label, fraction(part, whole));
    }

    private static String fraction(int part, int whole) {
        double percent = whole == 0 ? 0 : 100.0 * part / whole;
        return String.format(Locale.ROOT, "%d/%d %6.2f %%", part, whole, percent);
    }
}
