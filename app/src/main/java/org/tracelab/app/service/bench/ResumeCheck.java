package org.tracelab.app.service.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tracelab.core.run.CallSettings;
import org.tracelab.core.trace.RunInfo;

/**
 * The one check that a request may continue a stored run, for both front ends: the run exists and records its plan,
 * and the request asks for the same one — prompts file (by SHA-256), task sample, modes, seeds, forks, temperature,
 * max tokens and system prompt. A resumed run whose remaining chains were asked differently would mix two
 * experiments under one name. Only the model's location and the concurrency may change.
 */
final class ResumeCheck {

    private ResumeCheck() {
    }

    /**
     * @param stored        the run {@code request} continues, empty when the store has no such run
     * @param datasetSha256 the SHA-256 of the request's prompts file
     * @throws ResumeRefusedException naming every difference
     */
    static void check(BenchmarkRequest request, Optional<RunInfo> stored, String datasetSha256) {
        long runId = request.resumeRunId();
        RunInfo info = stored.orElseThrow(() -> new ResumeRefusedException("there is no run " + runId + " to resume"));
        StoredPlan plan = StoredPlan.of(runId, info).orElseThrow(() -> new ResumeRefusedException("run " + runId
                + " does not record how it was run (imports never can); start a new benchmark instead"));
        List<String> differences = differences(plan, request, datasetSha256);
        if (!differences.isEmpty()) {
            throw new ResumeRefusedException("run " + runId + " was started " + String.join("; ", differences));
        }
    }

    private static List<String> differences(StoredPlan stored, BenchmarkRequest request, String datasetSha256) {
        List<String> differences = new ArrayList<>();
        String storedSha = stored.info().dataset().fileSha256();
        if (storedSha != null && !storedSha.equals(datasetSha256)) {
            differences.add("with another prompts file (" + request.dataset() + " has a different SHA-256)");
        }
        RunPlan was = stored.plan();
        RunPlan now = request.plan();
        if (!Objects.equals(was.limit(), now.limit()) || was.limit() != null && was.sampleSeed() != now.sampleSeed()) {
            differences.add("on " + sample(was) + " (given: " + sample(now) + ")");
        }
        if (!new HashSet<>(was.modes()).equals(new HashSet<>(now.modes()))) {
            differences.add("with modes " + String.join(", ", was.modes()) + " (given: " + String.join(", ", now.modes())
                    + ")");
        }
        if (!new HashSet<>(was.seeds()).equals(new HashSet<>(now.seeds()))) {
            differences.add("with seeds " + list(was.seeds()) + " (given: " + list(now.seeds()) + ")");
        }
        if (was.forks() != now.forks()) {
            differences.add("with " + was.forks() + " fork(s) (given: " + now.forks() + ")");
        }
        CallSettings before = was.calls(request.target().modelName());
        CallSettings after = now.calls(request.target().modelName());
        if (before.temperature() != after.temperature()) {
            differences.add("with temperature " + before.temperature() + " (given: " + after.temperature() + ")");
        }
        if (before.maxTokens() != after.maxTokens()) {
            differences.add("with max tokens " + before.maxTokens() + " (given: " + after.maxTokens() + ")");
        }
        if (!Objects.equals(before.systemPrompt(), after.systemPrompt())) {
            differences.add(before.systemPrompt() == null ? "without a system prompt" : "with a different system prompt");
        }
        return differences;
    }

    private static String sample(RunPlan plan) {
        return plan.limit() == null ? "every task" : plan.limit() + " tasks sampled with seed " + plan.sampleSeed();
    }

    private static String list(List<Long> seeds) {
        return seeds.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
