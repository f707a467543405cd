-- Schema version 8: run groups (ADR 0008, issue 15). Runs that share model, dataset sample and modes but differ in
-- seed (one imported WasmAgent run per seed) are reported as one experiment: mean ± std over the seeds, intervals
-- clustered by task over all their chains. A group is only a name and its members; deleting a run removes it from
-- its groups, deleting a group leaves its runs alone.
CREATE TABLE run_groups (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE run_group_members (
    group_id INTEGER NOT NULL REFERENCES run_groups (id) ON DELETE CASCADE,
    run_id   INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (group_id, run_id)
) WITHOUT ROWID;
CREATE INDEX run_group_members_run ON run_group_members (run_id);
