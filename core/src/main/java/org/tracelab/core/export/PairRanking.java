package org.tracelab.core.export;

import java.util.Objects;
import org.tracelab.core.run.Margin;

/**
 * Where a pair's two attempts stand in their (task, seed)'s ranking, kept in the manifest and shown in the Pairs view.
 *
 * @param chosenRank   always 1: only a best answer is chosen
 * @param rejectedRank strictly greater: tied answers are never paired
 * @param margin       how far the chosen outcome is above the rejected one
 */
public record PairRanking(int chosenRank, int rejectedRank, Margin margin) {

    public PairRanking {
        if (chosenRank < 1 || rejectedRank <= chosenRank) {
            throw new IllegalArgumentException(
                    "the rejected rank must be below the chosen one: " + chosenRank + " vs " + rejectedRank);
        }
        Objects.requireNonNull(margin, "margin");
    }
}
