package org.tracelab.app.ui.compose;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.tracelab.app.service.report.InstructionLabel;
import org.tracelab.core.verify.constraint.ConstraintType;
import org.tracelab.core.verify.constraint.KwargsSampler;

/**
 * One constraint type in the composer's checklist, and what the person ticked for it: use only these types
 * ({@code --ids}), never this one ({@code --exclude-ids}), or hold it out of every task ({@code --holdout-ids}).
 */
public final class ConstraintChoice {

    private final InstructionLabel label;
    private final String ranges;
    private final BooleanProperty only = new SimpleBooleanProperty(this, "only");
    private final BooleanProperty never = new SimpleBooleanProperty(this, "never");
    private final BooleanProperty holdout = new SimpleBooleanProperty(this, "holdout");

    ConstraintChoice(ConstraintType type, InstructionLabel label) {
        this.label = Objects.requireNonNull(label, "label");
        this.ranges = type.sampler().map(KwargsSampler::ranges).orElse(null);
    }

    public InstructionLabel label() {
        return label;
    }

    public String id() {
        return label.id();
    }

    public String name() {
        return label.name();
    }

    /** Whether the composer can draw it (its type has a sampler); others can only be held out. */
    public boolean composable() {
        return ranges != null;
    }

    /** The id, and the kwargs ranges the composer draws from or why it cannot: the row's tooltip. */
    public String details() {
        return id() + "\n"
                + (composable()
                        ? "drawn with " + (ranges.isEmpty() ? "no kwargs" : ranges)
                        : "not drawn by the composer: its kwargs need a person (it can be held out)");
    }

    /** Draw only from the types ticked here ({@code --ids}). */
    public BooleanProperty only() {
        return only;
    }

    /** Never draw this type ({@code --exclude-ids}). */
    public BooleanProperty never() {
        return never;
    }

    /** Keep this type out of every task and record it in the provenance ({@code --holdout-ids}). */
    public BooleanProperty holdout() {
        return holdout;
    }

    /** Whether the search text finds it: in its name or id, ignoring case. */
    boolean matches(String search) {
        return search.isBlank() || contains(name(), search) || contains(id(), search);
    }

    List<Observable> inputs() {
        return List.of(only, never, holdout);
    }

    void clear() {
        only.set(false);
        never.set(false);
        holdout.set(false);
    }

    private static boolean contains(String text, String search) {
        return text.toLowerCase(Locale.ROOT).contains(search.strip().toLowerCase(Locale.ROOT));
    }
}
