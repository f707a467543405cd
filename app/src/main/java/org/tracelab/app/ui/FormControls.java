package org.tracelab.app.ui;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** The small controls the forms are made of, each with its stable id and bound to a view model's property. */
public final class FormControls {

    /** Labels of every section of a form line up at this width. */
    public static final double LABEL_WIDTH = 180;

    private FormControls() {}

    /** A form section: labels, a growing field column, a column for buttons. */
    public static GridPane section(String id) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.getStyleClass().add(Styles.FORM);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(LABEL_WIDTH);
        labels.setPrefWidth(LABEL_WIDTH);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        ColumnConstraints buttons = new ColumnConstraints();
        buttons.setMinWidth(Region.USE_PREF_SIZE); // the field column grows, never at the buttons' expense
        grid.getColumnConstraints().addAll(labels, fields, buttons);
        return grid;
    }

    public static TextField field(String id, StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /**
     * A field for a path: chosen with the button beside it, or typed or pasted (a blank field is no path; text
     * that is not a path on this system leaves the last good one, so the form's check names the problem). A path
     * too long for the field shows its end, the file's name, and the whole path is in the tooltip.
     */
    public static TextField pathField(String id, ObjectProperty<Path> path, String prompt) {
        TextField field = new TextField(path.get() == null ? "" : path.get().toString());
        field.setId(id);
        field.setPromptText(prompt);
        boolean[] syncing = {false};
        field.textProperty().addListener((obs, old, text) -> {
            if (syncing[0]) {
                return;
            }
            syncing[0] = true;
            try {
                path.set(text == null || text.isBlank() ? null : Path.of(text.strip()));
            } catch (InvalidPathException e) {
                // not a path yet (being typed): keep the last one
            } finally {
                syncing[0] = false;
            }
        });
        path.addListener((obs, old, now) -> {
            if (!syncing[0]) {
                syncing[0] = true;
                field.setText(now == null ? "" : now.toString());
                field.end();
                syncing[0] = false;
            }
        });
        field.widthProperty().addListener((obs, old, width) -> {
            if (!field.isFocused()) {
                field.end();
            }
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                field.end();
            }
        });
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(field.textProperty());
        field.tooltipProperty()
                .bind(Bindings.when(field.textProperty().isEmpty())
                        .then((Tooltip) null)
                        .otherwise(whole));
        return field;
    }

    public static CheckBox check(String id, String text, BooleanProperty value) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setMnemonicParsing(false); // "prompt_retry" keeps its underscore
        box.selectedProperty().bindBidirectional(value);
        return box;
    }

    /** A label that wraps and always shows its whole text. */
    public static Label wrapping(String id, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(text);
        return label;
    }

    /** A muted, wrapping hint. */
    public static Label hint(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(Styles.MUTED);
        return label;
    }

    /** The form's problems, one per line; empty when it can go ahead. */
    public static Label validation(String id, ObservableList<String> messages) {
        Label validation = wrapping(id, Bindings.createStringBinding(() -> String.join("\n", messages), messages));
        validation.getStyleClass().add(Styles.VALIDATION_ERRORS);
        return validation;
    }

    /** Shows values as {@code text} says; the choice boxes are not edited as text. */
    public static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
