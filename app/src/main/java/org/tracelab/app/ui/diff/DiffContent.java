package org.tracelab.app.ui.diff;

import java.util.Objects;
import java.util.Optional;
import org.tracelab.core.diff.TextDiff;

/**
 * The two texts the Diff view shows and, once computed, their differences.
 *
 * @param diff empty while a large comparison is still running in the background
 */
public record DiffContent(String leftText, String rightText, Optional<TextDiff> diff) {

    public DiffContent {
        Objects.requireNonNull(leftText, "leftText");
        Objects.requireNonNull(rightText, "rightText");
        Objects.requireNonNull(diff, "diff");
    }
}
