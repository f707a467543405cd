package org.tracelab.app.service.pairs;

import java.util.Map;
import java.util.Objects;
import org.tracelab.app.service.store.OpenStore;
import org.tracelab.core.trace.Curation;
import org.tracelab.core.trace.CurationTarget;

/**
 * A person's decisions about pairs and chains (include, exclude, a note), which export honours. Each call is
 * committed before it returns: the writer batches by size and age, and a decision made by hand must neither wait
 * for the next batch nor be lost to a crash right after it.
 */
public final class CurationService {

    private final OpenStore store;

    public CurationService(OpenStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Saves one decision. */
    public void curate(CurationTarget target, Curation curation) {
        store.writer().curate(target, curation);
        store.writer().commit();
    }

    /** Saves several decisions in one transaction: all or none. */
    public void curateAll(Map<CurationTarget, Curation> decisions) {
        store.writer().inTransaction(writer -> {
            decisions.forEach(writer::curate);
            return null;
        });
    }
}
