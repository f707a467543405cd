package org.tracelab.app.ui;

import java.nio.file.Path;
import org.tracelab.app.ui.samples.SampleStores;
import org.tracelab.core.samples.IllustrativeRunBuilder;

/** A sample store source checked against the FX thread, counting its builds. */
public final class GuardedSampleStores implements SampleStores {

    private final SampleStores delegate;
    private final FxThreadGuard guard;

    public GuardedSampleStores(SampleStores delegate, FxThreadGuard guard) {
        this.delegate = delegate;
        this.guard = guard;
    }

    @Override
    public Path ensureBuilt(IllustrativeRunBuilder.Listener progress) {
        guard.check("ensureBuilt sample store");
        return delegate.ensureBuilt(progress);
    }
}
