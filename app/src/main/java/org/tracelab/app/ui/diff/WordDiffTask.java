package org.tracelab.app.ui.diff;

import javafx.concurrent.Task;
import org.tracelab.core.diff.TextDiff;
import org.tracelab.core.diff.WordDiff;

/** Compares two long attempt texts off the FX thread; cancelling it stops the comparison. */
final class WordDiffTask extends Task<TextDiff> {

    private final WordDiff wordDiff;
    private final String left;
    private final String right;

    WordDiffTask(WordDiff wordDiff, String left, String right, String description) {
        this.wordDiff = wordDiff;
        this.left = left;
        this.right = right;
        updateTitle("Comparing attempts");
        updateMessage(description);
    }

    @Override
    protected TextDiff call() {
        updateProgress(-1, 1); // Myers reports no steady progress: show the job as running
        TextDiff diff = wordDiff.compare(left, right, this::isCancelled);
        updateProgress(1, 1);
        return diff;
    }
}
