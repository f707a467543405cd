package org.tracelab.app.ui;

import java.util.function.BooleanSupplier;
import org.tracelab.app.service.bench.IfevalDownloads;
import org.tracelab.core.dataset.DownloadListener;
import org.tracelab.core.dataset.IfevalDownload;

/** Real IFEval downloads, checked against the FX thread. */
public final class GuardedIfevalDownloads implements IfevalDownloads {

    private final IfevalDownloads delegate;
    private final FxThreadGuard guard;

    public GuardedIfevalDownloads(IfevalDownloads delegate, FxThreadGuard guard) {
        this.delegate = delegate;
        this.guard = guard;
    }

    @Override
    public IfevalDownload obtain(DownloadListener listener, BooleanSupplier cancelled) {
        guard.check("obtain IFEval");
        return delegate.obtain(listener, cancelled);
    }
}
