package org.tracelab.app.ui.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.tracelab.app.service.report.InstructionLabels;
import org.tracelab.core.verify.constraint.ConstraintRegistry;
import org.tracelab.core.verify.constraint.ConstraintType;

/**
 * The composer form's constraint types: every type of the registry, IFEval first, then IFBench, then custom, each
 * ticked for "use only", "never" or "hold out", and a search over names and ids. Contributes the three id sets of
 * {@code ComposeOptions} and its own problems: "use only" and "never" cannot both be used (as {@code --ids} and
 * {@code --exclude-ids} cannot), and a held-out type cannot also be one to use.
 */
public final class ConstraintChoicesSection {

    private final ObservableList<ConstraintChoice> choices = FXCollections.observableArrayList();
    private final ObservableList<ConstraintChoice> choicesView = FXCollections.unmodifiableObservableList(choices);
    private final FilteredList<ConstraintChoice> shown = new FilteredList<>(choices);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");

    ConstraintChoicesSection(ConstraintRegistry registry, InstructionLabels labels) {
        Comparator<String> order = labels.order();
        registry.types().stream()
                .sorted(Comparator.comparing(ConstraintType::id, order))
                .forEach(type -> choices.add(new ConstraintChoice(type, labels.of(type.id()))));
        search.addListener((obs, old, text) -> shown.setPredicate(choice -> choice.matches(text == null ? "" : text)));
    }

    /** Every type, in display order (by benchmark, then name). */
    public ObservableList<ConstraintChoice> choices() {
        return choicesView;
    }

    /** The types the search finds, in display order. */
    public ObservableList<ConstraintChoice> shown() {
        return shown;
    }

    /** Text to find types by name or id. */
    public StringProperty search() {
        return search;
    }

    /** The choice for {@code id}. */
    public ConstraintChoice choice(String id) {
        return choices.stream()
                .filter(choice -> choice.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no constraint type " + id));
    }

    /** "25 of 95 types can be drawn; any type can be held out." */
    public String drawable() {
        long composable = choices.stream().filter(ConstraintChoice::composable).count();
        return composable + " of " + choices.size() + " types can be drawn (the others' kwargs need a person); any "
                + "type can be held out.";
    }

    /** Unticks every type. */
    public void clear() {
        choices.forEach(ConstraintChoice::clear);
    }

    /** Every tick, for the form to listen to. */
    List<Observable> inputs() {
        List<Observable> inputs = new ArrayList<>();
        choices.forEach(choice -> inputs.addAll(choice.inputs()));
        return inputs;
    }

    /** Ids ticked "use only" ({@code --ids}). */
    SortedSet<String> only() {
        return ticked(ConstraintChoice::only);
    }

    /** Ids ticked "never" ({@code --exclude-ids}). */
    SortedSet<String> never() {
        return ticked(ConstraintChoice::never);
    }

    /** Ids ticked "hold out" ({@code --holdout-ids}). */
    SortedSet<String> holdout() {
        return ticked(ConstraintChoice::holdout);
    }

    /** Adds the section's problems; true when there were none. */
    boolean check(List<String> problems) {
        int before = problems.size();
        if (!only().isEmpty() && !never().isEmpty()) {
            problems.add("Tick types under “Use only” or under “Never”, not both (as the command line takes --ids "
                    + "or --exclude-ids).");
        }
        choices.stream()
                .filter(choice -> choice.only().get() && choice.holdout().get())
                .forEach(choice -> problems.add(choice.name() + " (" + choice.id() + ") is held out, so it cannot "
                        + "also be a type to use."));
        return problems.size() == before;
    }

    private SortedSet<String> ticked(Function<ConstraintChoice, BooleanProperty> box) {
        SortedSet<String> ids = new TreeSet<>();
        choices.stream().filter(choice -> box.apply(choice).get()).forEach(choice -> ids.add(choice.id()));
        return ids;
    }
}
