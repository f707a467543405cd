package org.tracelab.storage;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.tracelab.core.trace.CurationState;
import org.tracelab.core.trace.Strategy;
import org.tracelab.storage.query.ChainQuery;
import org.tracelab.storage.query.VerdictFilter;

/**
 * Turns a {@link ChainQuery} into a WHERE clause over {@code chains c} and its
 * parameters. Every value is bound, never spliced, so query text cannot inject SQL.
 */
final class ChainFilterSql {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    private ChainFilterSql() {}

    static ChainFilterSql of(ChainQuery query) {
        return of(query, true);
    }

    /** Like {@link #of(ChainQuery)}, leaving out the full-text condition when the caller drives from the index. */
    static ChainFilterSql of(ChainQuery query, boolean withFullText) {
        ChainFilterSql sql = new ChainFilterSql();
        sql.in("c.run_id", query.runIds());
        sql.in("c.mode", query.modes());
        sql.seeds(query.seeds());
        sql.instructionsAndVerdict(query);
        if (!query.strategies().isEmpty()) {
            sql.add(
                    "EXISTS (SELECT 1 FROM attempts a WHERE a.chain_id = c.id AND a.strategy IN ("
                            + marks(query.strategies().size()) + "))",
                    query.strategies().stream().map(Strategy::wireName).toList());
        }
        if (!query.flags().isEmpty()) {
            sql.add(
                    "EXISTS (SELECT 1 FROM attempts a JOIN attempt_flags f ON f.attempt_id = a.id"
                            + " WHERE a.chain_id = c.id AND f.flag IN ("
                            + marks(query.flags().size()) + "))",
                    List.copyOf(query.flags()));
        }
        if (!query.curation().isEmpty()) {
            sql.add(
                    "coalesce((SELECT cc.state FROM chain_curation cc WHERE cc.chain_id = c.id), 'none') IN ("
                            + marks(query.curation().size()) + ")",
                    query.curation().stream().map(CurationState::wireName).toList());
        }
        if (withFullText && query.fullText() != null) {
            // The index's rowid is (chain_id << 20) + attempt index: the chain id needs no join.
            sql.add(
                    "c.id IN (SELECT t.rowid >> 20 FROM attempt_text t WHERE attempt_text MATCH ?)",
                    List.of(phrase(query.fullText())));
        }
        if (query.sourceAgrees() != null) {
            sql.add(
                    "EXISTS (SELECT 1 FROM source_verdicts s WHERE s.chain_id = c.id AND s.pass "
                            + (query.sourceAgrees() ? "=" : "<>") + " c.final_strict)",
                    List.of());
        }
        return sql;
    }

    /** {@code WHERE ...} or the empty string. */
    String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** {@code AND ...} to append to an existing WHERE, or the empty string. */
    String and() {
        return conditions.isEmpty() ? "" : " AND " + String.join(" AND ", conditions);
    }

    /** Binds the parameters from position {@code first}; returns the next free position. */
    int bind(PreparedStatement statement, int first) throws SQLException {
        int position = first;
        for (Object value : parameters) {
            if (value == null) {
                statement.setNull(position++, Types.NULL);
            } else if (value instanceof Long number) {
                statement.setLong(position++, number);
            } else if (value instanceof Integer number) {
                statement.setInt(position++, number);
            } else {
                statement.setString(position++, value.toString());
            }
        }
        return position;
    }

    private void instructionsAndVerdict(ChainQuery query) {
        VerdictFilter verdict = query.verdict();
        if (query.instructionIds().isEmpty()) {
            if (verdict != null) {
                add(verdictCondition(verdict, "c.final_strict", "c.final_loose"), List.of());
            }
            return;
        }
        String ids = marks(query.instructionIds().size());
        if (verdict == null) {
            add(
                    "c.task_id IN (SELECT ti.task_id FROM task_instructions ti WHERE ti.instruction_id IN (" + ids
                            + "))",
                    List.copyOf(query.instructionIds()));
        } else {
            // The final verdicts copied per chain: one index range per instruction id gives the chain ids.
            add(
                    "c.id IN (SELECT f.chain_id FROM chain_final_verdicts f WHERE f.instruction_id IN (" + ids
                            + ") AND " + verdictCondition(verdict, "f.strict", "f.loose") + ")",
                    List.copyOf(query.instructionIds()));
        }
    }

    private static String verdictCondition(VerdictFilter verdict, String strict, String loose) {
        int value = verdict.pass() ? 1 : 0;
        return switch (verdict.level()) {
            case STRICT -> strict + " = " + value;
            case LOOSE -> loose + " = " + value;
            case BOTH -> strict + " = " + value + " AND " + loose + " = " + value;
        };
    }

    private void seeds(Collection<Long> seeds) {
        if (seeds.isEmpty()) {
            return;
        }
        List<Object> known = seeds.stream().filter(s -> s != null).collect(Collectors.toList());
        boolean withNull = known.size() < seeds.size();
        List<String> parts = new ArrayList<>();
        if (!known.isEmpty()) {
            parts.add("c.seed IN (" + marks(known.size()) + ")");
        }
        if (withNull) {
            parts.add("c.seed IS NULL");
        }
        add("(" + String.join(" OR ", parts) + ")", known);
    }

    private void in(String column, Collection<?> values) {
        if (!values.isEmpty()) {
            add(column + " IN (" + marks(values.size()) + ")", List.copyOf(values));
        }
    }

    private void add(String condition, List<?> values) {
        conditions.add(condition);
        parameters.addAll(values);
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /**
     * The text as one FTS5 phrase, so quotes and operators in it are searched for, not interpreted. Control
     * characters become spaces: the tokenizer separates words at them anyway, and a NUL would end FTS5's copy of
     * the query in the middle of the phrase ("unterminated string").
     */
    static String phrase(String text) {
        StringBuilder phrase = new StringBuilder(text.length() + 2).append('"');
        text.codePoints().forEach(c -> {
            if (c == '"') {
                phrase.append("\"\"");
            } else if (Character.isISOControl(c)) {
                phrase.append(' ');
            } else {
                phrase.appendCodePoint(c);
            }
        });
        return phrase.append('"').toString();
    }
}
