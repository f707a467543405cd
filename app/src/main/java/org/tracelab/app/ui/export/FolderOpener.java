package org.tracelab.app.ui.export;

import java.io.IOException;
import java.nio.file.Path;

/** Shows a folder in the platform's file manager. Does I/O: call it in a background task. */
@FunctionalInterface
public interface FolderOpener {

    void open(Path folder) throws IOException;
}
