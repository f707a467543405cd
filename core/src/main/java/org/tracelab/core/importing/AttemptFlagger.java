package org.tracelab.core.importing;

import java.util.List;
import org.tracelab.core.dataset.IfevalTask;

/** Flags an imported output (gaming, refusal, …). Flags never change verdicts. */
@FunctionalInterface
public interface AttemptFlagger {

    List<String> flags(IfevalTask task, String output);
}
