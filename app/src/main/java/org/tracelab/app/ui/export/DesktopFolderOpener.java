package org.tracelab.app.ui.export;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;

/** Opens folders with AWT's {@link Desktop}, which asks the platform's file manager. */
public final class DesktopFolderOpener implements FolderOpener {

    @Override
    public void open(Path folder) throws IOException {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            throw new IOException("this system offers no way to open a folder; the files are in " + folder);
        }
        Desktop.getDesktop().open(folder.toFile());
    }
}
