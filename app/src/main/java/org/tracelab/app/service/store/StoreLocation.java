package org.tracelab.app.service.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the user's trace store lives when no {@code --db} is given: {@code $TRACELAB_DB}, else the platform's
 * data folder ({@code $XDG_DATA_HOME/tracelab} or {@code ~/.local/share/tracelab} on Linux,
 * {@code ~/Library/Application Support/Tracelab} on macOS, {@code %APPDATA%\Tracelab} on Windows).
 */
public final class StoreLocation {

    public static final String FILE_NAME = "traces.tracelab.db";
    /** The illustrative sample store's file, beside the default store. */
    public static final String SAMPLES_FILE_NAME = "tracelab-samples.tracelab.db";

    private StoreLocation() {}

    public static Path resolve(Path option) {
        return resolve(
                option, System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static Path resolve(Path option, Map<String, String> env, String osName, Path home) {
        if (option != null) {
            return option;
        }
        String configured = env.get("TRACELAB_DB");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return dataFolder(env, osName.toLowerCase(Locale.ROOT), home).resolve(FILE_NAME);
    }

    /**
     * The illustrative sample store: always in the platform's data folder, since {@code $TRACELAB_DB} names the
     * user's own store, which illustrations must not be mixed into.
     */
    public static Path samplesStore() {
        return dataFolder().resolve(SAMPLES_FILE_NAME);
    }

    static Path samplesStore(Map<String, String> env, String osName, Path home) {
        return dataFolder(env, osName.toLowerCase(Locale.ROOT), home).resolve(SAMPLES_FILE_NAME);
    }

    /** The platform's data folder for Tracelab (the store's default folder), whatever {@code $TRACELAB_DB} says. */
    public static Path dataFolder() {
        return dataFolder(
                System.getenv(),
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT),
                Path.of(System.getProperty("user.home")));
    }

    /** Where downloaded datasets are kept: {@code datasets} in the data folder. */
    public static Path datasetCache() {
        return dataFolder().resolve("datasets");
    }

    private static Path dataFolder(Map<String, String> env, String os, Path home) {
        if (os.startsWith("mac")) {
            return home.resolve("Library/Application Support/Tracelab");
        }
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData == null ? home.resolve("AppData/Roaming") : Path.of(appData)).resolve("Tracelab");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg == null || xdg.isBlank() ? home.resolve(".local/share") : Path.of(xdg)).resolve("tracelab");
    }
}
