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
 * Throughput of the verifier on the 541 official GPT-4 responses, strict and loose, with NLTK's Punkt
 * parameters: a plain harness, run by {@code mvn -B -Pbench -pl core -am verify -DskipTests}. The
 * official Python checker needs 1.08 s (warm) for this set on a 2-core machine of the CI kind.
 *
 * <p>Arguments: the repository root (the shared data is read from its sibling {@code shared/}), then
 * optionally the number of measured rounds.
 */
public final class VerifierBenchmark {

    private static final double OFFICIAL_SECONDS = 1.08;

    private VerifierBenchmark() {
    }

    public static void main(String[] args) {
        Path shared = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().resolveSibling("shared");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path ifeval = shared.resolve("data/ifeval");
        if (!Files.isDirectory(ifeval)) {
            System.out.println("VerifierBenchmark skipped: shared data not found at " + ifeval);
            return;
        }
        List<IfevalTask> tasks = IfevalPromptsReader.read(ifeval.resolve("input_data.jsonl"));
        List<ResponseItem> items = ResponsesReader.read(ifeval.resolve("responses_gpt4.jsonl"), tasks);
        Verifier verifier = Verifiers.create(shared.resolve("data/nltk_data"));
        int cores = Runtime.getRuntime().availableProcessors();

        System.out.printf(Locale.ROOT, "verifier benchmark: %d responses, strict+loose, %s, %d cores%n",
                items.size(), verifier.services().sentences().description(), cores);
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
            System.out.printf(Locale.ROOT,
                    "threads=%d  mean %.1f ms  best %.1f ms  %.0f responses/s  %.1fx the official checker (mean)%n",
                    threads, meanSeconds * 1e3, best / 1e6, items.size() / meanSeconds, OFFICIAL_SECONDS / meanSeconds);
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "heap used after run: %.1f MB%n",
                (runtime.totalMemory() - runtime.freeMemory()) / 1e6);
    }
}
