package org.tracelab.app.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** The file and folder pickers the views open; tests give fixed answers instead of native dialogs. */
public interface FileChooserService {

    /** Files to open; empty when the person cancels. */
    List<Path> chooseFiles(Window owner, String title);

    Optional<Path> chooseFile(Window owner, String title);

    Optional<Path> chooseFolder(Window owner, String title);

    /** An existing store file to open (an Open dialog: no "Replace?" question). */
    Optional<Path> openStore(Window owner, Path current);

    /** Where to create a new store (a Save dialog); the caller refuses an existing file. */
    Optional<Path> newStore(Window owner, Path current);
}
