-- Schema version 5: task files beyond IFEval's format (ADR 0014, 0016).
--
-- runs.dataset_format: which task-file format the run read (ifeval, wasmagent_short, wasmagent_taskspec); NULL for
-- runs written before it was recorded and for imports.
ALTER TABLE runs ADD COLUMN dataset_format TEXT;

-- tasks.levels_json: one "hard" / "soft" per instruction when some instruction is soft; NULL when all are hard (every
-- task written before this version). tasks.provenance_json: where a composed task came from; NULL otherwise.
ALTER TABLE tasks ADD COLUMN levels_json TEXT;
ALTER TABLE tasks ADD COLUMN provenance_json TEXT;

-- verdicts.soft: the instruction was soft, so its verdict is recorded but does not decide the chain's final_strict
-- and final_loose (which now mean "every hard instruction followed").
ALTER TABLE verdicts ADD COLUMN soft INTEGER NOT NULL DEFAULT 0 CHECK (soft IN (0, 1));
