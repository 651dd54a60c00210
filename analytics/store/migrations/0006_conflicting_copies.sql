-- Conflicting copies: a key exported twice with different content keeps one record; the other
-- copies are counted in the import log and listed in the quarantine with their own kind.
ALTER TABLE import_log ADD COLUMN rows_conflict BIGINT DEFAULT 0;
ALTER TABLE quarantine ADD COLUMN kind VARCHAR DEFAULT 'rejected';   -- rejected | conflict
