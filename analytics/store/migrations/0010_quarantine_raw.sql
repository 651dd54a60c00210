-- The cell as written in the file, beside the value as read (after cleaning and mapping), so a
-- rejected row shows both what the export holds and what Otzvuk made of it.
ALTER TABLE quarantine ADD COLUMN raw VARCHAR;
