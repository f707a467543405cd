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
 * always validated against {@code compliance-eval-record.schema.json}. The shape is a contract other tools parse
 * (ADR 0005; {@code docs/records.md}): fields are only ever added, and a change an old reader would misread bumps
 * {@link #SCHEMA_VERSION}. Nothing private travels in it: the model is named without credentials or local paths,
 * and a run's resume hints are not part of it.
 *
 * @param schema            always {@link #SCHEMA}
 * @param schemaVersion     always {@link #SCHEMA_VERSION}
 * @param seed              null when unknown
 * @param finalAttemptIndex the attempt whose verdicts count; null for a chain that never finished
 * @param finalStrict       the final attempt follows every instruction strictly (null when unfinished)
 * @param finalLoose        the final attempt follows every instruction loosely (null when unfinished)
 * @param sourceVerdict     the importing tool's own verdict, null for Tracelab's own runs
 * @param curation          null when nobody curated the chain
 * @param storeIds          the ids the exporting store gave the run, chain and attempts; null when the record was
 *                          not read from a store
 */
public record ComplianceEvalRecord(
        String schema,
        int schemaVersion,
        RecordRun run,
        TaskRecord task,
        String mode,
        Long seed,
        int fork,
        List<Attempt> attempts,
        Integer finalAttemptIndex,
        Boolean finalStrict,
        Boolean finalLoose,
        SourceVerdict sourceVerdict,
        Curation curation,
        StoreIds storeIds) {

    public static final String SCHEMA = "tracelab.compliance-eval-record";
    /** Version 2: model endpoints and file name without credentials or paths, and {@code storeIds}. */
    public static final int SCHEMA_VERSION = 2;

    public ComplianceEvalRecord {
        if (!SCHEMA.equals(schema) || schemaVersion != SCHEMA_VERSION) {
            throw new IllegalArgumentException(
                    "not a " + SCHEMA + " version " + SCHEMA_VERSION + ": " + schema + " version " + schemaVersion);
        }
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(mode, "mode");
        attempts = List.copyOf(attempts);
        for (int i = 0; i < attempts.size(); i++) {
            if (attempts.get(i).index() != i) {
                throw new IllegalArgumentException(
                        "attempt " + i + " carries index " + attempts.get(i).index());
            }
        }
        if (finalAttemptIndex != null && (finalAttemptIndex < 0 || finalAttemptIndex >= attempts.size())) {
            throw new IllegalArgumentException(
                    "final attempt " + finalAttemptIndex + " is not one of the " + attempts.size() + " attempts");
        }
        if ((finalAttemptIndex == null) != (finalStrict == null) || (finalStrict == null) != (finalLoose == null)) {
            throw new IllegalArgumentException("finalAttemptIndex, finalStrict and finalLoose are set together");
        }
        if (storeIds != null && storeIds.attempts().size() != attempts.size()) {
            throw new IllegalArgumentException(
                    storeIds.attempts().size() + " attempt ids for " + attempts.size() + " attempts");
        }
    }

    /** A record of the current schema version, not read from a store. */
    public static ComplianceEvalRecord of(
            RecordRun run,
            TaskRecord task,
            String mode,
            Long seed,
            int fork,
            List<Attempt> attempts,
            Integer finalAttemptIndex,
            Boolean finalStrict,
            Boolean finalLoose,
            SourceVerdict sourceVerdict,
            Curation curation) {
        return of(
                run,
                task,
                mode,
                seed,
                fork,
                attempts,
                finalAttemptIndex,
                finalStrict,
                finalLoose,
                sourceVerdict,
                curation,
                null);
    }

    /** A record of the current schema version with the ids its store gave it. */
    public static ComplianceEvalRecord of(
            RecordRun run,
            TaskRecord task,
            String mode,
            Long seed,
            int fork,
            List<Attempt> attempts,
            Integer finalAttemptIndex,
            Boolean finalStrict,
            Boolean finalLoose,
            SourceVerdict sourceVerdict,
            Curation curation,
            StoreIds storeIds) {
        return new ComplianceEvalRecord(
                SCHEMA,
                SCHEMA_VERSION,
                run,
                task,
                mode,
                seed,
                fork,
                attempts,
                finalAttemptIndex,
                finalStrict,
                finalLoose,
                sourceVerdict,
                curation,
                storeIds);
    }

    /** The same record without store ids: what a record says about the chain itself. */
    public ComplianceEvalRecord withoutStoreIds() {
        return new ComplianceEvalRecord(
                schema,
                schemaVersion,
                run,
                task,
                mode,
                seed,
                fork,
                attempts,
                finalAttemptIndex,
                finalStrict,
                finalLoose,
                sourceVerdict,
                curation,
                null);
    }
}
