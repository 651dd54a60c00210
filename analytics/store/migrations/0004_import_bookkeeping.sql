-- Import bookkeeping: a content hash per record (to tell an identical re-import from a correction),
-- the outcome of each import, and the records each import touched.
ALTER TABLE departments ADD COLUMN row_hash VARCHAR;
ALTER TABLE services ADD COLUMN row_hash VARCHAR;
ALTER TABLE service_requests ADD COLUMN row_hash VARCHAR;
ALTER TABLE survey_responses ADD COLUMN row_hash VARCHAR;
ALTER TABLE feedback_cards ADD COLUMN row_hash VARCHAR;
ALTER TABLE signals ADD COLUMN row_hash VARCHAR;
ALTER TABLE mystery_items ADD COLUMN row_hash VARCHAR;
ALTER TABLE consultations ADD COLUMN row_hash VARCHAR;

ALTER TABLE import_log ADD COLUMN status VARCHAR DEFAULT 'ok';   -- ok | rejected | unchanged
ALTER TABLE import_log ADD COLUMN message VARCHAR;
ALTER TABLE import_log ADD COLUMN rows_new BIGINT DEFAULT 0;
