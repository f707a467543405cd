package org.tracelab.app.service.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tracelab.core.run.CallSettings;
import org.tracelab.core.trace.ModelDescription;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.trace.RunStatus;

/**
 * The one check that a request may continue a stored run, for both front ends: the run exists, is not finished and
 * records its plan, and the request asks the same model the same questions — kind of backend (endpoint or GGUF
 * file), model name, prompts file (by SHA-256), task sample, modes, seeds, forks, temperature, max tokens and system
 * prompt; a GGUF file must be the same file (by SHA-256, {@link #checkModel} once it is loaded). A resumed run whose
 * remaining chains were asked differently would mix two experiments under one name. Only where the model and the
 * prompts file are found, the concurrency, the timeouts and the fault limit may change. Nothing here asks a server.
 */
final class ResumeCheck {

    private ResumeCheck() {}

    /**
     * @param stored        the run {@code request} continues, empty when the store has no such run
     * @param datasetSha256 the SHA-256 of the request's prompts file
     * @throws ResumeRefusedException naming every difference
     */
    static void check(BenchmarkRequest request, Optional<RunInfo> stored, String datasetSha256) {
        long runId = request.resumeRunId();
        RunInfo info = stored.orElseThrow(() -> new ResumeRefusedException("there is no run " + runId + " to resume"));
        StoredPlan plan = StoredPlan.of(runId, info)
                .orElseThrow(() -> new ResumeRefusedException("run " + runId
                        + " does not record how it was run (imports never can); start a new benchmark instead"));
        List<String> differences = new ArrayList<>();
        model(plan.target(), request.target(), differences);
        differences.addAll(differences(plan, request, datasetSha256));
        if (!differences.isEmpty()) {
            throw new ResumeRefusedException("run " + runId + " was started " + String.join("; ", differences));
        }
        if (info.status() == RunStatus.FINISHED) {
            throw new ResumeRefusedException("run " + runId + " is finished: there is nothing left to resume");
        }
    }

    /**
     * The loaded model is the one the run was started with: for a GGUF file, the same file by SHA-256 (it may have
     * moved or been renamed). Endpoints report no digest; their model is checked by name in {@link #check}.
     *
     * @throws ResumeRefusedException naming the difference
     */
    static void checkModel(long runId, RunInfo stored, ModelDescription loaded) {
        String was = stored.model().fileSha256();
        if (was != null && loaded.fileSha256() != null && !was.equals(loaded.fileSha256())) {
            throw new ResumeRefusedException("run " + runId + " was started with another GGUF file ("
                    + loaded.fileName() + " has a different SHA-256)");
        }
    }

    private static void model(ModelTarget was, ModelTarget now, List<String> differences) {
        if (was.getClass() != now.getClass()) {
            differences.add("on " + kind(was) + " (given: " + kind(now) + ")");
        } else if (was instanceof ModelTarget.Endpoints && !was.modelName().equals(now.modelName())) {
            differences.add("with model " + was.modelName() + " (given: " + now.modelName() + ")");
        }
        // A GGUF file is compared by its digest once loaded (checkModel): it may have been renamed.
    }

    private static String kind(ModelTarget target) {
        return target instanceof ModelTarget.GgufFile ? "a GGUF file" : "an OpenAI-compatible endpoint";
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
            differences.add("with modes " + String.join(", ", was.modes()) + " (given: "
                    + String.join(", ", now.modes()) + ")");
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
            differences.add(
                    before.systemPrompt() == null ? "without a system prompt" : "with a different system prompt");
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
