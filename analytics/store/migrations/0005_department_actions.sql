-- "Actions taken" per department and year, written in the app for the annual report
-- (the methodology asks what was done with the feedback, not only what it said).
CREATE TABLE department_actions (
    year            INTEGER NOT NULL,
    department_code VARCHAR NOT NULL,
    text            VARCHAR NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (year, department_code)
);

-- What the annual report lists as its sources: every import that finished, newest first.
CREATE VIEW v_import_sources AS
SELECT import_id, file_name, sha256, record_kind, rows_read, rows_accepted, rows_rejected, is_demo,
       finished_at
FROM import_log
WHERE status IN ('ok', 'unchanged') AND finished_at IS NOT NULL;
