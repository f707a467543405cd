package org.tracelab.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tracelab.app.service.evaluation.EvaluationService.Evaluation;
import org.tracelab.app.service.evaluation.EvaluationService;
import org.tracelab.core.evaluation.AccuracySummary;
import org.tracelab.core.verify.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tracelab verify}: the official IFEval evaluation of a responses file, in Java. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Verify responses against IFEval prompts; writes eval_results_strict.jsonl and "
                + "eval_results_loose.jsonl in the official format.")
public final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--prompts", required = true, paramLabel = "PROMPTS.jsonl",
            description = "IFEval input format: key, prompt, instruction_id_list, kwargs.")
    Path prompts;

    @Option(names = "--responses", required = true, paramLabel = "RESPONSES.jsonl",
            description = "One object per line: response, and key or prompt; optionally id.")
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
        out.println("sentence splitter: " + verifier.services().sentences().description());
        out.println("language detector: " + verifier.services().language().description());
        out.println();
        out.println(row("prompt-level strict", summary.promptsStrict(), summary.responses()));
        out.println(row("instruction-level strict", summary.instructionsStrict(), summary.instructions()));
        out.println(row("prompt-level loose", summary.promptsLoose(), summary.responses()));
        out.println(row("instruction-level loose", summary.instructionsLoose(), summary.instructions()));
        out.println();
        out.printf(Locale.ROOT, "%-48s %5s %15s %15s%n", "instruction id", "n", "strict", "loose");
        for (Map.Entry<String, AccuracySummary.IdCounts> e : summary.byInstructionId().entrySet()) {
            AccuracySummary.IdCounts c = e.getValue();
            out.printf(Locale.ROOT, "%-48s %5d %15s %15s%n", e.getKey(), c.total(),
                    fraction(c.strict(), c.total()), fraction(c.loose(), c.total()));
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
