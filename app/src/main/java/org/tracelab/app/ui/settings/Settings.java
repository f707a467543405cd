package org.tracelab.app.ui.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tracelab.app.ui.Theme;

/**
 * What the desktop app remembers between sessions.
 *
 * @param window      the main window's last bounds, or null to let the app choose
 * @param theme       the colour theme
 * @param lastStore   the store open when the app last closed, or null
 * @param recentFiles files recently imported or used as prompts, most recent first, at most {@link #MAX_RECENT}
 */
public record Settings(WindowBounds window, Theme theme, Path lastStore, List<Path> recentFiles) {

    public static final int MAX_RECENT = 10;

    public Settings {
        Objects.requireNonNull(theme, "theme");
        recentFiles = List.copyOf(recentFiles.size() > MAX_RECENT ? recentFiles.subList(0, MAX_RECENT) : recentFiles);
    }

    public static Settings defaults() {
        return new Settings(null, Theme.LIGHT, null, List.of());
    }

    public Settings withWindow(WindowBounds bounds) {
        return new Settings(bounds, theme, lastStore, recentFiles);
    }

    public Settings withTheme(Theme newTheme) {
        return new Settings(window, newTheme, lastStore, recentFiles);
    }

    public Settings withLastStore(Path store) {
        return new Settings(window, theme, store, recentFiles);
    }

    /** {@code files} moved to the front of the recent files, each once, the oldest dropped beyond the limit. */
    public Settings withRecentFiles(List<Path> files) {
        List<Path> recent = new ArrayList<>();
        for (Path file : files) {
            Path absolute = file.toAbsolutePath().normalize();
            if (!recent.contains(absolute)) {
                recent.add(absolute);
            }
        }
        for (Path file : recentFiles) {
            if (!recent.contains(file)) {
                recent.add(file);
            }
        }
        return new Settings(window, theme, lastStore, recent);
    }
}
