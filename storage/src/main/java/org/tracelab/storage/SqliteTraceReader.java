package org.tracelab.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.tracelab.core.compare.CompareSide;
import org.tracelab.core.compare.InstructionTally;
import org.tracelab.core.compare.SideTask;
import org.tracelab.core.record.ComplianceEvalRecord;
import org.tracelab.core.record.RecordRun;
import org.tracelab.core.record.StoreIds;
import org.tracelab.core.stats.TallyCollector;
import org.tracelab.core.stats.TaskSeedTally;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.AttemptError;
import org.tracelab.core.trace.CallFault;
import org.tracelab.core.trace.Chain;
import org.tracelab.core.trace.ChainKey;
import org.tracelab.core.trace.ChainStatus;
import org.tracelab.core.trace.Curation;
import org.tracelab.core.trace.CurationState;
import org.tracelab.core.trace.CurationTarget;
import org.tracelab.core.trace.DatasetDescription;
import org.tracelab.core.trace.Message;
import org.tracelab.core.trace.ModelDescription;
import org.tracelab.core.trace.ResumeHints;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.trace.RunStatus;
import org.tracelab.core.trace.SourceVerdict;
import org.tracelab.core.trace.Strategy;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.core.verify.InstructionVerdict;
import org.tracelab.core.verify.LooseVariant;
import org.tracelab.core.verify.constraint.ConstraintLevel;
import org.tracelab.storage.query.ChainPage;
import org.tracelab.storage.query.ChainQuery;
import org.tracelab.storage.query.ChainSummary;
import org.tracelab.storage.query.FacetCounts;
import org.tracelab.storage.query.ModeAggregate;
import org.tracelab.storage.query.PageRequest;
import org.tracelab.storage.query.Rates;
import org.tracelab.storage.query.VerdictCounts;

/** {@link TraceReader} on its own read-only connection. */
final class SqliteTraceReader implements TraceReader {

    private static final int RECORD_BATCH = 500;

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    SqliteTraceReader(Connection connection) {
        this.connection = connection;
    }

    @Override
    public List<StoredRun> runs() {
        return query(() -> {
            List<StoredRun> runs = new ArrayList<>();
            try (ResultSet rows = statement("SELECT * FROM runs ORDER BY id").executeQuery()) {
                while (rows.next()) {
                    runs.add(run(rows));
                }
            }
            return runs;
        });
    }

