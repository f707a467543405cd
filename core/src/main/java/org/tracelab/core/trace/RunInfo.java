package org.tracelab.core.trace;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * A benchmark run or an import. Times are kept to the millisecond, the precision the store keeps.
 *
 * @param seeds           the sampling seeds of the run; empty when unknown (e.g. imports without a seed)
 * @param forks           rollouts per task, mode and seed
 * @param verifierVersion the {@code Verifier#version()} that produced the stored verdicts
 * @param notes           free-form, may be null; stays in the store (records and exports do not carry it)
 * @param resumeHints     the local-only part: where the dataset and model file were on this machine
 */
public record RunInfo(
        String name,
        Instant createdAt,
        Instant finishedAt,
        RunStatus status,
        ModelDescription model,
        DatasetDescription dataset,
        List<String> modes,
        List<Long> seeds,
        int forks,
        String verifierVersion,
        String notes,
        ResumeHints resumeHints) {

    public RunInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(verifierVersion, "verifierVersion");
        createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.MILLIS);
        finishedAt = finishedAt == null ? null : finishedAt.truncatedTo(ChronoUnit.MILLIS);
        modes = List.copyOf(modes);
        seeds = List.copyOf(seeds);
        if (forks < 1) {
            throw new IllegalArgumentException("a run has at least one fork");
        }
        resumeHints = resumeHints == null ? ResumeHints.NONE : resumeHints;
    }

    /** A run without resume hints (an import, an illustration). */
    public RunInfo(
            String name,
            Instant createdAt,
            Instant finishedAt,
            RunStatus status,
            ModelDescription model,
            DatasetDescription dataset,
            List<String> modes,
            List<Long> seeds,
            int forks,
            String verifierVersion,
            String notes) {
        this(
                name,
                createdAt,
                finishedAt,
                status,
                model,
                dataset,
                modes,
                seeds,
                forks,
                verifierVersion,
                notes,
                ResumeHints.NONE);
    }

    /**
     * The run holds hand-written illustrations, not model output (its model's backend is
     * {@value ModelDescription#ILLUSTRATION_BACKEND}); the app labels such runs wherever they appear.
     */
    public boolean isIllustration() {
        return ModelDescription.ILLUSTRATION_BACKEND.equals(model.backend());
    }
}
