package org.tracelab.app.architecture.cycle.left;

import org.tracelab.app.architecture.cycle.right.Right;

/** Half of a deliberate package cycle: the companion tests of {@code ArchitectureTest} prove the cycle rule sees it. */
public final class Left {

    Right right;
}
