package org.tracelab.app.ui.importing;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.tracelab.core.importing.ImportFormat;

/**
 * The import form's verification section: the IFEval prompts file, which formats without instruction lists need
 * (their outputs are judged against the official lists), and an NLTK folder for Punkt's sentence data.
 */
public final class ImportVerifierSection {

    private final ObservableValue<ImportFormat> format;
    private final ObjectProperty<Path> prompts = new SimpleObjectProperty<>(this, "prompts");
    private final ObjectProperty<Path> nltkData = new SimpleObjectProperty<>(this, "nltkData");
    private final BooleanBinding promptsRequired;

    ImportVerifierSection(ObservableValue<ImportFormat> format) {
        this.format = format;
        this.promptsRequired = Bindings.createBooleanBinding(
                () -> format.getValue() != null && format.getValue().needsPrompts(), format);
    }

    /** The IFEval prompts file; required when the format's files carry no instruction lists. */
    public ObjectProperty<Path> prompts() {
        return prompts;
    }

    /** An NLTK data folder for Punkt; null searches the default folders. */
    public ObjectProperty<Path> nltkData() {
        return nltkData;
    }

    /** Whether the chosen format needs the prompts file. */
    public BooleanBinding promptsRequired() {
        return promptsRequired;
    }

    List<Observable> inputs() {
        return List.of(prompts, promptsRequired);
    }

    void check(List<String> problems) {
        if (promptsRequired.get() && prompts.get() == null) {
            problems.add("Choose the prompts file (IFEval input_data.jsonl): "
                    + format.getValue().cliName() + " files carry no instruction lists.");
        }
    }

    /** The prompts file the import uses: null when the format does not need one. */
    Path promptsUsed() {
        return promptsRequired.get() ? prompts.get() : null;
    }
}
