package org.tracelab.app.ui.importing;

import java.nio.file.Path;
import java.util.List;
import org.tracelab.core.importing.ImportFormat;

/** A validated import: what the dialog's form contributes to the job. */
record ImportRequest(ImportFormat format, List<Path> files, Path prompts, Path nltkData) {

    ImportRequest {
        files = List.copyOf(files);
    }
}
