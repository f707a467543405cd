package org.tracelab.app.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The platform's file dialogs, starting where the last choice was made, else in the home folder: never on an
 * empty "Recent" page, which is where GTK's dialog starts when it is given no folder.
 */
public final class FxFileChoosers implements FileChooserService {

    private File lastFolder;
    private final File home = new File(System.getProperty("user.home"));

    @Override
    public List<Path> chooseFiles(Window owner, String title) {
        FileChooser chooser = fileChooser(title);
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("JSON lines", "*.jsonl", "*.json"),
                        new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        lastFolder = files.get(0).getParentFile();
        return files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFile(Window owner, String title) {
        FileChooser chooser = fileChooser(title);
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("JSON lines", "*.jsonl", "*.json"),
                        new FileChooser.ExtensionFilter("All files", "*"));
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseFile(Window owner, String title, List<String> extensions) {
        FileChooser chooser = fileChooser(title);
        List<String> patterns =
                extensions.stream().map(extension -> "*." + extension).toList();
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(String.join(", ", patterns), patterns),
                        new FileChooser.ExtensionFilter("All files", "*"));
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseSaveFile(Window owner, String title, Path suggested) {
        FileChooser chooser = fileChooser(title);
        if (suggested != null) {
            if (suggested.getParent() != null) {
                chooser.setInitialDirectory(suggested.getParent().toFile());
            }
            chooser.setInitialFileName(suggested.getFileName().toString());
        }
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> chooseFolder(Window owner, String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(startFolder());
        File folder = chooser.showDialog(owner);
        if (folder != null) {
            lastFolder = folder;
        }
        return Optional.ofNullable(folder).map(File::toPath);
    }

    @Override
    public Optional<Path> openStore(Window owner, Path current) {
        FileChooser chooser = storeChooser("Open a trace store", current);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> newStore(Window owner, Path current) {
        FileChooser chooser = storeChooser("New trace store", current);
        chooser.setInitialFileName("traces.tracelab.db");
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    private FileChooser storeChooser(String title, Path current) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("Tracelab stores", "*.db"),
                        new FileChooser.ExtensionFilter("All files", "*"));
        Path folder = current == null ? null : current.toAbsolutePath().getParent();
        chooser.setInitialDirectory(folder != null && folder.toFile().isDirectory() ? folder.toFile() : startFolder());
        return chooser;
    }

    private File startFolder() {
        return lastFolder != null && lastFolder.isDirectory() ? lastFolder : home;
    }

    private FileChooser fileChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(startFolder());
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file != null) {
            lastFolder = file.getParentFile();
        }
        return Optional.ofNullable(file).map(File::toPath);
    }
}
