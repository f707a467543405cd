package org.tracelab.app.ui.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tracelab.app.ui.Theme;

/**
 * What the desktop app remembers between sessions.
 *
 * @param window      the main window's last bounds, or null to let the app choose
 * @param theme       the colour theme
 * @param lastStore   the store open when the app last closed, or null
 * @param recentFiles files recently imported or used as prompts, most recent first, at most {@link #MAX_RECENT}
 * @param benchmark   what the benchmark form starts with
 * @param dividers    the divider positions of each view's split panes, by view ("results", "explorer", …)
 */
public record Settings(
        WindowBounds window,
        Theme theme,
        Path lastStore,
        List<Path> recentFiles,
        BenchmarkDefaults benchmark,
        Map<String, List<Double>> dividers) {

    public static final int MAX_RECENT = 10;

    public Settings {
        Objects.requireNonNull(theme, "theme");
        recentFiles = List.copyOf(recentFiles.size() > MAX_RECENT ? recentFiles.subList(0, MAX_RECENT) : recentFiles);
        benchmark = benchmark == null ? BenchmarkDefaults.NONE : benchmark;
        dividers = dividers == null ? Map.of() : Map.copyOf(dividers);
    }

    /** Settings without benchmark defaults and divider positions. */
    public Settings(WindowBounds window, Theme theme, Path lastStore, List<Path> recentFiles) {
        this(window, theme, lastStore, recentFiles, BenchmarkDefaults.NONE, Map.of());
    }

    public static Settings defaults() {
        return new Settings(null, Theme.LIGHT, null, List.of());
    }

    public Settings withWindow(WindowBounds bounds) {
        return new Settings(bounds, theme, lastStore, recentFiles, benchmark, dividers);
    }

    public Settings withTheme(Theme newTheme) {
        return new Settings(window, newTheme, lastStore, recentFiles, benchmark, dividers);
    }

    public Settings withLastStore(Path store) {
        return new Settings(window, theme, store, recentFiles, benchmark, dividers);
    }

    public Settings withBenchmark(BenchmarkDefaults defaults) {
        return new Settings(window, theme, lastStore, recentFiles, defaults, dividers);
    }

    /** With {@code view}'s split pane dividers at {@code positions} (0 to 1 each). */
    public Settings withDividers(String view, List<Double> positions) {
        Map<String, List<Double>> all = new java.util.TreeMap<>(dividers);
        all.put(view, List.copyOf(positions));
        return new Settings(window, theme, lastStore, recentFiles, benchmark, all);
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
        return new Settings(window, theme, lastStore, recent, benchmark, dividers);
    }
}
