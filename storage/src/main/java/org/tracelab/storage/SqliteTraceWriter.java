package org.tracelab.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteException;
import org.tracelab.core.record.ComplianceEvalRecord;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.CallFault;
import org.tracelab.core.trace.ChainKey;
import org.tracelab.core.trace.Curation;
import org.tracelab.core.trace.CurationTarget;
import org.tracelab.core.trace.Flags;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.trace.RunStatus;
import org.tracelab.core.trace.SourceVerdict;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.core.verify.InstructionVerdict;

/**
 * {@link TraceWriter} on one SQLite connection. Outside {@link #inTransaction} each public call runs inside a
 * savepoint, so a call that fails half-way leaves nothing of itself in the open batch; inside it the outer
 * transaction is the unit (a failed call dooms it, so it rolls back whole even if the failure was caught).
 * Batches commit by size, by age (a daemon thread checks) or on request. The outputs of a batch's attempts are
 * added to the full-text index in one statement just before the batch commits (see {@link #indexPendingText}).
 * After a commit the {@link WalCheckpointer} copies the batch into the database file on its own thread.
 */
final class SqliteTraceWriter implements TraceWriter, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteTraceWriter.class);

    private final Connection connection;
    private final WalCheckpointer checkpointer;
    private final WriterSettings settings;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final ScheduledExecutorService flusher;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    /** SQL of the multi-row verdict INSERT by verdict count (see {@link #verdictInsertSql}). */
    private String[] verdictInserts = new String[8];
    /** Chains begun or appended to by this writer and not finished; cleared on any rollback. */
    private final Map<Long, OpenChain> openChains = new HashMap<>();
    /** Tasks by run and dataset key; cleared on any rollback. */
    private final Map<String, TaskRow> tasks = new HashMap<>();
    /**
     * Next free id of {@code chains} and {@code attempts}, handed out here instead of read back with RETURNING
     * (which runs every INSERT as a trigger program with a statement journal, nearly doubling its cost). Read as
     * {@code max(id) + 1} inside the write transaction, which holds the file's write lock, so no other process can
     * take the same id; forgotten when the transaction ends, so the next one reads them again.
     */
    private final Map<String, Long> nextIds = new HashMap<>();
    /** Endpoint ids by address; rows are never deleted, so only a rollback (of a new row) makes one stale. */
    private final Map<String, Long> endpointIds = new HashMap<>();

    private final String storeName;
    /** A write transaction (BEGIN IMMEDIATE) is open on the connection. */
    private boolean transactionOpen;
    /** Undoes the partial writes of the running savepoint-less call (see {@link #write}); null when none. */
    private SqlWork<Void> undo;

    /** Attempts carry an index below this: the full-text rowid is {@code (chain_id << 20) + idx}. */
    static final int MAX_ATTEMPTS_PER_CHAIN = 1 << 20;

    private int pending;
    /** Smallest attempt id written in the open transaction and not yet in the full-text index, or -1. */
    private long firstUnindexedAttemptId = -1;
    /** A call failed inside {@link #inTransaction} (no savepoint there): the transaction must roll back. */
    private boolean transactionDoomed;

    private long oldestPendingNanos;
    private int operationDepth;
    private int transactionDepth;
    private boolean closed;

    SqliteTraceWriter(
            Connection connection,
            WalCheckpointer checkpointer,
            WriterSettings settings,
            Clock clock,
            String storeName) {
        this.connection = connection;
        this.checkpointer = checkpointer;
        this.settings = settings;
        this.clock = clock;
        this.storeName = storeName;
        try {
            // Transactions are begun here, IMMEDIATE and only when there is something to write (see begin()), and
            // ended here with COMMIT or ROLLBACK statements. The driver is kept out of it: in its auto-commit mode it
            // would try a "begin" after every statement to detect a transaction (a step per statement, a sixth of the
            // writing thread's time), so it stays in manual mode, and the deferred BEGIN it issues on entering that
            // mode is rolled back at once. connection.commit()/rollback() are never called (they would begin again).
            connection.setAutoCommit(false);
            try (java.sql.Statement end = connection.createStatement()) {
                end.execute("ROLLBACK");
            }
            try (java.sql.Statement pragma = connection.createStatement()) {
                // SQLite's own wait for the lock, in slices no longer than the whole wait allowed.
                pragma.execute("PRAGMA busy_timeout = "
                        + Math.max(
                                1,
                                Math.min(
                                        Connections.BUSY_TIMEOUT_MS,
                                        settings.lockWait().toMillis())));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot prepare the writer connection", e);
        }
        flusher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "tracelab-store-flusher");
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(1, settings.maxDelay().toMillis() / 2);
        flusher.scheduleWithFixedDelay(this::commitIfDue, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public long createRun(RunInfo run) {
        return write("create run", () -> {
            PreparedStatement insert = statement("""
                    INSERT INTO runs (name, created_at, finished_at, status, model_backend, model_name,
                        model_endpoints_json, model_file_name, model_file_sha256, sampling_params_json, dataset_name,
                        dataset_sha256, dataset_task_count, modes_json, seeds_json, forks, verifier_version, notes,
                        dataset_format, local_dataset_path, local_model_path)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""");
            insert.setString(1, run.name());
            insert.setLong(2, run.createdAt().toEpochMilli());
            setNullableLong(
                    insert,
                    3,
                    run.finishedAt() == null ? null : run.finishedAt().toEpochMilli());
            insert.setString(4, run.status().wireName());
            insert.setString(5, run.model().backend());
            insert.setString(6, run.model().name());
            insert.setString(7, JsonColumns.write(run.model().endpoints()));
            insert.setString(8, run.model().fileName());
            insert.setString(9, run.model().fileSha256());
            insert.setString(10, JsonColumns.objectOf(run.model().samplingParams()));
            insert.setString(11, run.dataset().name());
            insert.setString(12, run.dataset().fileSha256());
            insert.setInt(13, run.dataset().taskCount());
            insert.setString(14, JsonColumns.write(run.modes()));
            insert.setString(15, JsonColumns.write(run.seeds()));
            insert.setInt(16, run.forks());
            insert.setString(17, run.verifierVersion());
            insert.setString(18, run.notes());
            insert.setString(19, run.dataset().format());
            insert.setString(20, run.resumeHints().datasetPath());
            insert.setString(21, run.resumeHints().modelFilePath());
            return returnedId(insert);
        });
    }

    @Override
    public void finishRun(long runId, RunStatus status, Instant finishedAt) {
        write("finish run " + runId, () -> {
            PreparedStatement update = statement("UPDATE runs SET status = ?, finished_at = ? WHERE id = ?");
            update.setString(1, status.wireName());
            update.setLong(2, finishedAt.toEpochMilli());
            update.setLong(3, runId);
            requireOneRow(update.executeUpdate(), "run " + runId);
            return null;
        });
        commit();
    }

    @Override
    public void setVerifierVersion(long runId, String verifierVersion) {
        write("set verifier version of run " + runId, () -> {
            PreparedStatement update = statement("UPDATE runs SET verifier_version = ? WHERE id = ?");
            update.setString(1, Objects.requireNonNull(verifierVersion, "verifierVersion"));
            update.setLong(2, runId);
            requireOneRow(update.executeUpdate(), "run " + runId);
            return null;
        });
    }

    /**
     * Copies the whole log into the file and empties it, so the file system gets the space back now. A checkpoint
     * of the background checkpointer makes SQLite answer "busy" at once (its busy handler does not wait for
     * another checkpoint): tried again for up to {@link Connections#BUSY_TIMEOUT_MS}, then left to later ones.
     */
    private static void truncateLog(java.sql.Statement statement) throws SQLException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Connections.BUSY_TIMEOUT_MS);
        while (true) {
            try (ResultSet result = statement.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                if (!result.next() || result.getInt(1) == 0 || System.nanoTime() > deadline) {
                    return;
                }
            }
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    @Override
    public void renameRun(long runId, String name) {
        write("rename run " + runId, () -> {
            PreparedStatement update = statement("UPDATE runs SET name = ? WHERE id = ?");
            update.setString(1, Objects.requireNonNull(name, "name"));
            update.setLong(2, runId);
            requireOneRow(update.executeUpdate(), "run " + runId);
            return null;
        });
        commit();
    }

    @Override
    public void setRunNotes(long runId, String notes) {
        write("set notes of run " + runId, () -> {
            PreparedStatement update = statement("UPDATE runs SET notes = ? WHERE id = ?");
            update.setString(1, notes == null || notes.isBlank() ? null : notes);
            update.setLong(2, runId);
            requireOneRow(update.executeUpdate(), "run " + runId);
            return null;
        });
        commit();
    }

    @Override
    public void deleteRun(long runId) {
        inTransaction(writer -> write("delete run " + runId, () -> {
            PreparedStatement delete = statement("DELETE FROM runs WHERE id = ?");
            delete.setLong(1, runId);
            requireOneRow(delete.executeUpdate(), "run " + runId);
            return null;
        }));
        lock.lock();
        try {
            forgetCaches();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void recordRunSource(long runId, String format, String fileName, String fileSha256) {
        write("record the source of run " + runId, () -> {
            PreparedStatement insert = statement("INSERT OR REPLACE INTO run_sources (run_id, format, file_name, "
                    + "file_sha256) VALUES (?, ?, ?, ?)");
            insert.setLong(1, runId);
            insert.setString(2, format);
            insert.setString(3, fileName);
            insert.setString(4, fileSha256);
            insert.executeUpdate();
            return null;
        });
    }

    /**
     * Rewrites the database file without the free pages a deletion left ({@code VACUUM}); the checkpointer then
     * copies the log into the file. Other writes wait meanwhile; readers go on.
     */
    void vacuum() {
        lock.lock();
        try {
            ensureOpen();
            if (transactionDepth > 0) {
                throw new StoreException("cannot reclaim space inside a transaction");
            }
            commitPending();
            // No transaction is open now (this writer begins its own, and the driver's was rolled back when the
            // writer was made), which VACUUM needs; the driver's auto-commit switch is left alone, as everywhere.
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.execute("VACUUM");
                truncateLog(statement);
            } finally {
                forgetCaches();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot reclaim the store's free space: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long putTask(long runId, TaskRecord task) {
        return write("put task " + task.datasetKey(), () -> {
            String instructionIds = JsonColumns.write(task.instructionIds());
            String kwargs = JsonColumns.write(task.kwargs());
            String feasibility = JsonColumns.write(task.feasibilityFlags());
            String levels = JsonColumns.levels(task.levels());
            String provenance = task.provenance() == null ? null : JsonColumns.write(task.provenance());
            PreparedStatement find = statement("""
                    SELECT id, prompt, instruction_ids_json, kwargs_json, feasibility_flags_json, levels_json,
                        provenance_json
                    FROM tasks WHERE run_id = ? AND dataset_key = ?""");
            find.setLong(1, runId);
            find.setString(2, task.datasetKey());
            try (ResultSet row = find.executeQuery()) {
                if (row.next()) {
                    boolean same = task.prompt().equals(row.getString(2))
                            && instructionIds.equals(row.getString(3))
                            && kwargs.equals(row.getString(4))
                            && feasibility.equals(row.getString(5))
                            && Objects.equals(levels, row.getString(6))
                            && Objects.equals(provenance, row.getString(7));
                    if (!same) {
                        throw new StoreException(
                                "run " + runId + " already has a different task with key " + task.datasetKey());
                    }
                    return row.getLong(1);
                }
            }
            PreparedStatement insert = statement("""
                    INSERT INTO tasks (run_id, dataset_key, prompt, instruction_ids_json, kwargs_json,
                        feasibility_flags_json, instruction_count, levels_json, provenance_json)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""");
            insert.setLong(1, runId);
            insert.setString(2, task.datasetKey());
            insert.setString(3, task.prompt());
            insert.setString(4, instructionIds);
            insert.setString(5, kwargs);
            insert.setString(6, feasibility);
            insert.setInt(7, task.instructionIds().size());
            insert.setString(8, levels);
            insert.setString(9, provenance);
            long taskId = returnedId(insert);
            PreparedStatement instruction =
                    statement("INSERT OR IGNORE INTO task_instructions (task_id, instruction_id) VALUES (?, ?)");
            for (String instructionId : task.instructionIds()) {
                instruction.setLong(1, taskId);
                instruction.setString(2, instructionId);
                instruction.executeUpdate();
            }
            tasks.put(
                    taskKey(runId, task.datasetKey()),
                    new TaskRow(taskId, task.instructionIds().size(), task.prompt()));
            return taskId;
        });
    }

    @Override
    public ChainHandle beginChain(ChainKey key) {
        // Both statements land in the same batch transaction; a stale open chain is only ever replaced by its redo.
        return write(() -> "begin chain " + key, false, () -> {
            TaskRow task = tasks.get(taskKey(key.runId(), key.datasetKey()));
            if (task == null) {
                PreparedStatement find = statement(
                        "SELECT id, instruction_count, prompt FROM tasks WHERE run_id = ? AND dataset_key = ?");
                find.setLong(1, key.runId());
                find.setString(2, key.datasetKey());
                try (ResultSet row = find.executeQuery()) {
                    if (!row.next()) {
                        throw new StoreException(
                                "run " + key.runId() + " has no task " + key.datasetKey() + "; put the task first");
                    }
                    task = new TaskRow(row.getLong(1), row.getInt(2), row.getString(3));
                }
                tasks.put(taskKey(key.runId(), key.datasetKey()), task);
            }
            // A chain left open by a crash or a cancel is redone from scratch on resume: drop it and its attempts.
            PreparedStatement open = statement("""
                    SELECT id FROM chains WHERE run_id = ? AND task_id = ? AND mode = ?
                    AND ifnull(seed, 'none') = ifnull(?, 'none') AND fork = ? AND status = 'open'""");
            open.setLong(1, key.runId());
            open.setLong(2, task.id());
            open.setString(3, key.mode());
            setNullableLong(open, 4, key.seed());
            open.setInt(5, key.fork());
            try (ResultSet row = open.executeQuery()) {
                if (row.next()) {
                    long stale = row.getLong(1);
                    PreparedStatement discard = statement("DELETE FROM chains WHERE id = ?");
                    discard.setLong(1, stale);
                    discard.executeUpdate();
                    openChains.remove(stale);
                }
            }
            PreparedStatement insert = statement("""
                    INSERT INTO chains (id, run_id, task_id, mode, seed, fork, status)
                    VALUES (?, ?, ?, ?, ?, ?, 'open')""");
            long chainId = nextId("chains");
            insert.setLong(1, chainId);
            insert.setLong(2, key.runId());
            insert.setLong(3, task.id());
            insert.setString(4, key.mode());
            setNullableLong(insert, 5, key.seed());
            insert.setInt(6, key.fork());
            insert.executeUpdate();
            nextIds.put("chains", chainId + 1);
            openChains.put(chainId, new OpenChain(task.prompt()));
            return new ChainHandle(chainId, key.runId(), task.instructionCount());
        });
    }

    @Override
    public ChainHandle resumeChain(ChainKey key) {
        return write(() -> "resume chain " + key, true, () -> {
            PreparedStatement find = statement("""
                    SELECT c.id, t.instruction_count FROM chains c JOIN tasks t ON t.id = c.task_id
                    WHERE c.run_id = ? AND t.dataset_key = ? AND c.mode = ? AND ifnull(c.seed, 'none') = ifnull(?, 'none')
                    AND c.fork = ? AND c.status = 'open'""");
            find.setLong(1, key.runId());
            find.setString(2, key.datasetKey());
            find.setString(3, key.mode());
            setNullableLong(find, 4, key.seed());
            find.setInt(5, key.fork());
            long chainId;
            int instructions;
            try (ResultSet row = find.executeQuery()) {
                if (!row.next()) {
                    throw new StoreException("no unfinished chain " + key + " to resume");
                }
                chainId = row.getLong(1);
                instructions = row.getInt(2);
            }
            openChain(chainId);
            return new ChainHandle(chainId, key.runId(), instructions);
        });
    }

    @Override
    public void recordFault(CallFault fault) {
        write("record a fault of run " + fault.runId(), () -> {
            Long endpoint = endpointId(fault.endpoint());
            PreparedStatement insert = statement("""
                    INSERT INTO call_faults (run_id, dataset_key, mode, seed, fork, attempt_index, strategy, endpoint_id,
                        kind, message, started_at, latency_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
            insert.setLong(1, fault.runId());
            insert.setString(2, fault.datasetKey());
            insert.setString(3, fault.mode());
            setNullableLong(insert, 4, fault.seed());
            insert.setInt(5, fault.fork());
            insert.setInt(6, fault.attemptIndex());
            insert.setString(7, fault.strategy().wireName());
            setNullableLong(insert, 8, endpoint);
            insert.setString(9, fault.kind());
            insert.setString(10, fault.message());
            insert.setLong(11, fault.startedAt().toEpochMilli());
            insert.setLong(12, fault.latencyMs());
            insert.executeUpdate();
            return null;
        });
    }

    /** The id of an endpoint's row, added on first sight; null for an unknown endpoint. */
    private Long endpointId(String address) throws SQLException {
        if (address == null) {
            return null;
        }
        Long cached = endpointIds.get(address);
        if (cached != null) {
            return cached;
        }
        PreparedStatement find = statement("SELECT id FROM endpoints WHERE address = ?");
        find.setString(1, address);
        long id;
        try (ResultSet row = find.executeQuery()) {
            if (row.next()) {
                id = row.getLong(1);
            } else {
                PreparedStatement insert = statement("INSERT INTO endpoints (address) VALUES (?) RETURNING id");
                insert.setString(1, address);
                id = returnedId(insert);
            }
        }
        endpointIds.put(address, id);
        return id;
    }

    @Override
    public long appendAttempt(ChainHandle chain, Attempt attempt) {
        // Everything that can be checked is checked before the first write; the INSERT of the attempt is atomic,
        // and should a later statement fail, deleting the attempt (verdicts and flags cascade) undoes the call.
        return write(() -> "append attempt " + attempt.index() + " to chain " + chain.chainId(), false, () -> {
            OpenChain open = openChain(chain.chainId());
            if (attempt.index() != open.size()) {
                throw new StoreException(
                        "chain " + chain.chainId() + " expects attempt " + open.size() + ", got " + attempt.index());
            }
            if (attempt.index() >= MAX_ATTEMPTS_PER_CHAIN) {
                throw new StoreException(
                        "chain " + chain.chainId() + " cannot hold more than " + MAX_ATTEMPTS_PER_CHAIN + " attempts");
            }
            if (!attempt.verdicts().isEmpty() && attempt.verdicts().size() != chain.instructionCount()) {
                throw new StoreException("attempt " + attempt.index() + " of chain " + chain.chainId() + " has "
                        + attempt.verdicts().size() + " verdicts for " + chain.instructionCount() + " instructions");
            }
            requireVerdictOrder(attempt.verdicts());
            attempt.flags().forEach(Flags::requireWellFormed);
            // A new endpoint's row may be left behind should the attempt fail: harmless, it is only a name.
            Long endpoint = endpointId(attempt.endpoint());
            PreparedStatement insert = statement("""
                    INSERT INTO attempts (id, chain_id, idx, parent_idx, strategy, request_json, output, finish_reason,
                        prompt_tokens, completion_tokens, latency_ms, error_kind, error_message, created_at,
                        endpoint_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
            long attemptId = nextId("attempts");
            insert.setLong(1, attemptId);
            insert.setLong(2, chain.chainId());
            insert.setInt(3, attempt.index());
            setNullableLong(
                    insert,
                    4,
                    attempt.parentIndex() == null ? null : attempt.parentIndex().longValue());
            insert.setString(5, attempt.strategy().wireName());
            insert.setString(6, RequestJson.encode(attempt.request(), open.prompt, open.outputs));
            insert.setString(7, attempt.output());
            insert.setString(8, attempt.finishReason());
            setNullableLong(
                    insert,
                    9,
                    attempt.promptTokens() == null
                            ? null
                            : attempt.promptTokens().longValue());
            setNullableLong(
                    insert,
                    10,
                    attempt.completionTokens() == null
                            ? null
                            : attempt.completionTokens().longValue());
            setNullableLong(insert, 11, attempt.latencyMs());
            insert.setString(
                    12, attempt.error() == null ? null : attempt.error().kind());
            insert.setString(
                    13, attempt.error() == null ? null : attempt.error().message());
            insert.setLong(14, attempt.createdAt().toEpochMilli());
            setNullableLong(insert, 15, endpoint);
            insert.executeUpdate();
            nextIds.put("attempts", attemptId + 1);
            undo = () -> {
                PreparedStatement delete = statement("DELETE FROM attempts WHERE id = ?");
                delete.setLong(1, attemptId);
                delete.executeUpdate();
                return null;
            };
            if (firstUnindexedAttemptId < 0 || attemptId < firstUnindexedAttemptId) {
                firstUnindexedAttemptId = attemptId;
            }
            insertVerdicts(attemptId, attempt.verdicts());
            insertFlags(attemptId, attempt.flags());
            open.add(attemptId, attempt.output(), attempt.verdicts());
            return attemptId;
        });
    }

    @Override
    public void finishChain(ChainHandle chain, int finalAttemptIndex) {
        // Known open chains (begun here): the final attempt's id and verdict counts are at hand, no queries. The
        // chain row is updated first; should copying the final verdicts fail, the chain is set open again.
        write(() -> "finish chain " + chain.chainId(), false, () -> {
            OpenChain open = openChains.get(chain.chainId());
            if (open != null && finalAttemptIndex >= 0 && finalAttemptIndex < open.size()) {
                long attemptId = open.attemptIds[finalAttemptIndex];
                setFinal(
                        chain.chainId(),
                        attemptId,
                        chain.instructionCount(),
                        open.verdictCounts(finalAttemptIndex),
                        false);
                undo = () -> {
                    PreparedStatement reopen = statement("""
                            UPDATE chains SET status = 'open', final_attempt_id = NULL, final_strict = NULL,
                                final_loose = NULL, final_instructions = NULL, final_instructions_strict = NULL,
                                final_instructions_loose = NULL WHERE id = ?""");
                    reopen.setLong(1, chain.chainId());
                    reopen.executeUpdate();
                    PreparedStatement forget = statement("DELETE FROM chain_final_verdicts WHERE chain_id = ?");
                    forget.setLong(1, chain.chainId());
                    forget.executeUpdate();
                    return null;
                };
                copyFinalVerdicts(chain.chainId(), attemptId);
            } else {
                // Not begun by this writer (or a bad index): look it up; runs in a savepoint (below).
                finishStoredChain(chain, finalAttemptIndex);
            }
            openChains.remove(chain.chainId());
            return null;
        });
    }

    private void finishStoredChain(ChainHandle chain, int finalAttemptIndex) throws SQLException {
        PreparedStatement find = statement("SELECT id FROM attempts WHERE chain_id = ? AND idx = ?");
        find.setLong(1, chain.chainId());
        find.setInt(2, finalAttemptIndex);
        long attemptId;
        try (ResultSet row = find.executeQuery()) {
            if (!row.next()) {
                throw new StoreException("chain " + chain.chainId() + " has no attempt " + finalAttemptIndex);
            }
            attemptId = row.getLong(1);
        }
        boolean savepoint = operationDepth == 1 && transactionDepth == 0;
        if (savepoint) {
            statement("SAVEPOINT finish").executeUpdate();
        }
        try {
            setFinal(chain.chainId(), attemptId, chain.instructionCount(), null, true);
            copyFinalVerdicts(chain.chainId(), attemptId);
        } catch (SQLException | RuntimeException e) {
            if (savepoint) {
                statement("ROLLBACK TO finish").executeUpdate();
                statement("RELEASE finish").executeUpdate();
            }
            throw e;
        }
        if (savepoint) {
            statement("RELEASE finish").executeUpdate();
        }
    }

    @Override
    public void setSourceVerdict(long chainId, SourceVerdict verdict) {
        write("set source verdict of chain " + chainId, () -> {
            PreparedStatement upsert = statement("""
                    INSERT OR REPLACE INTO source_verdicts (chain_id, tool, pass, violations_json) VALUES (?, ?, ?, ?)""");
            upsert.setLong(1, chainId);
            upsert.setString(2, verdict.tool());
            upsert.setInt(3, verdict.pass() ? 1 : 0);
            upsert.setString(4, verdict.violations() == null ? null : JsonColumns.write(verdict.violations()));
            upsert.executeUpdate();
            return null;
        });
    }

    @Override
    public void addFlags(long attemptId, Collection<String> flags) {
        write("flag attempt " + attemptId, () -> {
            insertFlags(attemptId, flags);
            return null;
        });
    }

    @Override
    public long createRunGroup(String name, List<Long> runIds) {
        if (name == null || name.isBlank()) {
            throw new StoreException("a run group needs a name");
        }
        return inTransaction(writer -> write("create run group " + name, () -> {
            PreparedStatement insert =
                    statement("INSERT INTO run_groups (name, created_at) VALUES (?, ?) RETURNING id");
            insert.setString(1, name.strip());
            insert.setLong(2, clock.millis());
            long id = returnedId(insert);
            PreparedStatement member =
                    statement("INSERT INTO run_group_members (group_id, run_id, position) VALUES (?, ?, ?)");
            for (int i = 0; i < runIds.size(); i++) {
                member.setLong(1, id);
                member.setLong(2, runIds.get(i));
                member.setInt(3, i);
                member.executeUpdate();
            }
            return id;
        }));
    }

    @Override
    public void deleteRunGroup(long groupId) {
        inTransaction(writer -> write("delete run group " + groupId, () -> {
            PreparedStatement delete = statement("DELETE FROM run_groups WHERE id = ?");
            delete.setLong(1, groupId);
            delete.executeUpdate();
            return null;
        }));
    }

    @Override
    public void curate(CurationTarget target, Curation curation) {
        write("curate " + target, () -> {
            PreparedStatement upsert;
            if (target instanceof CurationTarget.ChainTarget chain) {
                upsert = statement("""
                        INSERT OR REPLACE INTO chain_curation (chain_id, state, note, updated_at) VALUES (?, ?, ?, ?)""");
                upsert.setLong(1, chain.chainId());
                upsert.setString(2, curation.state().wireName());
                upsert.setString(3, curation.note());
                upsert.setLong(4, clock.millis());
            } else if (target instanceof CurationTarget.PairTarget pair) {
                upsert = statement("""
                        INSERT OR REPLACE INTO pair_curation (chosen_attempt_id, rejected_attempt_id, state, note,
                            updated_at) VALUES (?, ?, ?, ?, ?)""");
                upsert.setLong(1, pair.chosenAttemptId());
                upsert.setLong(2, pair.rejectedAttemptId());
                upsert.setString(3, curation.state().wireName());
                upsert.setString(4, curation.note());
                upsert.setLong(5, clock.millis());
            } else {
                throw new StoreException("unknown curation target " + target);
            }
            upsert.executeUpdate();
            return null;
        });
    }

    @Override
    public int replaceVerdicts(long attemptId, List<InstructionVerdict> verdicts) {
        return write("replace verdicts of attempt " + attemptId, () -> {
            PreparedStatement owner = statement("""
                    SELECT c.id, t.instruction_count, c.final_attempt_id FROM attempts a
                    JOIN chains c ON c.id = a.chain_id JOIN tasks t ON t.id = c.task_id WHERE a.id = ?""");
            owner.setLong(1, attemptId);
            long chainId;
            int instructionCount;
            boolean isFinal;
            try (ResultSet row = owner.executeQuery()) {
                if (!row.next()) {
                    throw new StoreException("no attempt " + attemptId);
                }
                chainId = row.getLong(1);
                instructionCount = row.getInt(2);
                isFinal = row.getLong(3) == attemptId;
            }
            if (!verdicts.isEmpty() && verdicts.size() != instructionCount) {
                throw new StoreException("attempt " + attemptId + ": " + verdicts.size() + " verdicts for "
                        + instructionCount + " instructions");
            }
            Map<Integer, Integer> before = new HashMap<>();
            PreparedStatement old =
                    statement("SELECT instruction_index, strict, loose FROM verdicts WHERE attempt_id = ?");
            old.setLong(1, attemptId);
            try (ResultSet rows = old.executeQuery()) {
                while (rows.next()) {
                    before.put(rows.getInt(1), rows.getInt(2) * 2 + rows.getInt(3));
                }
            }
            int changed = 0;
            for (InstructionVerdict verdict : verdicts) {
                Integer was = before.get(verdict.index());
                if (was == null || was != (verdict.strict() ? 2 : 0) + (verdict.loose() ? 1 : 0)) {
                    changed++;
                }
            }
            changed += Math.max(0, before.size() - verdicts.size());
            PreparedStatement delete = statement("DELETE FROM verdicts WHERE attempt_id = ?");
            delete.setLong(1, attemptId);
            delete.executeUpdate();
            insertVerdicts(attemptId, verdicts);
            if (isFinal) {
                setFinal(chainId, attemptId, instructionCount, null, true);
                copyFinalVerdicts(chainId, attemptId);
            }
            return changed;
        });
    }

    @Override
    public long importRecord(long runId, ComplianceEvalRecord record) {
        return write("import record " + record.task().datasetKey(), () -> {
            putTask(runId, record.task());
            ChainHandle chain = beginChain(
                    new ChainKey(runId, record.task().datasetKey(), record.mode(), record.seed(), record.fork()));
            for (Attempt attempt : record.attempts()) {
                appendAttempt(chain, attempt);
            }
            if (record.finalAttemptIndex() != null) {
                finishChain(chain, record.finalAttemptIndex());
            }
            if (record.sourceVerdict() != null) {
                setSourceVerdict(chain.chainId(), record.sourceVerdict());
            }
            if (record.curation() != null) {
                curate(new CurationTarget.ChainTarget(chain.chainId()), record.curation());
            }
            return chain.chainId();
        });
    }

    @Override
    public <T> T inTransaction(Function<TraceWriter, T> work) {
        lock.lock();
        try {
            ensureOpen();
            commitPending();
            transactionDepth++;
            T result;
            try {
                result = work.apply(this);
            } catch (RuntimeException | Error e) {
                transactionDepth--;
                if (transactionDepth == 0) {
                    rollbackPending();
                }
                throw e;
            }
            transactionDepth--;
            if (transactionDepth == 0) {
                if (transactionDoomed) {
                    rollbackPending();
                    throw new StoreException("a write inside the transaction failed, so all of it was rolled back");
                }
                commitPending();
            }
            return result;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void commit() {
        lock.lock();
        try {
            ensureOpen();
            if (transactionDepth == 0) {
                commitPending();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        flusher.shutdownNow();
        lock.lock();
        try {
            if (closed) {
                return;
            }
            if (transactionDepth == 0) {
                commitPending();
            }
            closed = true;
            for (PreparedStatement statement : statements.values()) {
                statement.close();
            }
            // The writer's connection closes last: SQLite then copies what is left and removes the WAL.
            checkpointer.close();
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the writer", e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Copies the final attempt's verdict counts onto the chain and marks it finished, in the open batch.
     * {@code counts} ({verdicts, strict, loose, strict or soft, loose or soft}) when the caller knows them, else
     * they are counted; with {@code mayHaveFinalVerdicts} the chain's earlier copied final verdicts are removed
     * first. The chain passes when every hard instruction does: a soft one is counted but never decides.
     */
    private void setFinal(
            long chainId, long attemptId, int instructionCount, int[] counts, boolean mayHaveFinalVerdicts)
            throws SQLException {
        if (counts == null) {
            PreparedStatement count = statement("""
                    SELECT count(*), coalesce(sum(strict), 0), coalesce(sum(loose), 0), coalesce(sum(strict OR soft), 0),
                        coalesce(sum(loose OR soft), 0)
                    FROM verdicts WHERE attempt_id = ?""");
            count.setLong(1, attemptId);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                counts = new int[] {row.getInt(1), row.getInt(2), row.getInt(3), row.getInt(4), row.getInt(5)};
            }
        }
        int verdicts = counts[0];
        int strict = counts[1];
        int loose = counts[2];
        int strictOrSoft = counts[3];
        int looseOrSoft = counts[4];
        // An unverified final attempt follows nothing: it must not raise a rate.
        boolean complete = verdicts == instructionCount;
        PreparedStatement update = statement("""
                UPDATE chains SET status = 'finished', final_attempt_id = ?, final_strict = ?, final_loose = ?,
                    final_instructions = ?, final_instructions_strict = ?, final_instructions_loose = ?
                WHERE id = ?""");
        update.setLong(1, attemptId);
        update.setInt(2, complete && strictOrSoft == instructionCount ? 1 : 0);
        update.setInt(3, complete && looseOrSoft == instructionCount ? 1 : 0);
        update.setInt(4, instructionCount);
        update.setInt(5, strict);
        update.setInt(6, loose);
        update.setLong(7, chainId);
        requireOneRow(update.executeUpdate(), "chain " + chainId);
        if (mayHaveFinalVerdicts) {
            PreparedStatement forget = statement("DELETE FROM chain_final_verdicts WHERE chain_id = ?");
            forget.setLong(1, chainId);
            forget.executeUpdate();
        }
    }

    /** Mirrors the final attempt's verdicts into {@code chain_final_verdicts} (cross-run instruction filters). */
    private void copyFinalVerdicts(long chainId, long attemptId) throws SQLException {
        PreparedStatement copy = statement("""
                INSERT INTO chain_final_verdicts (instruction_id, strict, loose, chain_id, instruction_index)
                SELECT instruction_id, strict, loose, ?, instruction_index FROM verdicts WHERE attempt_id = ?""");
        copy.setLong(1, chainId);
        copy.setLong(2, attemptId);
        copy.executeUpdate();
    }

    /** All of an attempt's verdicts in one multi-row INSERT (one statement per verdict count, cached). */
    private void insertVerdicts(long attemptId, List<InstructionVerdict> verdicts) throws SQLException {
        if (verdicts.isEmpty()) {
            return;
        }
        requireVerdictOrder(verdicts);
        PreparedStatement insert = statement(verdictInsertSql(verdicts.size()));
        int position = 1;
        for (InstructionVerdict verdict : verdicts) {
            insert.setLong(position++, attemptId);
            insert.setInt(position++, verdict.index());
            insert.setString(position++, verdict.instructionId());
            insert.setInt(position++, verdict.strict() ? 1 : 0);
            insert.setInt(position++, verdict.loose() ? 1 : 0);
            insert.setString(position++, verdict.looseVariant() == null ? null : Enums.wire(verdict.looseVariant()));
            insert.setString(position++, JsonColumns.spans(verdict.evidence()));
            insert.setString(position++, verdict.explanation());
            insert.setInt(position++, verdict.hard() ? 0 : 1);
        }
        insert.executeUpdate();
    }

    /** The INSERT of {@code count} verdicts; built once per count, not per attempt (it is also the cache key). */
    private String verdictInsertSql(int count) {
        if (count >= verdictInserts.length) {
            verdictInserts = java.util.Arrays.copyOf(verdictInserts, count + 1);
        }
        String sql = verdictInserts[count];
        if (sql == null) {
            sql = """
                    INSERT INTO verdicts (attempt_id, instruction_index, instruction_id, strict, loose, loose_variant,
                        evidence_json, explanation, soft) VALUES """ + String.join(", ", java.util.Collections.nCopies(count, "(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            verdictInserts[count] = sql;
        }
        return sql;
    }

    /** Checked before anything is written, so an attempt with misnumbered verdicts writes nothing. */
    private static void requireVerdictOrder(List<InstructionVerdict> verdicts) {
        for (int i = 0; i < verdicts.size(); i++) {
            if (verdicts.get(i).index() != i) {
                throw new StoreException("verdict at position " + i + " carries instruction index "
                        + verdicts.get(i).index());
            }
        }
    }

    private void insertFlags(long attemptId, Collection<String> flags) throws SQLException {
        if (flags.isEmpty()) {
            return;
        }
        PreparedStatement insert = statement("INSERT OR IGNORE INTO attempt_flags (attempt_id, flag) VALUES (?, ?)");
        for (String flag : flags) {
            insert.setLong(1, attemptId);
            insert.setString(2, Flags.requireWellFormed(flag));
            insert.executeUpdate();
        }
    }

    /** The chain's state in this writer, read from the store for a chain not begun here (e.g. after a commit). */
    private OpenChain openChain(long chainId) throws SQLException {
        OpenChain cached = openChains.get(chainId);
        if (cached != null) {
            return cached;
        }
        PreparedStatement find = statement("SELECT status FROM chains WHERE id = ?");
        find.setLong(1, chainId);
        try (ResultSet row = find.executeQuery()) {
            if (!row.next()) {
                throw new StoreException("no chain " + chainId);
            }
            if ("finished".equals(row.getString(1))) {
                throw new StoreException("chain " + chainId + " is finished");
            }
        }
        PreparedStatement prompt =
                statement("SELECT t.prompt FROM chains c JOIN tasks t ON t.id = c.task_id WHERE c.id = ?");
        prompt.setLong(1, chainId);
        OpenChain open;
        try (ResultSet row = prompt.executeQuery()) {
            row.next();
            open = new OpenChain(row.getString(1));
        }
        PreparedStatement attempts = statement("""
                SELECT a.id, a.output, count(v.attempt_id), coalesce(sum(v.strict), 0), coalesce(sum(v.loose), 0),
                    coalesce(sum(v.strict OR v.soft), 0), coalesce(sum(v.loose OR v.soft), 0)
                FROM attempts a LEFT JOIN verdicts v ON v.attempt_id = a.id
                WHERE a.chain_id = ? GROUP BY a.idx ORDER BY a.idx""");
        attempts.setLong(1, chainId);
        try (ResultSet row = attempts.executeQuery()) {
            while (row.next()) {
                open.add(row.getLong(1), row.getString(2), new int[] {
                    row.getInt(3), row.getInt(4), row.getInt(5), row.getInt(6), row.getInt(7)
                });
            }
        }
        openChains.put(chainId, open);
        return open;
    }

    private static String taskKey(long runId, String datasetKey) {
        return runId + "\u0000" + datasetKey;
    }

    /** A task of a run as the writer needs it. */
    private record TaskRow(long id, int instructionCount, String prompt) {}

    /**
     * Ids, outputs and verdict counts of the attempts of a chain that is still open, and its task's prompt: the
     * outputs and the prompt are what later requests of the chain may refer to ({@link RequestJson}).
     */
    private static final class OpenChain {
        /** Verdict counts kept per attempt: verdicts, strict, loose, strict or soft, loose or soft. */
        private static final int COUNTS = 5;

        private final String prompt;
        private final List<String> outputs = new java.util.ArrayList<>(4);
        private long[] attemptIds = new long[4];
        private int[] counts = new int[4 * COUNTS];
        private int size;

        OpenChain(String prompt) {
            this.prompt = prompt;
        }

        int size() {
            return size;
        }

        void add(long attemptId, String output, List<InstructionVerdict> verdicts) {
            int strict = 0;
            int loose = 0;
            int strictOrSoft = 0;
            int looseOrSoft = 0;
            for (InstructionVerdict verdict : verdicts) {
                strict += verdict.strict() ? 1 : 0;
                loose += verdict.loose() ? 1 : 0;
                strictOrSoft += verdict.strict() || !verdict.hard() ? 1 : 0;
                looseOrSoft += verdict.loose() || !verdict.hard() ? 1 : 0;
            }
            add(attemptId, output, new int[] {verdicts.size(), strict, loose, strictOrSoft, looseOrSoft});
        }

        /** {@code verdictCounts}: verdicts, strict, loose, strict or soft, loose or soft. */
        void add(long attemptId, String output, int[] verdictCounts) {
            outputs.add(output);
            if (size == attemptIds.length) {
                attemptIds = java.util.Arrays.copyOf(attemptIds, size * 2);
                counts = java.util.Arrays.copyOf(counts, size * 2 * COUNTS);
            }
            attemptIds[size] = attemptId;
            System.arraycopy(verdictCounts, 0, counts, COUNTS * size, COUNTS);
            size++;
        }

        int[] verdictCounts(int index) {
            return java.util.Arrays.copyOfRange(counts, COUNTS * index, COUNTS * (index + 1));
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    /**
     * Runs one call and commits the batch when it is full. The outermost call outside {@link #inTransaction} runs
     * in a savepoint, so its failure undoes only itself. Nested calls are covered by their caller's savepoint, and
     * calls inside {@link #inTransaction} by the transaction: a failure there dooms it, and it rolls back whole.
     * Validation that can be done before writing is, so most failures write nothing in the first place.
     */
    private <T> T write(String what, SqlWork<T> work) {
        return write(() -> what, true, work);
    }

    /**
     * As above; {@code needsSavepoint = false} for calls whose first write is a single atomic statement and that
     * set {@link #undo} after it: a failure then runs the undo instead of rolling back to a savepoint (saving
     * two statements and the page copies of a savepoint per call). Should the undo fail too, the open batch is
     * rolled back whole and the caller told so.
     */
    private <T> T write(Supplier<String> what, boolean needsSavepoint, SqlWork<T> work) {
        lock.lock();
        try {
            ensureOpen();
            if (transactionDoomed) {
                throw new StoreException("cannot " + what.get() + ": an earlier write of this transaction failed,"
                        + " so the transaction will be rolled back");
            }
            boolean outermost = operationDepth == 0 && transactionDepth == 0;
            boolean savepoint = outermost && needsSavepoint;
            undo = null;
            begin();
            if (savepoint) {
                // Prepared once: savepoints run around every call, parsing them each time halved throughput.
                statement("SAVEPOINT op").executeUpdate();
            }
            operationDepth++;
            T result;
            try {
                result = work.run();
            } catch (SQLException | RuntimeException e) {
                operationDepth--;
                if (savepoint) {
                    statement("ROLLBACK TO op").executeUpdate();
                    statement("RELEASE op").executeUpdate();
                    // Cached chains and tasks may hold rows that were just rolled back.
                    forgetCaches();
                } else if (outermost) {
                    SqlWork<Void> compensation = undo;
                    undo = null;
                    forgetCaches();
                    if (compensation != null) {
                        try {
                            compensation.run();
                        } catch (SQLException | RuntimeException undoFailed) {
                            e.addSuppressed(undoFailed);
                            rollbackPending();
                            throw new StoreException(
                                    "cannot " + what.get() + ": " + e.getMessage()
                                            + "; undoing it failed too, so all uncommitted writes were rolled back",
                                    e);
                        }
                    }
                } else if (transactionDepth > 0) {
                    transactionDoomed = true;
                }
                if (e instanceof StoreException storeException) {
                    throw storeException;
                }
                throw new StoreException("cannot " + what.get() + ": " + e.getMessage(), e);
            }
            operationDepth--;
            if (outermost) {
                undo = null;
            }
            if (savepoint) {
                statement("RELEASE op").executeUpdate();
            }
            pending++;
            if (operationDepth == 0 && transactionDepth == 0 && pending >= settings.batchSize()) {
                commitPending();
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("cannot " + what.get() + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private void commitIfDue() {
        lock.lock();
        try {
            if (closed || !transactionOpen || operationDepth > 0 || transactionDepth > 0) {
                return;
            }
            if (System.nanoTime() - oldestPendingNanos >= settings.maxDelay().toNanos()) {
                commitPending();
            }
        } catch (StoreException e) {
            LOG.error("background commit of the trace store failed; the next write will retry", e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Opens the write transaction if none is: {@code BEGIN IMMEDIATE} takes the file's write lock at once (a
     * deferred transaction that read first could not upgrade after another process committed, SQLITE_BUSY that
     * no waiting cures). The connection's busy timeout waits for another process's transaction; should the lock
     * stay taken for {@link WriterSettings#lockWait()}, the write fails with one line saying so.
     */
    private void begin() throws SQLException {
        if (transactionOpen) {
            return;
        }
        long deadline = System.nanoTime() + settings.lockWait().toNanos();
        while (true) {
            try {
                statement("BEGIN IMMEDIATE").executeUpdate();
                break;
            } catch (SQLiteException e) {
                if (!Connections.isBusy(e)) {
                    throw e;
                }
                if (System.nanoTime() >= deadline) {
                    throw new StoreException(
                            "cannot write to " + storeName + ": another process has held its write "
                                    + "lock for more than "
                                    + settings.lockWait().toSeconds() + " s",
                            e);
                }
                LOG.debug("{} is busy; waiting on for its write lock", storeName);
            }
        }
        transactionOpen = true;
        oldestPendingNanos = System.nanoTime();
    }

    private void commitPending() {
        if (!transactionOpen) {
            return;
        }
        try {
            indexPendingText();
            statement("COMMIT").executeUpdate();
            transactionOpen = false;
            pending = 0;
            nextIds.clear();
            checkpointer.request();
        } catch (SQLException e) {
            throw new StoreException("commit failed: " + e.getMessage(), e);
        }
    }

    private void rollbackPending() {
        try {
            if (transactionOpen) {
                statement("ROLLBACK").executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreException("rollback failed: " + e.getMessage(), e);
        } finally {
            transactionOpen = false;
            pending = 0;
            firstUnindexedAttemptId = -1;
            transactionDoomed = false;
            forgetCaches();
        }
    }

    /**
     * Adds the outputs of the attempts written in the open transaction to the full-text index, in one statement
     * and in rowid order, so FTS5 writes one segment per batch. Done inside the transaction, just before it
     * commits: readers see attempts and their index entries together, and a crash loses both or neither. (Written
     * per attempt, under the per-call savepoints, FTS5 would flush a segment at every savepoint.) Ids are
     * assigned ascending by the one writer, so the batch's attempts are those from the first id on.
     */
    private void indexPendingText() throws SQLException {
        if (firstUnindexedAttemptId < 0) {
            return;
        }
        PreparedStatement index = statement("""
                INSERT INTO attempt_text (rowid, output)
                SELECT (chain_id << 20) + idx, output FROM attempts WHERE id >= ? ORDER BY (chain_id << 20) + idx""");
        index.setLong(1, firstUnindexedAttemptId);
        index.executeUpdate();
        // In the open transaction now: a failed commit keeps them, a rollback drops them with the attempts.
        firstUnindexedAttemptId = -1;
    }

    private void forgetCaches() {
        openChains.clear();
        tasks.clear();
        nextIds.clear();
        endpointIds.clear();
    }

    /** The next free id of {@code table} ({@code chains} or {@code attempts}); the caller advances it. */
    private long nextId(String table) throws SQLException {
        Long next = nextIds.get(table);
        if (next == null) {
            try (ResultSet row =
                    statement("SELECT coalesce(max(id), 0) + 1 FROM " + table).executeQuery()) {
                row.next();
                next = row.getLong(1);
            }
            nextIds.put(table, next);
        }
        return next;
    }

    private void ensureOpen() {
        if (closed) {
            throw new StoreException("the trace store is closed");
        }
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    private static long returnedId(PreparedStatement insert) throws SQLException {
        try (ResultSet keys = insert.executeQuery()) {
            if (!keys.next()) {
                throw new StoreException("insert returned no id");
            }
            return keys.getLong(1);
        }
    }

    private static void setNullableLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, value);
        }
    }

    private static void requireOneRow(int rows, String what) {
        if (rows != 1) {
            throw new StoreException("no " + what);
        }
    }
}
