package org.tracelab.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Builds a store file as an older Tracelab would have left it: only the migrations up to {@code version}
 * applied, one run with one finished chain written with plain SQL of that version's tables.
 */
final class OldSchemaFixture {

    static final String OUTPUT = "soft drizzle on the roof";

    private OldSchemaFixture() {}

    static void create(Path file, int version) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrator.migrateTo(connection, version);
            try (Statement sql = connection.createStatement()) {
                // Version 1 tables; every later version keeps them.
                sql.executeUpdate("""
                        INSERT INTO runs (id, name, created_at, status, model_backend, model_name,
                            sampling_params_json, dataset_name, dataset_task_count, modes_json, seeds_json, forks,
                            verifier_version)
                        VALUES (1, 'from version %d', 1700000000000, 'finished', 'llama.cpp', 'm', '{}', 'ifeval',
                            1, '["direct"]', '[42]', 1, 'tracelab-ifeval/1+punkt')""".formatted(version));
                sql.executeUpdate("""
                        INSERT INTO tasks (id, run_id, dataset_key, prompt, instruction_ids_json, kwargs_json,
                            feasibility_flags_json, instruction_count)
                        VALUES (1, 1, '7', 'Write about rain without commas.', '["punctuation:no_comma"]', '[{}]',
                            '[]', 1)""");
                sql.executeUpdate("""
                        INSERT INTO chains (id, run_id, task_id, mode, seed, fork, status)
                        VALUES (1, 1, 1, 'direct', 42, 0, 'open')""");
                sql.executeUpdate("""
                        INSERT INTO attempts (id, chain_id, idx, strategy, request_json, output, created_at)
                        VALUES (1, 1, 0, 'direct', '[{"role":"user","content":"Write about rain."}]', '%s',
                            1700000000500)""".formatted(OUTPUT));
                sql.executeUpdate("""
                        INSERT INTO verdicts (attempt_id, instruction_index, instruction_id, strict, loose,
                            loose_variant, evidence_json, explanation)
                        VALUES (1, 0, 'punctuation:no_comma', 1, 1, 'as_given', '[]', 'no commas')""");
                sql.executeUpdate("""
                        UPDATE chains SET status = 'finished', final_attempt_id = 1, final_strict = 1, final_loose = 1,
                            final_instructions = 1, final_instructions_strict = 1, final_instructions_loose = 1""");
                if (version >= 3) {
                    // What the version 3 writer adds beside the rows: the task's instruction rows, the final
                    // verdicts per chain and the batch's full-text entries keyed (chain_id << 20) + idx.
                    sql.executeUpdate(
                            "INSERT INTO task_instructions (task_id, instruction_id) VALUES (1, 'punctuation:no_comma')");
                    sql.executeUpdate("""
                            INSERT INTO chain_final_verdicts (instruction_id, strict, loose, chain_id, instruction_index)
                            VALUES ('punctuation:no_comma', 1, 1, 1, 0)""");
                    sql.executeUpdate(
                            "INSERT INTO attempt_text (rowid, output) SELECT (chain_id << 20) + idx, output FROM attempts");
                }
                if (version >= 6) {
                    // What the version 6 writer keeps of a model's servers: a JSON list of URLs.
                    sql.executeUpdate("UPDATE runs SET model_endpoints_json = '[]'");
                }
            }
        }
    }
}
