package org.tracelab.core.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files of one export, all in the training file's folder: {@code NAME.jsonl}, {@code NAME.test.jsonl},
 * {@code NAME.manifest.json} and the dataset card {@code README.md}.
 */
public record ExportPaths(Path train, Path test, Path manifest, Path card) {

    static final String SUFFIX = ".jsonl";
    /** Marks a README.md as a card Tracelab wrote, and so one it may replace. */
    static final String CARD_MARKER = "<!-- tracelab-dataset-card -->";

    /** Derives the paths from the training file and checks that they can be written; throws {@link ExportException}. */
    public static ExportPaths of(Path out) {
        Path train = out.toAbsolutePath().normalize();
        String name = train.getFileName() == null ? "" : train.getFileName().toString();
        if (!name.endsWith(SUFFIX) || name.length() == SUFFIX.length()) {
            throw new ExportException("the output must be a file named NAME.jsonl, got " + out);
        }
        Path folder = train.getParent();
        if (!Files.exists(folder)) {
            throw new ExportException("cannot export to " + out + ": the folder " + folder + " does not exist");
        }
        if (!Files.isDirectory(folder)) {
            throw new ExportException("cannot export to " + out + ": " + folder + " is not a folder");
        }
        if (Files.isDirectory(train)) {
            throw new ExportException(
                    "cannot export to " + out + ": it is a folder; give a file name ending in .jsonl");
        }
        if (!Files.isWritable(folder)) {
            throw new ExportException("cannot export to " + out + ": the folder " + folder + " is not writable");
        }
        String base = name.substring(0, name.length() - SUFFIX.length());
        ExportPaths paths = new ExportPaths(
                train,
                folder.resolve(base + ".test.jsonl"),
                folder.resolve(base + ".manifest.json"),
                folder.resolve("README.md"));
        paths.requireReplaceableCard();
        return paths;
    }

    public Path folder() {
        return train.getParent();
    }

    /** A README.md someone else wrote (a project's, a hand-written card) is never overwritten. */
    private void requireReplaceableCard() {
        if (!Files.exists(card)) {
            return;
        }
        try {
            if (!Files.isRegularFile(card)
                    || !Files.readString(card, StandardCharsets.UTF_8).contains(CARD_MARKER)) {
                throw new ExportException("cannot export to " + train + ": " + card
                        + " exists and is not a Tracelab dataset card; export to another folder");
            }
        } catch (IOException e) {
            throw new ExportException("cannot export to " + train + ": cannot read the existing " + card, e);
        }
    }
}
