-- Schema version 3: faster writes and explorer queries (ADR 0003, "Version 3").
--
-- 1. Full-text index keyed by chain. The version 2 index was external-content with an insert trigger: every
--    attempt INSERT ran in a statement savepoint, and FTS5 flushes its pending terms to a new segment at every
--    savepoint, so each attempt became a segment that automerge then rewrote again and again. Version 3 is a
--    contentless FTS5 table (the text stays only in attempts.output) whose rowid is (chain_id << 20) + idx, so
--    matches come out in chain order and a page of chains is the first rows of a MATCH. The writer indexes the
--    attempts of a batch in one statement just before it commits (same transaction, so a crash loses both or
--    neither); contentless_delete lets the delete trigger remove rows. Outputs never change once written.
DROP TRIGGER attempt_text_after_insert;
DROP TRIGGER attempt_text_after_delete;
DROP TRIGGER attempt_text_after_update;
DROP TABLE attempt_text;

CREATE VIRTUAL TABLE attempt_text USING fts5 (output, content = '', contentless_delete = 1);
-- Merge 8 segments of a level at a time instead of 4: fewer rewrites of the same postings while writing, a
-- few more segments to read per query (still a handful at 1M attempts).
INSERT INTO attempt_text (attempt_text, rank) VALUES ('automerge', 8);

CREATE TRIGGER attempt_text_after_delete AFTER DELETE ON attempts BEGIN
    DELETE FROM attempt_text WHERE rowid = (old.chain_id << 20) + old.idx;
END;

CREATE TRIGGER attempts_text_is_immutable BEFORE UPDATE OF chain_id, idx, output ON attempts BEGIN
    SELECT RAISE(ABORT, 'an attempt''s chain, index and output never change once written');
END;

INSERT INTO attempt_text (rowid, output)
SELECT (chain_id << 20) + idx, output FROM attempts ORDER BY chain_id, idx;

-- 2. The final attempt's verdicts per chain, keyed for "instruction X failed/passed" filters across runs: one
--    index range gives the chain ids in order, instead of every attempt's verdicts probed against chains.
--    Kept by the writer in the transaction that finishes a chain or replaces its final verdicts.
CREATE TABLE chain_final_verdicts (
    instruction_id    TEXT    NOT NULL,
    strict            INTEGER NOT NULL CHECK (strict IN (0, 1)),
    loose             INTEGER NOT NULL CHECK (loose IN (0, 1)),
    chain_id          INTEGER NOT NULL REFERENCES chains (id) ON DELETE CASCADE,
    instruction_index INTEGER NOT NULL,
    PRIMARY KEY (instruction_id, strict, loose, chain_id, instruction_index)
) WITHOUT ROWID;
CREATE INDEX chain_final_verdicts_chain ON chain_final_verdicts (chain_id);
-- Its only reader was the instruction+verdict filter, which now reads chain_final_verdicts: one index fewer to
-- maintain for every verdict written.
DROP INDEX verdicts_instruction;

INSERT INTO chain_final_verdicts (instruction_id, strict, loose, chain_id, instruction_index)
SELECT v.instruction_id, v.strict, v.loose, c.id, v.instruction_index
FROM chains c JOIN verdicts v ON v.attempt_id = c.final_attempt_id
WHERE c.status = 'finished';

-- 3. The instruction ids of each task as rows, written with the task: the instructions facet and the
--    instruction filter without a verdict join them instead of parsing every task's JSON list.
CREATE TABLE task_instructions (
    task_id        INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    instruction_id TEXT    NOT NULL,
    PRIMARY KEY (task_id, instruction_id)
) WITHOUT ROWID;
CREATE INDEX task_instructions_instruction ON task_instructions (instruction_id, task_id);

INSERT OR IGNORE INTO task_instructions (task_id, instruction_id)
SELECT t.id, j.value FROM tasks t, json_each(t.instruction_ids_json) j;
