package org.tracelab.app.ui.pairs;

import java.util.Locale;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.tracelab.app.service.pairs.MinedPair;
import org.tracelab.core.trace.Curation;
import org.tracelab.core.trace.CurationState;

/**
 * A pair candidate as the Pairs table shows it: fixed display texts computed once, and the saved decision as a
 * property that changes when a save succeeds.
 */
public final class PairRow {

    private final MinedPair pair;
    private final String chosen;
    private final String rejected;
    private final String flags;
    private final ReadOnlyObjectWrapper<Curation> curation;

    PairRow(MinedPair pair) {
        this.pair = pair;
        this.chosen = summary(pair.chosen(), pair.instructionIds().size());
        this.rejected = summary(pair.rejected(), pair.instructionIds().size());
        TreeSet<String> all = new TreeSet<>(pair.chosen().flags());
        all.addAll(pair.rejected().flags());
        this.flags = String.join(", ", all);
        this.curation = new ReadOnlyObjectWrapper<>(this, "curation", pair.curation());
    }

    public MinedPair pair() {
        return pair;
    }

    public String task() {
        return pair.taskKey();
    }

    /** "full_pcl s42 #1 patch · 1/1 strict": where the chosen attempt comes from and how it scores. */
    public String chosen() {
        return chosen;
    }

    public String rejected() {
        return rejected;
    }

    public String gap() {
        return String.format(Locale.ROOT, "%+.0f", pair.scoreGap());
    }

    public String origin() {
        return pair.origin().id().replace('_', ' ');
    }

    /** Both sides' flags (the task's included), or empty. */
    public String flags() {
        return flags;
    }

    public ReadOnlyObjectProperty<Curation> curation() {
        return curation.getReadOnlyProperty();
    }

    public CurationState state() {
        return curation.get().state();
    }

    /** The saved note, or empty. */
    public String note() {
        return curation.get().note() == null ? "" : curation.get().note();
    }

    void saved(Curation saved) {
        curation.set(saved);
    }

    private static String summary(MinedPair.Side side, int instructions) {
        return side.mode() + (side.seed() == null ? "" : " s" + side.seed()) + (side.fork() == 0 ? "" : " f" + side.fork())
                + " #" + side.index() + " " + side.strategy().wireName() + " · " + side.strictPassed() + "/"
                + instructions + " strict";
    }
}
