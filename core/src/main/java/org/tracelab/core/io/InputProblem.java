package org.tracelab.core.io;

import java.nio.file.Path;

/**
 * One thing wrong with an input file, located so a person can fix it: {@code FILE:LINE: field: message}, or
 * {@code FILE: message} when it concerns the whole file (line 0).
 */
public record InputProblem(Path file, long line, String field, String message) {

    public static InputProblem at(Path file, long line, String message) {
        return new InputProblem(file, line, null, message);
    }

    public static InputProblem at(Path file, long line, String field, String message) {
        return new InputProblem(file, line, field, message);
    }

    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line + ": " : file + ": ";
        return field == null ? where + message : where + field + ": " + message;
    }
}
