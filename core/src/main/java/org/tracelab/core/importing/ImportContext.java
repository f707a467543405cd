package org.tracelab.core.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.io.FileDigest;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.Strategy;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.core.verify.ResponseVerdict;
import org.tracelab.core.verify.Verifier;

/** What every importer needs: the verifier that re-judges outputs, the flagger and a clock. */
public record ImportContext(Verifier verifier, AttemptFlagger flagger, Clock clock) {

    /** An attempt of strategy {@code imported} holding {@code output}, re-verified against the task. */
    Attempt importedAttempt(
            IfevalTask task,
            List<org.tracelab.core.trace.Message> request,
            String output,
            Long latencyMs,
            String finishReason) {
        ResponseVerdict verdict = verifier.verifyConstraints(task.constraints(), output);
        return new Attempt(
                0,
                null,
                Strategy.IMPORTED,
                request,
                output,
                finishReason,
                null,
                null,
                latencyMs,
                null,
                clock.instant(),
                verdict.instructions(),
                flagger.flags(task, output));
    }

    static TaskRecord taskRecord(IfevalTask task) {
        return task.toRecord(List.of());
    }

    static String sha256(Path file) {
        try {
            return FileDigest.sha256(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
