package org.tracelab.core.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.tracelab.core.io.InputProblem;
import org.tracelab.core.io.InputProblemException;

/**
 * A small source file read whole, with the name its problems are reported under ({@code FILE:LINE: …}). Bundled
 * resources are named by their path in the repository, where a person would fix them.
 */
public record SourceText(Path name, String text) {

    public SourceText {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    /** Reads a UTF-8 file; a file that is not UTF-8 is an input problem. */
    public static SourceText read(Path file) {
        try {
            return new SourceText(file, Files.readString(file, StandardCharsets.UTF_8));
        } catch (CharacterCodingException e) {
            throw new InputProblemException(InputProblem.at(file, 0, "not UTF-8 text"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** SHA-256 of the UTF-8 text (hex), to identify the dataset a run drew from. */
    public String sha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
