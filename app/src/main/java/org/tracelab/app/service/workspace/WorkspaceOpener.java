package org.tracelab.app.service.workspace;

import java.nio.file.Path;

/** Opens (creating when missing) the store in a file; does I/O, so call it in a background task. */
@FunctionalInterface
public interface WorkspaceOpener {

    Workspace open(Path storeFile);
}
