package org.tracelab.core.importing;

import java.util.List;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.SourceVerdict;
import org.tracelab.core.trace.TaskRecord;

/**
 * One chain read from another tool's trace file, re-verified by Tracelab.
 *
 * @param line   the line of the source file it came from, for error messages
 * @param source the other tool's own verdict, kept beside ours (null when the file has none)
 */
public record ImportedChain(
        long line,
        TaskRecord task,
        String mode,
        Long seed,
        int fork,
        List<Attempt> attempts,
        int finalIndex,
        SourceVerdict source) {

    public ImportedChain {
        attempts = List.copyOf(attempts);
        if (finalIndex < 0 || finalIndex >= attempts.size()) {
            throw new IllegalArgumentException("final attempt " + finalIndex + " of " + attempts.size());
        }
    }
}
