-- Schema version 2: full-text search over attempt outputs. External-content FTS5 keeps one copy of the text
-- (in attempts); triggers keep the index in step, and the rebuild indexes attempts written under version 1.

CREATE VIRTUAL TABLE attempt_text USING fts5 (output, content = 'attempts', content_rowid = 'id');

CREATE TRIGGER attempt_text_after_insert AFTER INSERT ON attempts BEGIN
    INSERT INTO attempt_text (rowid, output) VALUES (new.id, new.output);
END;

CREATE TRIGGER attempt_text_after_delete AFTER DELETE ON attempts BEGIN
    INSERT INTO attempt_text (attempt_text, rowid, output) VALUES ('delete', old.id, old.output);
END;

CREATE TRIGGER attempt_text_after_update AFTER UPDATE OF output ON attempts BEGIN
    INSERT INTO attempt_text (attempt_text, rowid, output) VALUES ('delete', old.id, old.output);
    INSERT INTO attempt_text (rowid, output) VALUES (new.id, new.output);
END;

INSERT INTO attempt_text (attempt_text) VALUES ('rebuild');
