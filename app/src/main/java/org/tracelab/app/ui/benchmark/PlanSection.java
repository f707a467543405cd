package org.tracelab.app.ui.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tracelab.app.service.bench.BenchmarkRequest;
import org.tracelab.app.service.bench.ModelTarget;
import org.tracelab.app.service.bench.PlanValues;
import org.tracelab.app.service.bench.PlanValues.Parsed;
import org.tracelab.app.service.bench.RunPlan;
import org.tracelab.core.run.Mode;

/**
 * The benchmark form's plan section: modes, seeds, forks, the task sample, sampling, the system prompt, concurrency
 * and the run's name, as typed. Values are read by {@link PlanValues}, as the command line reads them. Contributes
 * the {@link RunPlan}, the run's name and its own problems.
 */
public final class PlanSection {

    private final BooleanProperty direct = new SimpleBooleanProperty(this, "direct", true);
    private final BooleanProperty promptRetry = new SimpleBooleanProperty(this, "promptRetry", true);
    private final BooleanProperty fullPcl = new SimpleBooleanProperty(this, "fullPcl", true);
    private final StringProperty seeds = new SimpleStringProperty(this, "seeds", "42");
    private final StringProperty forks = new SimpleStringProperty(this, "forks", "1");
    private final StringProperty limit = new SimpleStringProperty(this, "limit", "");
    private final StringProperty sampleSeed = new SimpleStringProperty(this, "sampleSeed", "0");
    private final StringProperty temperature = new SimpleStringProperty(this, "temperature", "");
    private final StringProperty maxTokens = new SimpleStringProperty(this, "maxTokens", "");
    private final StringProperty systemPrompt = new SimpleStringProperty(this, "systemPrompt", "");
    private final StringProperty concurrency = new SimpleStringProperty(this, "concurrency", "1");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");

    /** What the section's problems depend on. */
    List<Observable> inputs() {
        return List.of(
                direct,
                promptRetry,
                fullPcl,
                seeds,
                forks,
                limit,
                sampleSeed,
                temperature,
                maxTokens,
                systemPrompt,
                concurrency,
                name);
    }

    public BooleanProperty direct() {
        return direct;
    }

    public BooleanProperty promptRetry() {
        return promptRetry;
    }

    public BooleanProperty fullPcl() {
        return fullPcl;
    }

    /** Comma-separated chain seeds. */
    public StringProperty seeds() {
        return seeds;
    }

    public StringProperty forks() {
        return forks;
    }

    /** Blank for every task. */
    public StringProperty limit() {
        return limit;
    }

    public StringProperty sampleSeed() {
        return sampleSeed;
    }

    /** Blank for the default (0.2 with one fork, 0.8 with several). */
    public StringProperty temperature() {
        return temperature;
    }

    /** Blank for the default (1280). */
    public StringProperty maxTokens() {
        return maxTokens;
    }

    /** Blank for none; otherwise the first (system) message of every request of every mode. */
    public StringProperty systemPrompt() {
        return systemPrompt;
    }

    public StringProperty concurrency() {
        return concurrency;
    }

    /** Blank for "model date". */
    public StringProperty name() {
        return name;
    }

    /** Fills the section from a stored run's plan and name. */
    void show(RunPlan plan, String runName) {
        direct.set(plan.modes().contains(Mode.Direct.NAME));
        promptRetry.set(plan.modes().contains(Mode.PromptRetry.NAME));
        fullPcl.set(plan.modes().contains(Mode.FullPcl.NAME));
        seeds.set(String.join(",", plan.seeds().stream().map(String::valueOf).toList()));
        forks.set(String.valueOf(plan.forks()));
        limit.set(plan.limit() == null ? "" : String.valueOf(plan.limit()));
        sampleSeed.set(String.valueOf(plan.sampleSeed()));
        temperature.set(plan.temperature() == null ? "" : String.valueOf(plan.temperature()));
        maxTokens.set(plan.maxTokens() == null ? "" : String.valueOf(plan.maxTokens()));
        systemPrompt.set(plan.systemPrompt() == null ? "" : plan.systemPrompt());
        concurrency.set(String.valueOf(plan.concurrency()));
        name.set(runName);
    }

    /** The concurrency, when it is valid; a problem otherwise. */
    Optional<Integer> concurrency(List<String> problems) {
        return value(PlanValues.count(concurrency.get()), "Concurrency", "", problems);
    }

    /**
     * The plan, when the section has no problem; the problems go to {@code problems}.
     *
     * @param taskCount the prompts file's tasks, once read: a larger limit is a problem
     */
    Optional<RunPlan> plan(List<String> problems, Optional<Integer> taskCount) {
        int before = problems.size();
        List<String> modes = new ArrayList<>();
        if (direct.get()) {
            modes.add(Mode.Direct.NAME);
        }
        if (promptRetry.get()) {
            modes.add(Mode.PromptRetry.NAME);
        }
        if (fullPcl.get()) {
            modes.add(Mode.FullPcl.NAME);
        }
        if (modes.isEmpty()) {
            problems.add("Choose at least one mode.");
        }
        Optional<List<Long>> seedList = value(PlanValues.seeds(seeds.get()), "Seeds", "", problems);
        Optional<Integer> forkCount = value(PlanValues.count(forks.get()), "Forks", "", problems);
        Optional<Integer> calls = concurrency(problems);
        Optional<Integer> sampleSize = Optional.empty();
        if (!blank(limit.get())) {
            sampleSize = value(PlanValues.count(limit.get()), "Limit", "", problems);
            if (sampleSize.isPresent() && taskCount.isPresent() && sampleSize.get() > taskCount.get()) {
                problems.add("Limit is " + sampleSize.get() + " but the prompts file has only " + taskCount.get()
                        + " tasks.");
            }
        }
        Optional<Long> sampling = value(PlanValues.wholeNumber(sampleSeed.get()), "Sample seed", "", problems);
        Optional<Double> temp = blank(temperature.get())
                ? Optional.empty()
                : value(PlanValues.temperature(temperature.get()), "Temperature", " (blank for the default)", problems);
        Optional<Integer> tokens = blank(maxTokens.get())
                ? Optional.empty()
                : value(PlanValues.count(maxTokens.get()), "Max tokens", "", problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new RunPlan(
                sampleSize.orElse(null),
                sampling.orElseThrow(),
                modes,
                seedList.orElseThrow(),
                forkCount.orElseThrow(),
                temp.orElse(null),
                tokens.orElse(null),
                blank(systemPrompt.get()) ? null : systemPrompt.get(),
                calls.orElseThrow(),
                false));
    }

    /** The run's name: as typed, else the model's and the date. */
    String runName(ModelTarget target) {
        return blank(name.get())
                ? BenchmarkRequest.defaultName(target, LocalDate.now())
                : name.get().strip();
    }

    /** "Forks must be a whole number of at least 1." */
    private static <T> Optional<T> value(Parsed<T> parsed, String field, String hint, List<String> problems) {
        if (!parsed.ok()) {
            problems.add(field + " " + parsed.problem() + hint + ".");
            return Optional.empty();
        }
        return Optional.of(parsed.value());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
