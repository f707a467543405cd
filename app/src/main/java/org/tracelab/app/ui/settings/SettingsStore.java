package org.tracelab.app.ui.settings;

/** Loads and saves the app's {@link Settings}; both do file I/O, so never call them on the FX thread. */
public interface SettingsStore {

    /** The saved settings, or the defaults when there are none or they cannot be read. */
    Settings load();

    /** Saves atomically: a reader sees the previous settings or these, never a half-written file. */
    void save(Settings settings);
}
