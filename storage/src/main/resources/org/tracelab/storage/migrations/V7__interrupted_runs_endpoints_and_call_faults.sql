-- Schema version 7: runs a transport fault interrupted, the endpoint that served each attempt, and the calls lost
-- to transport faults (issue 13; ADR 0003 "Version 7", ADR 0020).
--
-- 1. runs.status may be 'interrupted'. SQLite cannot change a CHECK in place, so the table is rebuilt (the
--    migrator runs with foreign keys off, so dropping the old table cascades to nothing, and checks them after).
CREATE TABLE runs_v7 (
    id                   INTEGER PRIMARY KEY,
    name                 TEXT    NOT NULL,
    created_at           INTEGER NOT NULL,
    finished_at          INTEGER,
    status               TEXT    NOT NULL
        CHECK (status IN ('running', 'finished', 'cancelled', 'failed', 'interrupted')),
    model_backend        TEXT    NOT NULL,
    model_name           TEXT    NOT NULL,
    model_endpoints_json TEXT,
    model_file_name      TEXT,
    model_file_sha256    TEXT,
    sampling_params_json TEXT    NOT NULL,
    dataset_name         TEXT    NOT NULL,
    dataset_sha256       TEXT,
    dataset_task_count   INTEGER NOT NULL,
    modes_json           TEXT    NOT NULL,
    seeds_json           TEXT    NOT NULL,
    forks                INTEGER NOT NULL,
    verifier_version     TEXT    NOT NULL,
    notes                TEXT,
    dataset_format       TEXT,
    local_dataset_path   TEXT,
    local_model_path     TEXT
);
INSERT INTO runs_v7 SELECT id, name, created_at, finished_at, status, model_backend, model_name,
    model_endpoints_json, model_file_name, model_file_sha256, sampling_params_json, dataset_name, dataset_sha256,
    dataset_task_count, modes_json, seeds_json, forks, verifier_version, notes, dataset_format, local_dataset_path,
    local_model_path FROM runs;
DROP TABLE runs;
ALTER TABLE runs_v7 RENAME TO runs;

-- 2. Endpoints by id: an attempt row gains one small integer, not a URL, per attempt.
CREATE TABLE endpoints (
    id      INTEGER PRIMARY KEY,
    address TEXT    NOT NULL UNIQUE
);
ALTER TABLE attempts ADD COLUMN endpoint_id INTEGER REFERENCES endpoints (id);

-- 3. Calls lost to transport faults: kept for the record, never attempts (no index in a chain, no verdicts, in no
--    rate). mode is NULL for a rollout group's shared first call; attempt_index is the index it would have had.
CREATE TABLE call_faults (
    id            INTEGER PRIMARY KEY,
    run_id        INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    dataset_key   TEXT    NOT NULL,
    mode          TEXT,
    seed          INTEGER,
    fork          INTEGER NOT NULL,
    attempt_index INTEGER NOT NULL,
    strategy      TEXT    NOT NULL,
    endpoint_id   INTEGER REFERENCES endpoints (id),
    kind          TEXT    NOT NULL,
    message       TEXT    NOT NULL,
    started_at    INTEGER NOT NULL,
    latency_ms    INTEGER NOT NULL
);
CREATE INDEX call_faults_run ON call_faults (run_id);
