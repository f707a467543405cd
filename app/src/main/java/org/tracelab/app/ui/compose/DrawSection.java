package org.tracelab.app.ui.compose;

import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tracelab.app.service.bench.PlanValues;
import org.tracelab.core.compose.ComposeOptions;

/**
 * The composer form's draw settings as typed: constraints per task (1 to 5), the seed and the token limit tasks must
 * fit. Read with {@link PlanValues}, the parser the command line's options share; contributes its own problems.
 */
public final class DrawSection {

    /** The draw settings, read. */
    record Draw(int perTask, long seed, int maxTokens) {}

    private final StringProperty perTask = new SimpleStringProperty(this, "perTask", "2");
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "42");
    private final StringProperty maxTokens =
            new SimpleStringProperty(this, "maxTokens", Integer.toString(ComposeOptions.DEFAULT_MAX_TOKENS));

    /** Constraints per task, 1 to {@value ComposeOptions#MAX_PER_TASK} (default 2, as {@code --per-task}). */
    public StringProperty perTask() {
        return perTask;
    }

    /** The draw's seed (default 42, as {@code --seed}). */
    public StringProperty seed() {
        return seed;
    }

    /** The token limit answers will have (default 1280, as {@code --max-tokens}). */
    public StringProperty maxTokens() {
        return maxTokens;
    }

    List<Observable> inputs() {
        return List.of(perTask, seed, maxTokens);
    }

    /** The settings when all three read; the problems go to {@code problems}. */
    Optional<Draw> draw(List<String> problems) {
        PlanValues.Parsed<Integer> count = PlanValues.count(perTask.get());
        boolean countOk = count.ok() && count.value() <= ComposeOptions.MAX_PER_TASK;
        if (!countOk) {
            problems.add("Constraints per task must be a whole number from 1 to " + ComposeOptions.MAX_PER_TASK + ".");
        }
        PlanValues.Parsed<Long> drawSeed = PlanValues.wholeNumber(seed.get());
        if (!drawSeed.ok()) {
            problems.add("Seed must be a whole number.");
        }
        PlanValues.Parsed<Integer> tokens = PlanValues.count(maxTokens.get());
        if (!tokens.ok()) {
            problems.add("Max tokens must be a whole number of at least 1.");
        }
        return countOk && drawSeed.ok() && tokens.ok()
                ? Optional.of(new Draw(count.value(), drawSeed.value(), tokens.value()))
                : Optional.empty();
    }
}
