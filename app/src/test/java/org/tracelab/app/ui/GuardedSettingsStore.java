package org.tracelab.app.ui;

import org.tracelab.app.ui.settings.Settings;
import org.tracelab.app.ui.settings.SettingsStore;

/** A settings store whose loads and saves are checked against the FX thread. */
public final class GuardedSettingsStore implements SettingsStore {

    private final SettingsStore delegate;
    private final FxThreadGuard guard;

    public GuardedSettingsStore(SettingsStore delegate, FxThreadGuard guard) {
        this.delegate = delegate;
        this.guard = guard;
    }

    @Override
    public Settings load() {
        guard.check("settings load");
        return delegate.load();
    }

    @Override
    public void save(Settings settings) {
        guard.check("settings save");
        delegate.save(settings);
    }
}
