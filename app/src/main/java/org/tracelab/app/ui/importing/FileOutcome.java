package org.tracelab.app.ui.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.tracelab.app.service.imports.ImportService.ImportedFile;
import org.tracelab.core.io.InputProblem;

/** What became of one file of an import. */
public sealed interface FileOutcome {

    Path file();

    /** One line for the dialog's list. */
    String describe();

    /** Stored in one transaction. */
    record Imported(Path file, ImportedFile result) implements FileOutcome {
        @Override
        public String describe() {
            String runs = result.runIds().stream().map(String::valueOf).collect(Collectors.joining(", "));
            return "Imported " + file.getFileName() + ": " + result.chains() + " chains into run "
                    + (result.runIds().size() == 1 ? "" : "s ") + runs;
        }
    }

    /** Lines that cannot be used; nothing of the file was written. */
    record Rejected(Path file, List<InputProblem> problems) implements FileOutcome {
        public Rejected {
            problems = List.copyOf(problems);
        }

        @Override
        public String describe() {
            return "Not imported " + file.getFileName() + ": " + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems") + " (listed below), nothing written";
        }
    }

    /** An unexpected failure (unreadable file, store error); nothing of the file was written. */
    record Failed(Path file, String message) implements FileOutcome {
        @Override
        public String describe() {
            return "Not imported " + file.getFileName() + ": " + message;
        }
    }

    /** Not imported because the same file was imported before and the person chose to skip it. */
    record AlreadyImported(Path file, List<Long> runIds) implements FileOutcome {
        public AlreadyImported {
            runIds = List.copyOf(runIds);
        }

        @Override
        public String describe() {
            return "Skipped " + file.getFileName() + ": already imported as run "
                    + runIds.stream().map(id -> "#" + id).collect(Collectors.joining(", "));
        }
    }

    /** Not attempted because the import was stopped before it. */
    record Skipped(Path file) implements FileOutcome {
        @Override
        public String describe() {
            return "Skipped " + file.getFileName() + ": the import was stopped";
        }
    }
}
