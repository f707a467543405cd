-- Schema version 9: where an imported run came from (ADR 0003, "Version 9"), so importing the same file again can
-- be noticed before it silently makes a second copy of the run. One row per imported file and run: the import
-- format, the file's name (not its path: nothing private is kept) and the SHA-256 of its bytes. Runs imported
-- before this version have no row and are never reported as duplicates.
CREATE TABLE run_sources (
    run_id      INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    format      TEXT    NOT NULL,
    file_name   TEXT    NOT NULL,
    file_sha256 TEXT    NOT NULL,
    PRIMARY KEY (run_id, file_sha256)
) WITHOUT ROWID;
CREATE INDEX run_sources_digest ON run_sources (file_sha256, format);
