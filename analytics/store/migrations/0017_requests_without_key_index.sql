-- The register of service requests is the one record table that grows to millions of rows, and its
-- primary key's index was a third of a first import's time and most of a small import's checkpoint:
-- DuckDB writes the whole index at every commit and checkpoint. Its key stays unique by the one
-- path that writes records (analytics/ingest: a first import into the empty table only when no key
-- repeats in the file; else the staging table, where a key is inserted only after its stored record
-- was kept as identical or deleted as replaced) and by the demo, which writes an empty database;
-- each writer has a test that no id repeats (keys_test.go in each). DuckDB cannot drop a key: the
-- table is written anew, with the same columns and NOT NULLs, in the same order.
CREATE TABLE service_requests_keyless (
    id               VARCHAR NOT NULL,
    service_code     VARCHAR,
    department_code  VARCHAR NOT NULL,
    channel          VARCHAR,
    respondent_group VARCHAR,
    tier             VARCHAR,
    submitted_at     TIMESTAMP NOT NULL,
    due_date         DATE,
    completed_at     TIMESTAMP,
    cancelled_at     TIMESTAMP,
    status           VARCHAR,
    waiting_minutes  DOUBLE,
    import_id        BIGINT NOT NULL,
    row_hash         VARCHAR
);
INSERT INTO service_requests_keyless (id, service_code, department_code, channel, respondent_group, tier,
        submitted_at, due_date, completed_at, cancelled_at, status, waiting_minutes, import_id, row_hash)
    SELECT id, service_code, department_code, channel, respondent_group, tier,
        submitted_at, due_date, completed_at, cancelled_at, status, waiting_minutes, import_id, row_hash
    FROM service_requests;
DROP TABLE service_requests;
ALTER TABLE service_requests_keyless RENAME TO service_requests;
