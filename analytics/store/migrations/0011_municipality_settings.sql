-- The municipality's identity as settings: its name (what the report and the public page print)
-- and its EKATTE code, which names the municipality in Parquet packages and pooled databases.
-- The EKATTE code is empty until the municipality states it (otzvuk settings --ekatte).
CREATE TABLE settings (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);
INSERT INTO settings VALUES ('municipality_name', 'Община Перущица'), ('municipality_ekatte', '');
