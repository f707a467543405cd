-- Schema version 4: smaller attempt rows, faster inserts (ADR 0003, "Version 4").
--
-- attempts.request_json may now refer to the task's prompt ({"role":"user","from":"prompt"}) and to the output of
-- an earlier attempt of the same chain ({"role":"assistant","from":0}) instead of repeating their text; requests
-- written by earlier versions keep their text and read as before, so no row is rewritten. Code of version 3 would
-- read a reference as a message without content: the version bump makes it refuse the file instead.
-- References need the prompt to stay as written (outputs already cannot change: attempts_text_is_immutable).
CREATE TRIGGER tasks_prompt_is_immutable BEFORE UPDATE OF prompt ON tasks BEGIN
    SELECT RAISE(ABORT, 'a task''s prompt never changes once written: attempts'' requests refer to it');
END;

-- FTS5 merges 16 segments of a level at a time (version 3: 8): a third less index data rewritten while writing
-- (the merges' pages are most of what the index writes), at the price of a few more segments per query.
INSERT INTO attempt_text (attempt_text, rank) VALUES ('automerge', 16);
