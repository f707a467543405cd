package org.tracelab.app.ui;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import javafx.application.Platform;

/** Records every store, file or settings call made on the JavaFX Application Thread. */
public final class FxThreadGuard {

    private final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();

    public void check(String call) {
        if (Platform.isFxApplicationThread()) {
            violations.add(call + " on " + Thread.currentThread().getName());
        }
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }

    /** The violations so far, forgotten. */
    public List<String> drain() {
        List<String> drained = violations();
        violations.removeAll(drained);
        return drained;
    }
}
