-- Tracelab trace store, schema version 1: runs, tasks, chains, attempts, verdicts, flags, curation and
-- source verdicts. Times are epoch milliseconds (UTC); JSON columns hold values that are only ever read whole.

CREATE TABLE runs (
    id                   INTEGER PRIMARY KEY,
    name                 TEXT    NOT NULL,
    created_at           INTEGER NOT NULL,
    finished_at          INTEGER,
    status               TEXT    NOT NULL CHECK (status IN ('running', 'finished', 'cancelled', 'failed')),
    model_backend        TEXT    NOT NULL,
    model_name           TEXT    NOT NULL,
    model_endpoint       TEXT,
    model_file_path      TEXT,
    model_file_sha256    TEXT,
    sampling_params_json TEXT    NOT NULL,
    dataset_name         TEXT    NOT NULL,
    dataset_sha256       TEXT,
    dataset_task_count   INTEGER NOT NULL,
    modes_json           TEXT    NOT NULL,
    seeds_json           TEXT    NOT NULL,
    forks                INTEGER NOT NULL,
    verifier_version     TEXT    NOT NULL,
    notes                TEXT
);

CREATE TABLE tasks (
    id                     INTEGER PRIMARY KEY,
    run_id                 INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    dataset_key            TEXT    NOT NULL,
    prompt                 TEXT    NOT NULL,
    instruction_ids_json   TEXT    NOT NULL,
    kwargs_json            TEXT    NOT NULL,
    feasibility_flags_json TEXT    NOT NULL,
    instruction_count      INTEGER NOT NULL,
    UNIQUE (run_id, dataset_key)
);

-- A chain is visible as finished only together with its final attempt (CHECK below); the final_* counts
-- are copied from the final attempt's verdicts in the same transaction so aggregates never join verdicts.
CREATE TABLE chains (
    id                        INTEGER PRIMARY KEY,
    run_id                    INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    task_id                   INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    mode                      TEXT    NOT NULL,
    seed                      INTEGER,
    fork                      INTEGER NOT NULL,
    status                    TEXT    NOT NULL CHECK (status IN ('open', 'finished')),
    final_attempt_id          INTEGER REFERENCES attempts (id),
    final_strict              INTEGER,
    final_loose               INTEGER,
    final_instructions        INTEGER,
    final_instructions_strict INTEGER,
    final_instructions_loose  INTEGER,
    CHECK ((status = 'finished') = (final_attempt_id IS NOT NULL))
);
CREATE UNIQUE INDEX chains_key ON chains (run_id, task_id, mode, ifnull(seed, 'none'), fork);
CREATE INDEX chains_run_mode_seed ON chains (run_id, mode, seed);
CREATE INDEX chains_run_verdict ON chains (run_id, final_strict, final_loose);
CREATE INDEX chains_mode ON chains (mode);
CREATE INDEX chains_task ON chains (task_id);
CREATE INDEX chains_final_attempt ON chains (final_attempt_id);

CREATE TABLE attempts (
    id                INTEGER PRIMARY KEY,
    chain_id          INTEGER NOT NULL REFERENCES chains (id) ON DELETE CASCADE,
    idx               INTEGER NOT NULL,
    parent_idx        INTEGER,
    strategy          TEXT    NOT NULL
        CHECK (strategy IN ('direct', 'retry', 'patch', 'regenerate', 'rule_fix', 'imported')),
    request_json      TEXT    NOT NULL,
    output            TEXT    NOT NULL,
    finish_reason     TEXT,
    prompt_tokens     INTEGER,
    completion_tokens INTEGER,
    latency_ms        INTEGER,
    error_kind        TEXT,
    error_message     TEXT,
    created_at        INTEGER NOT NULL,
    UNIQUE (chain_id, idx)
);
CREATE INDEX attempts_strategy ON attempts (strategy, chain_id);

CREATE TABLE verdicts (
    attempt_id        INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
    instruction_index INTEGER NOT NULL,
    instruction_id    TEXT    NOT NULL,
    strict            INTEGER NOT NULL CHECK (strict IN (0, 1)),
    loose             INTEGER NOT NULL CHECK (loose IN (0, 1)),
    loose_variant     TEXT,
    evidence_json     TEXT    NOT NULL,
    explanation       TEXT,
    PRIMARY KEY (attempt_id, instruction_index)
) WITHOUT ROWID;
CREATE INDEX verdicts_instruction ON verdicts (instruction_id, strict, loose);

CREATE TABLE attempt_flags (
    attempt_id INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
    flag       TEXT    NOT NULL,
    PRIMARY KEY (attempt_id, flag)
) WITHOUT ROWID;
CREATE INDEX attempt_flags_flag ON attempt_flags (flag, attempt_id);

CREATE TABLE chain_curation (
    chain_id   INTEGER PRIMARY KEY REFERENCES chains (id) ON DELETE CASCADE,
    state      TEXT    NOT NULL CHECK (state IN ('included', 'excluded', 'none')),
    note       TEXT,
    updated_at INTEGER NOT NULL
);
CREATE INDEX chain_curation_state ON chain_curation (state);

CREATE TABLE pair_curation (
    chosen_attempt_id   INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
    rejected_attempt_id INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
    state               TEXT    NOT NULL CHECK (state IN ('included', 'excluded', 'none')),
    note                TEXT,
    updated_at          INTEGER NOT NULL,
    PRIMARY KEY (chosen_attempt_id, rejected_attempt_id)
) WITHOUT ROWID;
CREATE INDEX pair_curation_rejected ON pair_curation (rejected_attempt_id);

CREATE TABLE source_verdicts (
    chain_id        INTEGER PRIMARY KEY REFERENCES chains (id) ON DELETE CASCADE,
    tool            TEXT    NOT NULL,
    pass            INTEGER NOT NULL CHECK (pass IN (0, 1)),
    violations_json TEXT
);
