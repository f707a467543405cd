package org.tracelab.app.ui.pairs;

import java.util.Locale;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.tracelab.app.service.pairs.MinedPair;
import org.tracelab.core.trace.Curation;
import org.tracelab.core.trace.CurationState;
import org.tracelab.core.trace.Strategy;

/**
 * A pair candidate as the Pairs table shows it: fixed display texts computed once, and the saved decision as a
 * property that changes when a save succeeds.
 */
public final class PairRow {

    private final MinedPair pair;
    private final String chosen;
    private final String rejected;
    private final String qualityFlags;
    private final String provenance;
    private final String ranks;
    private final ReadOnlyObjectWrapper<Curation> curation;

    PairRow(MinedPair pair) {
        this.pair = pair;
        this.chosen = summary(pair.chosen(), pair.instructionIds().size());
        this.rejected = summary(pair.rejected(), pair.instructionIds().size());
        TreeSet<String> quality = new TreeSet<>(pair.chosen().qualityFlags());
        quality.addAll(pair.rejected().qualityFlags());
        this.qualityFlags = String.join(", ", quality);
        TreeSet<String> origins = new TreeSet<>(pair.chosen().provenanceFlags());
        origins.addAll(pair.rejected().provenanceFlags());
        this.provenance = String.join(", ", origins);
        this.ranks = pair.ranking().chosenRank() + " > " + pair.ranking().rejectedRank();
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

    /**
     * Both sides' quality flags (the task's included), or empty: what is wrong with a text, and what an export leaves
     * out by default.
     */
    public String qualityFlags() {
        return qualityFlags;
    }

    /** Both sides' provenance flags ({@code shared:first_attempt}…), or empty: where a text came from, no defect. */
    public String provenance() {
        return provenance;
    }

    /** "1 > 3": the chosen and the rejected attempt's ranks in their (task, seed). */
    public String ranks() {
        return ranks;
    }

    /** "all strict; +2 strict, +1 loose": what separates the two outcomes. */
    public String margin() {
        return pair.ranking().margin().describe();
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

    /**
     * "full_pcl s42 f1 #2 patch · 3/3 strict". An imported attempt's strategy is left out: every attempt of an
     * imported run has it, and the provenance flags already say so.
     */
    private static String summary(MinedPair.Side side, int instructions) {
        String strategy = side.strategy() == Strategy.IMPORTED
                ? ""
                : " " + side.strategy().wireName();
        return side.mode() + (side.seed() == null ? "" : " s" + side.seed())
                + (side.fork() == 0 ? "" : " f" + side.fork()) + " #" + side.index() + strategy + " · "
                + side.strictPassed() + "/" + instructions + " strict";
    }
}
