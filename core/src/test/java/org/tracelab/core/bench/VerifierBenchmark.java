package org.tracelab.core.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.tracelab.core.dataset.IfevalPromptsReader;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.evaluation.BatchVerifier;
import org.tracelab.core.evaluation.ResponseItem;
import org.tracelab.core.evaluation.ResponsesReader;
import org.tracelab.core.verify.ResponseVerdict;
import org.tracelab.core.verify.Verifier;
import org.tracelab.core.verify.Verifiers;

/**
 * Throughput of the verifier, strict and loose, with NLTK's data: a plain harness, run by
 * {@code mvn -B -Pbench -pl core -am verify -DskipTests}. Two sets: IFEval's 541 official GPT-4 responses (the
 * official Python checker needs 1.08 s, warm, for them on a 2-core machine of the CI kind), and IFBench's sample
 * responses, the 293 of its 294 that answer a prompt of the current 300-prompt test file.
 *
 * <p>Arguments: the repository root (the shared data is read from its sibling {@code shared/}), then
 * optionally the number of measured rounds.
 */
public final class VerifierBenchmark {

    private static final double OFFICIAL_SECONDS = 1.08;

    private VerifierBenchmark() {}

    public static void main(String[] args) {
        Path shared = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().resolveSibling("shared");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path ifeval = shared.resolve("data/ifeval");
        Path ifbench = shared.resolve("data/ifbench");
        if (!Files.isDirectory(ifeval) || !Files.isDirectory(ifbench)) {
            System.out.println("VerifierBenchmark skipped: shared data not found at " + shared.resolve("data"));
            return;
        }
        Verifier verifier = Verifiers.create(shared.resolve("data/nltk_data"));
        System.out.printf(
                Locale.ROOT,
                "verifier benchmark, strict+loose, %s, %d cores, version %s%n",
                verifier.services().sentences().description(),
                Runtime.getRuntime().availableProcessors(),
                verifier.version());

        List<IfevalTask> ifevalTasks = IfevalPromptsReader.read(ifeval.resolve("input_data.jsonl"));
        List<ResponseItem> ifevalItems = ResponsesReader.read(ifeval.resolve("responses_gpt4.jsonl"), ifevalTasks);
        measure("IFEval GPT-4 responses", verifier, ifevalItems, rounds, true);

        List<IfevalTask> ifbenchTasks = IfevalPromptsReader.read(ifbench.resolve("IFBench_test.jsonl"));
        List<ResponseItem> ifbenchItems =
                ResponsesReader.readForEveryPrompt(ifbench.resolve("sample_output.jsonl"), ifbenchTasks).stream()
                        .filter(item -> !item.response().isEmpty())
                        .toList();
        measure("IFBench sample responses", verifier, ifbenchItems, rounds, false);

        Runtime runtime = Runtime.getRuntime();
        System.out.printf(
                Locale.ROOT, "heap used after run: %.1f MB%n", (runtime.totalMemory() - runtime.freeMemory()) / 1e6);
    }

    private static void measure(
            String label, Verifier verifier, List<ResponseItem> items, int rounds, boolean compareWithOfficial) {
        System.out.printf(Locale.ROOT, "%s: %d responses%n", label, items.size());
        int cores = Runtime.getRuntime().availableProcessors();
        for (int threads : new int[] {1, cores}) {
            BatchVerifier batch = new BatchVerifier(verifier, threads);
            for (int i = 0; i < 10; i++) {
                batch.verifyAll(items);
            }
            long best = Long.MAX_VALUE;
            long total = 0;
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                List<ResponseVerdict> verdicts = batch.verifyAll(items);
                long elapsed = System.nanoTime() - start;
                if (verdicts.size() != items.size()) {
                    throw new IllegalStateException("lost verdicts");
                }
                best = Math.min(best, elapsed);
                total += elapsed;
            }
            double meanSeconds = total / 1e9 / rounds;
            System.out.printf(
                    Locale.ROOT,
                    "  threads=%d  mean %.1f ms  best %.1f ms  %.0f responses/s%s%n",
                    threads,
                    meanSeconds * 1e3,
                    best / 1e6,
                    items.size() / meanSeconds,
                    compareWithOfficial
                            ? String.format(
                                    Locale.ROOT, "  %.1fx the official checker (mean)", OFFICIAL_SECONDS / meanSeconds)
                            : "");
        }
    }
}
