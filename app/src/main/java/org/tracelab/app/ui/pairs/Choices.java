package org.tracelab.app.ui.pairs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import org.tracelab.app.ui.runs.RunRow;

/**
 * Combo boxes whose first entry means "any" (a null value), kept in step with a view model property both ways.
 * Plain combo boxes show nothing for a null value; an entry with a label does.
 */
public final class Choices {

    /** One entry: what it shows and the value it stands for (null for "any"). */
    public record Choice<T>(String label, T value) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** How wide a run choice box is; its drop-down list is as wide as the longest run's label. */
    public static final double RUN_CHOICE_WIDTH = 340;

    private Choices() {}

    /** A choice of {@code values} (fixed or changing) plus {@code anyLabel} for null, bound to {@code property}. */
    public static <T> ComboBox<Choice<T>> of(
            String id,
            String anyLabel,
            ObservableList<T> values,
            Function<T, String> label,
            ObjectProperty<T> property) {
        ComboBox<Choice<T>> box = new ComboBox<>();
        box.setId(id);
        Runnable fill = () -> {
            List<Choice<T>> items = new ArrayList<>();
            if (anyLabel != null) {
                items.add(new Choice<>(anyLabel, null));
            }
            values.forEach(value -> items.add(new Choice<>(label.apply(value), value)));
            box.getItems().setAll(items);
            select(box, property.get());
        };
        fill.run();
        values.addListener((ListChangeListener<T>) change -> fill.run());
        box.valueProperty().addListener((obs, old, choice) -> {
            if (choice != null && !Objects.equals(choice.value(), property.get())) {
                property.set(choice.value());
            }
        });
        property.addListener((obs, old, value) -> select(box, value));
        return box;
    }

    /** A choice of the runs by label, kept on {@code runId}; {@code anyLabel} (when not null) stands for null. */
    public static ComboBox<Choice<Long>> runs(
            String id, String anyLabel, ObservableList<RunRow> runs, ObjectProperty<Long> runId) {
        ObservableList<Long> ids = FXCollections.observableArrayList();
        Runnable sync = () -> ids.setAll(runs.stream().map(RunRow::id).toList());
        sync.run();
        runs.addListener((ListChangeListener<RunRow>) change -> sync.run());
        ComboBox<Choice<Long>> box = of(
                id,
                anyLabel,
                ids,
                run -> runs.stream()
                        .filter(r -> r.id() == run)
                        .findFirst()
                        .map(RunRow::label)
                        .orElse("#" + run),
                runId);
        // A run's label can be long (model file names): the box keeps a sensible width and its list shows them whole.
        box.setPrefWidth(RUN_CHOICE_WIDTH);
        box.setMinWidth(160);
        return box;
    }

    private static <T> void select(ComboBox<Choice<T>> box, T value) {
        box.getItems().stream()
                .filter(choice -> Objects.equals(choice.value(), value))
                .findFirst()
                .ifPresentOrElse(
                        choice -> {
                            // After its items were replaced, a combo box given an equal value keeps a blank button:
                            // clear
                            // it first, so the choice stays shown.
                            if (choice.equals(box.getValue())) {
                                box.setValue(null);
                            }
                            box.setValue(choice);
                        },
                        () -> box.setValue(null));
    }
}
