-- Schema version 6: nothing private leaves the machine (issue 11, ADR 0018).
--
-- A run's model is described without credentials or folders: model_endpoints_json holds its endpoints as a JSON
-- list of scheme://host:port/path (versions up to 5 kept the URLs as typed, space-separated, in model_endpoint, user info
-- and query included) and model_file_name the model file's name (model_file_path could hold a path). Where the
-- dataset and the model file were on this machine moves out of the sampling parameters into the run's local-only
-- columns, which records and exports never read. The rows are rewritten by this migration's Java step
-- (PrivateDetailsScrub), which needs a URL parser; it also masks URLs quoted in attempts' error messages.
ALTER TABLE runs RENAME COLUMN model_endpoint TO model_endpoints_json;
ALTER TABLE runs RENAME COLUMN model_file_path TO model_file_name;
ALTER TABLE runs ADD COLUMN local_dataset_path TEXT;
ALTER TABLE runs ADD COLUMN local_model_path TEXT;
