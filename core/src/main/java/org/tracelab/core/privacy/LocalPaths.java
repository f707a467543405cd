package org.tracelab.core.privacy;

/**
 * Local file paths reduced to what may leave the machine: the file name. A user's folders (their name, their
 * projects) never reach a record, an export, a manifest or a dataset card.
 */
public final class LocalPaths {

    private LocalPaths() {}

    /** The last segment of a path, separated by {@code /} or {@code \}; null stays null. */
    public static String fileName(String pathOrName) {
        if (pathOrName == null) {
            return null;
        }
        String trimmed = pathOrName.strip();
        int cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
        return cut < 0 ? trimmed : trimmed.substring(cut + 1);
    }

    /** Whether the text is an absolute path on some system ({@code /…}, {@code ~/…}, {@code C:\…}, {@code \\host}). */
    public static boolean isAbsolute(String text) {
        String t = text.strip();
        return t.startsWith("/") || t.startsWith("~/") || t.startsWith("\\\\") || t.matches("^[A-Za-z]:[\\\\/].*");
    }
}
