-- What the data of each import cover, per record kind: the span of its file's records, or the
-- span a profile (or the demo) states. A period is complete only where the record kind's
-- coverage spans it, so that sparse kinds (two mystery-shopper visits a year) are not partial
-- merely because nothing happened in their last months.
CREATE TABLE data_coverage (
    import_id    BIGINT NOT NULL,
    record_kind  VARCHAR NOT NULL,   -- survey_responses | feedback_cards | signals | service_requests | mystery_items | consultations
    date_from    DATE NOT NULL,
    date_to      DATE NOT NULL,
    stated       BOOLEAN NOT NULL DEFAULT false  -- true: said by a profile or the demo; false: the file's own first and last dates
);
