package org.tracelab.core.record;

import java.util.List;
import java.util.Objects;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.Curation;
import org.tracelab.core.trace.SourceVerdict;
import org.tracelab.core.trace.TaskRecord;

/**
 * One chain in portable form: the task, the rollout coordinates (mode, seed, fork), the model, every attempt
 * with its request messages, output, verdicts with evidence and flags, and the final verdicts. Written and read
 * as one JSON object per line by {@link ComplianceEvalRecordWriter} and {@link ComplianceEvalRecordReader},
 * always validated against {@code compliance-eval-record.schema.json}.
 *
 * @param schema            always {@link #SCHEMA}
 * @param schemaVersion     always {@link #SCHEMA_VERSION}
 * @param seed              null when unknown
 * @param finalAttemptIndex the attempt whose verdicts count; null for a chain that never finished
 * @param finalStrict       the final attempt follows every instruction strictly (null when unfinished)
 * @param finalLoose        the final attempt follows every instruction loosely (null when unfinished)
 * @param sourceVerdict     the importing tool's own verdict, null for Tracelab's own runs
 * @param curation          null when nobody curated the chain
 */
public record ComplianceEvalRecord(String schema, int schemaVersion, RecordRun run, TaskRecord task, String mode,
        Long seed, int fork, List<Attempt> attempts, Integer finalAttemptIndex, Boolean finalStrict,
        Boolean finalLoose, SourceVerdict sourceVerdict, Curation curation) {

    public static final String SCHEMA = "tracelab.compliance-eval-record";
    public static final int SCHEMA_VERSION = 1;

    public ComplianceEvalRecord {
        if (!SCHEMA.equals(schema) || schemaVersion != SCHEMA_VERSION) {
            throw new IllegalArgumentException("not a " + SCHEMA + " version " + SCHEMA_VERSION + ": " + schema
                    + " version " + schemaVersion);
        }
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(mode, "mode");
        attempts = List.copyOf(attempts);
        for (int i = 0; i < attempts.size(); i++) {
            if (attempts.get(i).index() != i) {
                throw new IllegalArgumentException("attempt " + i + " carries index " + attempts.get(i).index());
            }
        }
        if (finalAttemptIndex != null && (finalAttemptIndex < 0 || finalAttemptIndex >= attempts.size())) {
            throw new IllegalArgumentException("final attempt " + finalAttemptIndex + " is not one of the "
                    + attempts.size() + " attempts");
        }
        if ((finalAttemptIndex == null) != (finalStrict == null) || (finalStrict == null) != (finalLoose == null)) {
            throw new IllegalArgumentException("finalAttemptIndex, finalStrict and finalLoose are set together");
        }
    }

    /** A record of the current schema version. */
    public static ComplianceEvalRecord of(RecordRun run, TaskRecord task, String mode, Long seed, int fork,
            List<Attempt> attempts, Integer finalAttemptIndex, Boolean finalStrict, Boolean finalLoose,
            SourceVerdict sourceVerdict, Curation curation) {
        return new ComplianceEvalRecord(SCHEMA, SCHEMA_VERSION, run, task, mode, seed, fork, attempts,
                finalAttemptIndex, finalStrict, finalLoose, sourceVerdict, curation);
    }
}