    @Override
    public Optional<StoredRun> run(long runId) {
        return query(() -> {
            PreparedStatement find = statement("SELECT * FROM runs WHERE id = ?");
            find.setLong(1, runId);
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? Optional.of(run(row)) : Optional.empty();
            }
        });
    }

    @Override
    public List<Long> runsImportedFrom(String format, String fileSha256) {
        return query(() -> {
            PreparedStatement find = statement(
                    "SELECT DISTINCT run_id FROM run_sources WHERE file_sha256 = ? AND format = ? ORDER BY run_id");
            find.setString(1, fileSha256);
            find.setString(2, format);
            List<Long> runs = new ArrayList<>();
            try (ResultSet rows = find.executeQuery()) {
                while (rows.next()) {
                    runs.add(rows.getLong(1));
                }
            }
            return runs;
        });
    }

    @Override
    public long[] runSize(long runId) {
        return query(() -> {
            PreparedStatement count = statement("SELECT count(*), coalesce(sum((SELECT count(*) FROM attempts a "
                    + "WHERE a.chain_id = c.id)), 0) FROM chains c WHERE c.run_id = ?");
            count.setLong(1, runId);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return new long[] {row.getLong(1), row.getLong(2)};
            }
        });
    }

    @Override
    public Optional<TaskRecord> task(long runId, String datasetKey) {
        return query(() -> {
            PreparedStatement find = statement("SELECT * FROM tasks WHERE run_id = ? AND dataset_key = ?");
            find.setLong(1, runId);
            find.setString(2, datasetKey);
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? Optional.of(task(row)) : Optional.empty();
            }
        });
    }

    @Override
    public Optional<Chain> chain(long chainId) {
        return query(() -> {
            PreparedStatement find = statement("""
                    SELECT c.id, c.run_id, (SELECT t.dataset_key FROM tasks t WHERE t.id = c.task_id), c.mode,
                        c.seed, c.fork, c.status, fa.idx,
                        c.final_strict, c.final_loose
                    FROM chains c JOIN tasks t ON t.id = c.task_id
                    LEFT JOIN attempts fa ON fa.id = c.final_attempt_id WHERE c.id = ?""");
            find.setLong(1, chainId);
            try (ResultSet row = find.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Chain(
                        row.getLong(1),
                        new ChainKey(
                                row.getLong(2),
                                row.getString(3),
                                row.getString(4),
                                nullableLong(row, 5),
                                row.getInt(6)),
                        ChainStatus.fromWireName(row.getString(7)),
                        nullableInt(row, 8),
                        nullableBoolean(row, 9),
                        nullableBoolean(row, 10)));
            }
        });
    }

    @Override
    public List<StoredAttempt> attempts(long chainId) {
        return query(() -> {
            Map<Long, List<InstructionVerdict>> verdicts = new HashMap<>();
            PreparedStatement verdictRows = statement("""
                    SELECT v.attempt_id, v.instruction_index, v.instruction_id, v.strict, v.loose, v.loose_variant,
                        v.evidence_json, v.explanation, v.soft
                    FROM verdicts v JOIN attempts a ON a.id = v.attempt_id
                    WHERE a.chain_id = ? ORDER BY v.attempt_id, v.instruction_index""");
            verdictRows.setLong(1, chainId);
            try (ResultSet rows = verdictRows.executeQuery()) {
                while (rows.next()) {
                    verdicts.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
                            .add(new InstructionVerdict(
                                    rows.getInt(2),
                                    rows.getString(3),
                                    rows.getInt(4) == 1,
                                    rows.getInt(5) == 1,
                                    Enums.parse(LooseVariant.class, rows.getString(6)),
                                    JsonColumns.spans(rows.getString(7)),
                                    rows.getString(8),
                                    rows.getInt(9) == 1 ? ConstraintLevel.SOFT : ConstraintLevel.HARD));
                }
            }
            Map<Long, List<String>> flags = new HashMap<>();
            PreparedStatement flagRows = statement("""
                    SELECT f.attempt_id, f.flag FROM attempt_flags f JOIN attempts a ON a.id = f.attempt_id
                    WHERE a.chain_id = ? ORDER BY f.attempt_id, f.flag""");
            flagRows.setLong(1, chainId);
            try (ResultSet rows = flagRows.executeQuery()) {
                while (rows.next()) {
                    flags.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
                            .add(rows.getString(2));
                }
            }
            List<StoredAttempt> attempts = new ArrayList<>();
            // Requests may refer to the task's prompt (read once, when needed) and to earlier outputs (RequestJson).
            String[] prompt = new String[1];
            Supplier<String> promptOfChain = () -> {
                if (prompt[0] == null) {
                    prompt[0] = query(() -> promptOf(chainId));
                }
                return prompt[0];
            };
            Map<Integer, String> outputs = new HashMap<>();
            PreparedStatement attemptRows = statement("""
                    SELECT a.*, e.address AS endpoint_address FROM attempts a
                    LEFT JOIN endpoints e ON e.id = a.endpoint_id WHERE a.chain_id = ? ORDER BY a.idx""");
            attemptRows.setLong(1, chainId);
            try (ResultSet row = attemptRows.executeQuery()) {
                while (row.next()) {
                    long id = row.getLong("id");
                    int index = row.getInt("idx");
                    String output = row.getString("output");
                    String errorKind = row.getString("error_kind");
                    List<Message> request;
                    try {
                        request = RequestJson.decode(row.getString("request_json"), promptOfChain, outputs::get);
                    } catch (StoreException e) {
                        throw new StoreException(
                                "attempt " + id + " (chain " + chainId + ", index " + index + "): " + e.getMessage(),
                                e);
                    }
                    outputs.put(index, output);
                    Attempt attempt = new Attempt(
                            index,
                            nullableInt(row, "parent_idx"),
                            Strategy.fromWireName(row.getString("strategy")),
                            request,
                            output,
                            row.getString("finish_reason"),
                            nullableInt(row, "prompt_tokens"),
                            nullableInt(row, "completion_tokens"),
                            nullableLong(row, "latency_ms"),
                            errorKind == null ? null : new AttemptError(errorKind, row.getString("error_message")),
                            Instant.ofEpochMilli(row.getLong("created_at")),
                            verdicts.getOrDefault(id, List.of()),
                            flags.getOrDefault(id, List.of()),
                            row.getString("endpoint_address"));
                    attempts.add(new StoredAttempt(id, chainId, attempt));
                }
            }
            return attempts;
        });
    }

    @Override
    public List<CallFault> faults(long runId) {
        return query(() -> {
            PreparedStatement rows = statement("""
                    SELECT f.*, e.address AS endpoint_address FROM call_faults f
                    LEFT JOIN endpoints e ON e.id = f.endpoint_id WHERE f.run_id = ? ORDER BY f.id""");
            rows.setLong(1, runId);
            List<CallFault> faults = new ArrayList<>();
            try (ResultSet row = rows.executeQuery()) {
                while (row.next()) {
                    faults.add(new CallFault(
                            runId,
                            row.getString("dataset_key"),
                            row.getString("mode"),
                            nullableLong(row, "seed"),
                            row.getInt("fork"),
                            row.getInt("attempt_index"),
                            Strategy.fromWireName(row.getString("strategy")),
                            row.getString("endpoint_address"),
                            row.getString("kind"),
                            row.getString("message"),
                            Instant.ofEpochMilli(row.getLong("started_at")),
                            row.getLong("latency_ms")));
                }
            }
            return faults;
        });
    }

    private String promptOf(long chainId) throws SQLException {
        PreparedStatement find =
                statement("SELECT t.prompt FROM chains c JOIN tasks t ON t.id = c.task_id WHERE c.id = ?");
        find.setLong(1, chainId);
        try (ResultSet row = find.executeQuery()) {
            if (!row.next()) {
                throw new StoreException("no chain " + chainId);
            }
            return row.getString(1);
        }
    }

    @Override
    public Optional<ComplianceEvalRecord> record(long chainId) {
        return chain(chainId).map(chain -> {
            StoredRun run = run(chain.key().runId()).orElseThrow();
            return record(chain, recordRun(run.info()));
        });
    }

    @Override
    public void forEachRecord(long runId, Consumer<ComplianceEvalRecord> sink) {
        RecordRun run = recordRun(run(runId)
                .orElseThrow(() -> new StoreException("no run " + runId))
                .info());
        long after = 0;
        while (true) {
            long from = after;
            List<Long> ids = query(() -> {
                PreparedStatement page =
                        statement("SELECT id FROM chains WHERE run_id = ? AND id > ? ORDER BY id LIMIT ?");
                page.setLong(1, runId);
                page.setLong(2, from);
                page.setInt(3, RECORD_BATCH);
                List<Long> batch = new ArrayList<>();
                try (ResultSet rows = page.executeQuery()) {
                    while (rows.next()) {
                        batch.add(rows.getLong(1));
                    }
                }
                return batch;
            });
            for (long id : ids) {
                sink.accept(record(chain(id).orElseThrow(), run));
            }
            if (ids.size() < RECORD_BATCH) {
                return;
            }
            after = ids.get(ids.size() - 1);
        }
    }

    /** The columns of a {@link ChainSummary}, read by {@link #summary}. */
    private static final String SUMMARY_COLUMNS = """
            SELECT c.id, c.run_id, (SELECT t.dataset_key FROM tasks t WHERE t.id = c.task_id), c.mode,
                c.seed, c.fork, c.status,
                (SELECT count(*) FROM attempts a WHERE a.chain_id = c.id),
                (SELECT fa.idx FROM attempts fa WHERE fa.id = c.final_attempt_id),
                c.final_strict, c.final_loose,
                (SELECT cc.state FROM chain_curation cc WHERE cc.chain_id = c.id),
                (SELECT s.pass FROM source_verdicts s WHERE s.chain_id = c.id)
            FROM chains c""";

    /** The wire names of all strategies, as a JSON array (the strategies facet probes each). */
    private static final String STRATEGY_NAMES = JsonColumns.write(
            java.util.Arrays.stream(Strategy.values()).map(Strategy::wireName).toList());

    /** Rows of the full-text index read per round while collecting a page: a few attempts per chain. */
    private static final int TEXT_ROUND_FACTOR = 4;

    @Override
    public ChainPage chains(ChainQuery query, PageRequest page) {
        if (query.fullText() != null) {
            return textPage(query, page);
        }
        return query(() -> {
            ChainFilterSql filter = ChainFilterSql.of(query);
            String sql = SUMMARY_COLUMNS + " WHERE c.id > ?" + filter.and() + " ORDER BY c.id LIMIT ?";
            PreparedStatement select = statement(sql);
            select.setLong(1, page.afterChainId() == null ? 0 : page.afterChainId());
            int next = filter.bind(select, 2);
            select.setInt(next, page.limit());
            List<ChainSummary> rows = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(summary(row));
                }
            }
            return page(rows, page);
        });
    }

    /**
     * A page of chains with a full-text condition, driven from the FTS5 index: its rowid is
     * {@code (chain_id << 20) + idx}, so MATCH yields attempts in chain order and the first matching rows after
     * the page key are the page (the other filters checked per row on {@code chains} by primary key). The index
     * is read in rounds with a LIMIT, never to the end, so a broad phrase costs no more than a narrow one; the
     * run filter bounds the rowid range. Summaries are then read for the page's chains only.
     */
    private ChainPage textPage(ChainQuery query, PageRequest page) {
        return query(() -> {
            long fromChain = page.afterChainId() == null ? 1 : page.afterChainId() + 1;
            long toChain = (Long.MAX_VALUE >> 20) - 1;
            if (!query.runIds().isEmpty()) {
                PreparedStatement bounds = statement("SELECT min(id), max(id) FROM chains WHERE run_id IN ("
                        + String.join(
                                ", ",
                                java.util.Collections.nCopies(query.runIds().size(), "?")) + ")");
                int position = 1;
                for (long run : query.runIds()) {
                    bounds.setLong(position++, run);
                }
                try (ResultSet row = bounds.executeQuery()) {
                    row.next();
                    long min = row.getLong(1);
                    if (row.wasNull()) {
                        return new ChainPage(List.of(), null);
                    }
                    fromChain = Math.max(fromChain, min);
                    toChain = row.getLong(2);
                }
            }
            ChainFilterSql filter = ChainFilterSql.of(query, false);
            PreparedStatement matches = statement("""
                    SELECT t.rowid FROM attempt_text t CROSS JOIN chains c ON c.id = (t.rowid >> 20)
                    WHERE attempt_text MATCH ? AND t.rowid >= ? AND t.rowid < ?""" + filter.and() + " ORDER BY t.rowid LIMIT ?");
            String phrase = ChainFilterSql.phrase(query.fullText());
            int round = page.limit() * TEXT_ROUND_FACTOR;
            List<Long> ids = new ArrayList<>();
            long from = fromChain << 20;
            long to = (toChain + 1) << 20;
            while (ids.size() < page.limit() && from < to) {
                matches.setString(1, phrase);
                matches.setLong(2, from);
                matches.setLong(3, to);
                int next = filter.bind(matches, 4);
                matches.setInt(next, round);
                int read = 0;
                long lastChain = -1;
                try (ResultSet row = matches.executeQuery()) {
                    while (row.next() && ids.size() < page.limit()) {
                        read++;
                        long chain = row.getLong(1) >> 20;
                        if (chain != lastChain) {
                            ids.add(chain);
                            lastChain = chain;
                        }
                    }
                }
                if (read < round || lastChain < 0) {
                    break;
                }
                from = (lastChain + 1) << 20;
            }
            if (ids.isEmpty()) {
                return new ChainPage(List.of(), null);
            }
            List<ChainSummary> rows = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(SUMMARY_COLUMNS + " WHERE c.id IN ("
                    + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ") ORDER BY c.id")) {
                for (int i = 0; i < ids.size(); i++) {
                    select.setLong(i + 1, ids.get(i));
                }
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        rows.add(summary(row));
                    }
                }
            }
            return page(rows, page);
        });
    }

    @Override
    public List<ChainSummary> chainsOfTask(String datasetKey) {
        return query(() -> {
            // tasks is one row per (run, task): a scan of it finds the task in every run, chains_task the chains.
            PreparedStatement select = statement(SUMMARY_COLUMNS + """
                     WHERE c.task_id IN (SELECT t.id FROM tasks t WHERE t.dataset_key = ?)
                    ORDER BY c.run_id, c.mode, c.seed, c.fork, c.id""");
            select.setString(1, datasetKey);
            List<ChainSummary> chains = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    chains.add(summary(row));
                }
            }
            return chains;
        });
    }

    private static ChainPage page(List<ChainSummary> rows, PageRequest page) {
        PageRequest following = rows.size() < page.limit()
                ? null
                : new PageRequest(rows.get(rows.size() - 1).chainId(), page.limit());
        return new ChainPage(rows, following);
    }

    private static ChainSummary summary(ResultSet row) throws SQLException {
        String curation = row.getString(12);
        return new ChainSummary(
                row.getLong(1),
                row.getLong(2),
                row.getString(3),
                row.getString(4),
                nullableLong(row, 5),
                row.getInt(6),
                ChainStatus.fromWireName(row.getString(7)),
                row.getInt(8),
                nullableInt(row, 9),
                nullableBoolean(row, 10),
                nullableBoolean(row, 11),
                curation == null ? CurationState.NONE : CurationState.fromWireName(curation),
                nullableBoolean(row, 13));
    }

    @Override
    public FacetCounts facets(ChainQuery query) {
        return query(() -> {
            // One snapshot for all facets, and the selection computed once into a temporary table together with
            // the chain columns the facets count (the selection reads those rows anyway): the facets then read
            // the small in-memory table instead of looking every selected chain up again, once per facet. CROSS
            // JOIN keeps the selection as the outer loop: otherwise SQLite may walk a whole GROUP BY index instead.
            connection.setAutoCommit(false);
            try {
                try (Statement ddl = connection.createStatement()) {
                    ddl.executeUpdate("""
                            CREATE TEMP TABLE IF NOT EXISTS facet_selection (id INTEGER PRIMARY KEY, run_id INTEGER,
                                mode TEXT, seed INTEGER, task_id INTEGER, final_strict INTEGER, final_loose INTEGER)""");
                    ddl.executeUpdate("DELETE FROM temp.facet_selection");
                }
                ChainFilterSql filter = ChainFilterSql.of(query);
                try (PreparedStatement select = connection.prepareStatement("""
                        INSERT INTO temp.facet_selection
                        SELECT c.id, c.run_id, c.mode, c.seed, c.task_id, c.final_strict, c.final_loose FROM chains c""" + filter.where())) {
                    filter.bind(select, 1);
                    select.executeUpdate();
                }
                long total = single("SELECT count(*) FROM temp.facet_selection");
                Map<Long, Long> runs = counts(
                        "SELECT run_id, count(*) FROM temp.facet_selection GROUP BY run_id ORDER BY run_id", true);
                Map<String, Long> modes =
                        counts("SELECT mode, count(*) FROM temp.facet_selection GROUP BY mode ORDER BY mode", false);
                Map<Long, Long> seeds =
                        counts("SELECT seed, count(*) FROM temp.facet_selection GROUP BY seed ORDER BY seed", true);
                // Chains per task first: a task's instruction rows are then read once, not once per chain.
                Map<String, Long> instructions = counts("""
                        SELECT ti.instruction_id, sum(t.chains) FROM (SELECT task_id, count(*) AS chains
                            FROM temp.facet_selection GROUP BY task_id) t
                        CROSS JOIN task_instructions ti ON ti.task_id = t.task_id
                        GROUP BY ti.instruction_id ORDER BY ti.instruction_id""", false);
                // Per strategy in use, probes of the covering index attempts_strategy (strategy, chain_id): joining
                // the attempts rows themselves would read a page of outputs per attempt.
                Map<String, Long> strategies = new LinkedHashMap<>();
                counts("""
                        SELECT st.value, CASE WHEN EXISTS (SELECT 1 FROM attempts a WHERE a.strategy = st.value)
                            THEN (SELECT count(*) FROM temp.facet_selection s WHERE EXISTS (
                                SELECT 1 FROM attempts a WHERE a.strategy = st.value AND a.chain_id = s.id))
                            ELSE 0 END
                        FROM json_each(?) st ORDER BY st.value""", false, STRATEGY_NAMES).forEach((strategy, count) -> {
                    if ((Long) count > 0) {
                        strategies.put((String) strategy, (Long) count);
                    }
                });
                Map<String, Long> flags = counts("""
                        SELECT f.flag, count(DISTINCT a.chain_id) FROM temp.facet_selection s
                        CROSS JOIN attempts a ON a.chain_id = s.id CROSS JOIN attempt_flags f ON f.attempt_id = a.id
                        GROUP BY f.flag ORDER BY f.flag""", false);
                Map<String, Long> curation = counts("""
                        SELECT coalesce(cc.state, 'none'), count(*) FROM temp.facet_selection s
                        LEFT JOIN chain_curation cc ON cc.chain_id = s.id GROUP BY 1 ORDER BY 1""", false);
                VerdictCounts verdicts;
                try (ResultSet row = statement("""
                        SELECT coalesce(sum(final_strict = 1), 0), coalesce(sum(final_strict = 0), 0),
                            coalesce(sum(final_loose = 1), 0), coalesce(sum(final_loose = 0), 0),
                            coalesce(sum(final_strict IS NULL), 0)
                        FROM temp.facet_selection""").executeQuery()) {
                    row.next();
                    verdicts = new VerdictCounts(
                            row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5));
                }
                return new FacetCounts(total, runs, modes, seeds, instructions, verdicts, strategies, flags, curation);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        });
    }

    @Override
    public List<ModeAggregate> aggregates(long runId) {
        return query(() -> {
            String rates = """
                    SELECT c.mode, %s, count(*), coalesce(sum(c.status = 'finished'), 0),
                        (SELECT count(*) FROM attempts a JOIN chains c2 ON c2.id = a.chain_id
                            WHERE c2.run_id = c.run_id AND c2.mode = c.mode %s),
                        coalesce(sum(c.final_strict), 0), coalesce(sum(c.final_loose), 0),
                        coalesce(sum(c.final_instructions), 0), coalesce(sum(c.final_instructions_strict), 0),
                        coalesce(sum(c.final_instructions_loose), 0),
                        coalesce(sum((SELECT s.pass <> c.final_strict FROM source_verdicts s
                            WHERE s.chain_id = c.id)), 0)
                    FROM chains c WHERE c.run_id = ? GROUP BY %s ORDER BY %s""";
            Map<String, Rates> byMode = new LinkedHashMap<>();
            PreparedStatement modes = statement(String.format(Locale.ROOT, rates, "NULL", "", "c.mode", "c.mode"));
            modes.setLong(1, runId);
            try (ResultSet row = modes.executeQuery()) {
                while (row.next()) {
                    byMode.put(row.getString(1), rates(row));
                }
            }
            Map<String, List<ModeAggregate.SeedRates>> bySeed = new HashMap<>();
            PreparedStatement seeds = statement(String.format(
                    Locale.ROOT, rates, "c.seed", "AND c2.seed IS c.seed", "c.mode, c.seed", "c.mode, c.seed"));
            seeds.setLong(1, runId);
            try (ResultSet row = seeds.executeQuery()) {
                while (row.next()) {
                    bySeed.computeIfAbsent(row.getString(1), mode -> new ArrayList<>())
                            .add(new ModeAggregate.SeedRates(nullableLong(row, 2), rates(row)));
                }
            }
            List<ModeAggregate> aggregates = new ArrayList<>();
            byMode.forEach(
                    (mode, all) -> aggregates.add(new ModeAggregate(mode, all, bySeed.getOrDefault(mode, List.of()))));
            return aggregates;
        });
    }

    @Override
    public List<StoredRunGroup> runGroups() {
        return query(() -> {
            Map<Long, String> names = new LinkedHashMap<>();
            Map<Long, List<Long>> members = new HashMap<>();
            try (ResultSet row = statement("""
                    SELECT g.id, g.name, m.run_id FROM run_groups g
                    LEFT JOIN run_group_members m ON m.group_id = g.id ORDER BY g.id, m.position""").executeQuery()) {
                while (row.next()) {
                    long id = row.getLong(1);
                    names.put(id, row.getString(2));
                    Long run = nullableLong(row, 3);
                    List<Long> runs = members.computeIfAbsent(id, g -> new ArrayList<>());
                    if (run != null) {
                        runs.add(run);
                    }
                }
            }
            List<StoredRunGroup> groups = new ArrayList<>();
            names.forEach((id, name) -> groups.add(new StoredRunGroup(id, name, members.get(id))));
            return groups;
        });
    }

    @Override
    public List<TaskSeedTally> taskSeedTallies(long runId, String replicatePrefix) {
        return query(() -> {
            PreparedStatement select = statement("""
                    SELECT c.mode, t.dataset_key, c.seed, count(*), sum(c.final_strict), sum(c.final_loose),
                        sum(c.final_instructions), sum(c.final_instructions_strict), sum(c.final_instructions_loose)
                    FROM chains c JOIN tasks t ON t.id = c.task_id
                    WHERE c.run_id = ? AND c.status = 'finished'
                    GROUP BY c.mode, c.task_id, c.seed""");
            select.setLong(1, runId);
            List<TaskSeedTally> tallies = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Long seed = nullableLong(row, 3);
                    tallies.add(new TaskSeedTally(
                            row.getString(1),
                            row.getString(2),
                            replicatePrefix + (seed == null ? TallyCollector.NO_SEED : seed.toString()),
                            row.getInt(4),
                            row.getInt(5),
                            row.getInt(6),
                            row.getInt(7),
                            row.getInt(8),
                            row.getInt(9)));
                }
            }
            return tallies;
        });
    }

    @Override
    public List<SideTask> sideTasks(CompareSide side, boolean withDetails) {
        return query(() -> {
            StringBuilder where = new StringBuilder(" WHERE c.run_id = ? AND c.status = 'finished'");
            List<Object> parameters = new ArrayList<>();
            parameters.add(side.runId());
            restrict(where, parameters, "c.mode", side.modes());
            restrict(where, parameters, "c.seed", side.seeds());
            restrict(where, parameters, "c.fork", side.forks());
            // One pass over the side's chains (their rows only): per task the counts and the lowest chain id (the
            // chain a diff opens).
            List<SideTask> tasks = new ArrayList<>();
            Map<Long, Integer> positions = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT c.task_id, (SELECT t.dataset_key FROM tasks t WHERE t.id = c.task_id), min(c.id), count(*),
                        sum(c.final_strict), sum(c.final_loose), sum(c.final_instructions),
                        sum(c.final_instructions_strict), sum(c.final_instructions_loose)
                    FROM chains c""" + where + " GROUP BY c.task_id")) {
                bind(select, parameters);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        positions.put(row.getLong(1), tasks.size());
                        tasks.add(new SideTask(
                                row.getString(2),
                                row.getLong(3),
                                row.getInt(4),
                                row.getInt(5),
                                row.getInt(6),
                                row.getInt(7),
                                row.getInt(8),
                                row.getInt(9),
                                java.util.Set.of(),
                                List.of()));
                    }
                }
            }
            if (!withDetails) {
                return tasks;
            }
            // The details: flags of the final attempts (a primary-key probe of attempt_flags per chain) and the
            // final verdicts per instruction.
            Map<Long, java.util.Set<String>> flags = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT DISTINCT c.task_id, f.flag FROM chains c
                    CROSS JOIN attempt_flags f ON f.attempt_id = c.final_attempt_id""" + where)) {
                bind(select, parameters);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        flags.computeIfAbsent(row.getLong(1), id -> new java.util.TreeSet<>())
                                .add(row.getString(2));
                    }
                }
            }
            Map<Long, List<InstructionTally>> instructions = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT c.task_id, v.instruction_index, v.instruction_id, count(*), sum(v.strict), sum(v.loose)
                    FROM chains c CROSS JOIN chain_final_verdicts v ON v.chain_id = c.id""" + where
                    + " GROUP BY c.task_id, v.instruction_index, v.instruction_id"
                    + " ORDER BY c.task_id, v.instruction_index")) {
                bind(select, parameters);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        instructions
                                .computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                                .add(new InstructionTally(
                                        row.getInt(2), row.getString(3), row.getInt(4), row.getInt(5), row.getInt(6)));
                    }
                }
            }
            positions.forEach((taskId, position) -> {
                SideTask t = tasks.get(position);
                tasks.set(
                        position,
                        new SideTask(
                                t.key(),
                                t.firstChainId(),
                                t.chains(),
                                t.strictPasses(),
                                t.loosePasses(),
                                t.instructions(),
                                t.followedStrict(),
                                t.followedLoose(),
                                flags.getOrDefault(taskId, java.util.Set.of()),
                                instructions.getOrDefault(taskId, List.of())));
            });
            return tasks;
        });
    }

    private static void restrict(
            StringBuilder where, List<Object> parameters, String column, java.util.Collection<?> values) {
        if (values.isEmpty()) {
            return;
        }
        where.append(" AND ")
                .append(column)
                .append(" IN (")
                .append(String.join(", ", java.util.Collections.nCopies(values.size(), "?")))
                .append(')');
        parameters.addAll(values);
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    @Override
    public Map<CurationTarget.PairTarget, Curation> pairCurations(long runId) {
        return query(() -> {
            // Both joins are primary-key look-ups; pair_curation holds only what people decided, so it is small.
            PreparedStatement select = statement("""
                    SELECT p.chosen_attempt_id, p.rejected_attempt_id, p.state, p.note
                    FROM pair_curation p JOIN attempts a ON a.id = p.chosen_attempt_id
                    JOIN chains c ON c.id = a.chain_id
                    WHERE c.run_id = ?""");
            select.setLong(1, runId);
            Map<CurationTarget.PairTarget, Curation> curations = new HashMap<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    curations.put(
                            new CurationTarget.PairTarget(row.getLong(1), row.getLong(2)),
                            new Curation(CurationState.fromWireName(row.getString(3)), row.getString(4)));
                }
            }
            return curations;
        });
    }

    @Override
    public void close() {
        try {
            for (PreparedStatement statement : statements.values()) {
                statement.close();
            }
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close a reader", e);
        }
    }

    private ComplianceEvalRecord record(Chain chain, RecordRun run) {
        return query(() -> {
            TaskRecord task =
                    task(chain.key().runId(), chain.key().datasetKey()).orElseThrow();
            List<StoredAttempt> stored = attempts(chain.id());
            List<Attempt> attempts = stored.stream().map(StoredAttempt::attempt).toList();
            SourceVerdict source = null;
            PreparedStatement sourceRow =
                    statement("SELECT tool, pass, violations_json FROM source_verdicts WHERE chain_id = ?");
            sourceRow.setLong(1, chain.id());
            try (ResultSet row = sourceRow.executeQuery()) {
                if (row.next()) {
                    source =
                            new SourceVerdict(row.getString(1), row.getInt(2) == 1, JsonColumns.tree(row.getString(3)));
                }
            }
            Curation curation = null;
            PreparedStatement curationRow = statement("SELECT state, note FROM chain_curation WHERE chain_id = ?");
            curationRow.setLong(1, chain.id());
            try (ResultSet row = curationRow.executeQuery()) {
                if (row.next()) {
                    curation = new Curation(CurationState.fromWireName(row.getString(1)), row.getString(2));
                }
            }
            return ComplianceEvalRecord.of(
                    run,
                    task,
                    chain.key().mode(),
                    chain.key().seed(),
                    chain.key().fork(),
                    attempts,
                    chain.finalAttemptIndex(),
                    chain.finalStrict(),
                    chain.finalLoose(),
                    source,
                    curation,
                    new StoreIds(
                            chain.key().runId(),
                            chain.id(),
                            stored.stream().map(StoredAttempt::id).toList()));
        });
    }

    private static RecordRun recordRun(RunInfo info) {
        return new RecordRun(info.name(), info.model(), info.dataset(), info.verifierVersion());
    }

    private static StoredRun run(ResultSet row) throws SQLException {
        Long finished = nullableLong(row, "finished_at");
        ModelDescription model = new ModelDescription(
                row.getString("model_backend"),
                row.getString("model_name"),
                JsonColumns.strings(row.getString("model_endpoints_json")),
                row.getString("model_file_name"),
                row.getString("model_file_sha256"),
                JsonColumns.objectFields(row.getString("sampling_params_json")));
        DatasetDescription dataset = new DatasetDescription(
                row.getString("dataset_name"),
                row.getString("dataset_sha256"),
                row.getInt("dataset_task_count"),
                row.getString("dataset_format"));
        RunInfo info = new RunInfo(
                row.getString("name"),
                Instant.ofEpochMilli(row.getLong("created_at")),
                finished == null ? null : Instant.ofEpochMilli(finished),
                RunStatus.fromWireName(row.getString("status")),
                model,
                dataset,
                JsonColumns.strings(row.getString("modes_json")),
                JsonColumns.longs(row.getString("seeds_json")),
                row.getInt("forks"),
                row.getString("verifier_version"),
                row.getString("notes"),
                new ResumeHints(row.getString("local_dataset_path"), row.getString("local_model_path")));
        return new StoredRun(row.getLong("id"), info);
    }

    private static TaskRecord task(ResultSet row) throws SQLException {
        return new TaskRecord(
                row.getString("dataset_key"),
                row.getString("prompt"),
                JsonColumns.strings(row.getString("instruction_ids_json")),
                JsonColumns.nodes(row.getString("kwargs_json")),
                JsonColumns.strings(row.getString("feasibility_flags_json")),
                JsonColumns.levels(row.getString("levels_json")),
                JsonColumns.tree(row.getString("provenance_json")));
    }

    private static Rates rates(ResultSet row) throws SQLException {
        long chains = row.getLong(3);
        long finished = row.getLong(4);
        long instructions = row.getLong(8);
        return new Rates(
                chains,
                finished,
                row.getLong(5),
                ratio(row.getLong(6), finished),
                ratio(row.getLong(7), finished),
                ratio(row.getLong(9), instructions),
                ratio(row.getLong(10), instructions),
                row.getLong(11));
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private long single(String sql) throws SQLException {
        try (ResultSet row = statement(sql).executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    @SuppressWarnings("unchecked")
    private <K> Map<K, Long> counts(String sql, boolean numericKey, String... parameters) throws SQLException {
        Map<K, Long> counts = new LinkedHashMap<>();
        PreparedStatement select = statement(sql);
        for (int i = 0; i < parameters.length; i++) {
            select.setString(i + 1, parameters[i]);
        }
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Object key = numericKey ? nullableLong(rows, 1) : rows.getString(1);
                counts.put((K) key, rows.getLong(2));
            }
        }
        return counts;
    }

    @FunctionalInterface
    private interface SqlQuery<T> {
        T run() throws SQLException;
    }

    private static <T> T query(SqlQuery<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException("query failed: " + e.getMessage(), e);
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

    private static Long nullableLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static Integer nullableInt(ResultSet row, int column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    private static Integer nullableInt(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    private static Boolean nullableBoolean(ResultSet row, int column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value == 1;
    }
}
