package org.tracelab.app.architecture.cycle.right;

import org.tracelab.app.architecture.cycle.left.Left;

/** The other half of the deliberate package cycle of {@link Left}. */
public final class Right {

    Left left;
}
