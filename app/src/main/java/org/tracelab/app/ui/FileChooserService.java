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

    /** A file to open, offered first among the files ending in one of {@code extensions} ("txt", "jsonl"). */
    default Optional<Path> chooseFile(Window owner, String title, List<String> extensions) {
        return chooseFile(owner, title);
    }

    /**
     * A file to write, starting at {@code suggested} (its folder and name) when given; the platform's dialog asks
     * before replacing an existing file.
     */
    Optional<Path> chooseSaveFile(Window owner, String title, Path suggested);

    Optional<Path> chooseFolder(Window owner, String title);

    /** An existing store file to open (an Open dialog: no "Replace?" question). */
    Optional<Path> openStore(Window owner, Path current);

    /** Where to create a new store (a Save dialog); the caller refuses an existing file. */
    Optional<Path> newStore(Window owner, Path current);
}
