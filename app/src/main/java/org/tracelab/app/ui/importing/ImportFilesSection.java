package org.tracelab.app.ui.importing;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tracelab.core.importing.ImportFormat;

/** The import form's files section: the format, and the files to import in it, in order. */
public final class ImportFilesSection {

    private final ObjectProperty<ImportFormat> format =
            new SimpleObjectProperty<>(this, "format", ImportFormat.WASMAGENT);
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    public ObjectProperty<ImportFormat> format() {
        return format;
    }

    /** The files to import, in order. */
    public ObservableList<Path> files() {
        return files;
    }

    /** Adds a file unless it is listed already. */
    public void add(Path file) {
        if (!files.contains(file)) {
            files.add(file);
        }
    }

    List<Observable> inputs() {
        return List.of(format, files);
    }

    void check(List<String> problems) {
        if (format.get() == null) {
            problems.add("Choose the format of the files.");
        }
        if (files.isEmpty()) {
            problems.add("Add at least one file to import.");
        }
    }
}
