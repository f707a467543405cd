package org.tracelab.app.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The user guide bundled with the app: the README of the version built, rendered to one HTML page in the data
 * folder, which the platform's browser opens. Works offline and always matches the running version.
 */
final class UserGuide {

    static final String RESOURCE = "/org/tracelab/ui/guide/README.md";

    private UserGuide() {}

    /** Writes the page into {@code folder} (created when missing) and returns it; does I/O, so run it in a job. */
    static Path write(Path folder) {
        try (InputStream in = UserGuide.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("this build carries no user guide (" + RESOURCE + ")");
            }
            String markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String body = HtmlRenderer.builder()
                    .build()
                    .render(Parser.builder().build().parse(markdown));
            Files.createDirectories(folder);
            Path page = folder.resolve("tracelab-user-guide.html");
            Files.writeString(
                    page,
                    "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                            + "<title>Tracelab user guide</title><style>body{font-family:system-ui,sans-serif;max-width:"
                            + "52em;margin:2em auto;padding:0 1em;line-height:1.5}code,pre{font-family:ui-monospace,"
                            + "monospace}pre{background:#f3f4f6;padding:.6em;overflow:auto}table{border-collapse:collapse}"
                            + "td,th{border:1px solid #ccc;padding:.2em .5em}img{max-width:100%}</style></head><body>\n"
                            + body + "</body></html>\n",
                    StandardCharsets.UTF_8);
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the user guide into " + folder, e);
        }
    }
}
