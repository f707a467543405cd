package org.tracelab.app.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** Answers the file dialogs with what the test set, as a person picking those files would. */
public final class FixedFileChoosers implements FileChooserService {

    private volatile List<Path> files = List.of();
    private volatile Path file;
    private volatile Path folder;
    private volatile Path store;
    private volatile Path saveFile;

    public FixedFileChoosers files(Path... chosen) {
        this.files = List.of(chosen);
        return this;
    }

    public FixedFileChoosers file(Path chosen) {
        this.file = chosen;
        return this;
    }

    public FixedFileChoosers folder(Path chosen) {
        this.folder = chosen;
        return this;
    }

    public FixedFileChoosers saveFile(Path chosen) {
        this.saveFile = chosen;
        return this;
    }

    public FixedFileChoosers store(Path chosen) {
        this.store = chosen;
        return this;
    }

    @Override
    public List<Path> chooseFiles(Window owner, String title) {
        return files;
    }

    @Override
    public Optional<Path> chooseFile(Window owner, String title) {
        return Optional.ofNullable(file);
    }

    @Override
    public Optional<Path> chooseSaveFile(Window owner, String title, Path suggested) {
        return Optional.ofNullable(saveFile);
    }

    @Override
    public Optional<Path> chooseFolder(Window owner, String title) {
        return Optional.ofNullable(folder);
    }

    @Override
    public Optional<Path> openStore(Window owner, Path current) {
        return Optional.ofNullable(store);
    }

    @Override
    public Optional<Path> newStore(Window owner, Path current) {
        return Optional.ofNullable(store);
    }
}
