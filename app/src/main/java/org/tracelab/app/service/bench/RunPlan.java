package org.tracelab.app.service.bench;

import java.util.List;
import org.tracelab.core.run.CallSettings;
import org.tracelab.core.run.Mode;

/**
 * How a benchmark runs its tasks: which tasks, in which modes, with which seeds and forks, how each call samples and
 * how many calls are in flight. Values are as the person gave them; {@link #calls} resolves the defaults.
 *
 * @param limit         run this many tasks, sampled reproducibly by {@code sampleSeed}; null for every task
 * @param modes         mode wire names ({@code direct}, {@code prompt_retry}, {@code full_pcl}), each once
 * @param seeds         chain seeds, each once
 * @param temperature   null for {@link CallSettings#defaults}' (0.2 with one fork, 0.8 with several)
 * @param maxTokens     null for {@link CallSettings#DEFAULT_MAX_TOKENS}
 * @param systemPrompt  the first (system) message of every request of every mode; null for none
 * @param keepReasoning verify {@code <think>} blocks as part of the answer (by default they are stored but removed
 *                      before verification); not stored with the run
 */
public record RunPlan(
        Integer limit,
        long sampleSeed,
        List<String> modes,
        List<Long> seeds,
        int forks,
        Double temperature,
        Integer maxTokens,
        String systemPrompt,
        int concurrency,
        boolean keepReasoning) {

    public RunPlan {
        modes = List.copyOf(modes);
        seeds = List.copyOf(seeds);
        systemPrompt = systemPrompt == null || systemPrompt.isBlank() ? null : systemPrompt;
    }

    /** The call settings for {@code model}, defaults resolved. */
    public CallSettings calls(String model) {
        return CallSettings.defaults(model, forks, temperature, maxTokens).withSystemPrompt(systemPrompt);
    }

    /** The modes, parsed; throws {@link IllegalArgumentException} for an unknown name. */
    public List<Mode> parsedModes() {
        return modes.stream().map(Mode::parse).toList();
    }

    /** The same plan with another concurrency (the one thing a resumed run may change). */
    public RunPlan withConcurrency(int calls) {
        return new RunPlan(
                limit, sampleSeed, modes, seeds, forks, temperature, maxTokens, systemPrompt, calls, keepReasoning);
    }
}
