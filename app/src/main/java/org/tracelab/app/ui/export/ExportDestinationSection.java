package org.tracelab.app.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.tracelab.app.service.export.ExportService;

/**
 * The export form's destination section: the folder and the training file's name ({@code dpo.jsonl} and so on,
 * following the kind until the person names it). The test file, manifest and card go beside it.
 */
public final class ExportDestinationSection {

    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder");
    private final StringProperty fileName = new SimpleStringProperty(this, "fileName");

    ExportDestinationSection(ObservableValue<ExportService.Kind> kind) {
        fileName.set(defaultName(kind.getValue()));
        kind.addListener((obs, old, now) -> {
            if (defaultName(old).equals(fileName.get())) {
                fileName.set(defaultName(now));
            }
        });
    }

    public ObjectProperty<Path> folder() {
        return folder;
    }

    public StringProperty fileName() {
        return fileName;
    }

    List<Observable> inputs() {
        return List.of(folder, fileName);
    }

    void check(List<String> problems) {
        if (folder.get() == null) {
            problems.add("Choose the folder to write into.");
        }
        String name = name();
        if (!name.endsWith(".jsonl")
                || name.length() == ".jsonl".length()
                || name.contains("/")
                || name.contains("\\")) {
            problems.add("File name: a plain name ending in .jsonl, e.g. dpo.jsonl.");
        }
    }

    /** The training file, once a folder and a name are given. */
    Optional<Path> out() {
        return folder.get() == null || name().isEmpty()
                ? Optional.empty()
                : Optional.of(folder.get().resolve(name()));
    }

    private String name() {
        return fileName.get() == null ? "" : fileName.get().strip();
    }

    private static String defaultName(ExportService.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT) + ".jsonl";
    }
}
