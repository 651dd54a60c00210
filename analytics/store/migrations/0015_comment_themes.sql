-- What people wrote, one row per comment or text, and the themes found in it (analytics/voice).
-- The matches are computed in Go (the Bulgarian stemmer and the theme rules) and stored here so
-- that SQL counts them like any record. theme_scans says which text of which record was read with
-- which theme set (themes_hash); a changed text or a changed theme set is read again. No primary
-- keys: a text read again is deleted and appended in one transaction, and DuckDB checks keys eagerly.
CREATE TABLE theme_matches (
    source    VARCHAR NOT NULL, -- survey | card | signal
    record_id VARCHAR NOT NULL,
    theme_id  VARCHAR NOT NULL
);
CREATE TABLE theme_scans (
    source      VARCHAR NOT NULL,
    record_id   VARCHAR NOT NULL,
    text_md5    VARCHAR NOT NULL,
    themes_hash VARCHAR NOT NULL
);

-- Every comment and text with its dimensions. tone: negative for complaints, signals and ratings
-- of 1–2; positive for praise and ratings of 4–5; else neutral.
CREATE VIEW v_comment_texts AS
SELECT 'survey' AS source, r.id, r.response_date AS date, r.department_code, r.service_code, r.channel,
       r.respondent_group, 'survey' AS method, o.rating, 'comment' AS kind, r.comment AS text
FROM survey_responses r
LEFT JOIN (SELECT response_id, any_value(rating) AS rating FROM survey_ratings WHERE item = 'overall' GROUP BY response_id) o
       ON o.response_id = r.id
WHERE coalesce(trim(r.comment), '') <> ''
UNION ALL
SELECT 'card', c.id, c.card_date, c.department_code, NULL::VARCHAR, c.source, NULL::VARCHAR, 'feedback_card',
       c.rating, c.kind, c.text
FROM feedback_cards c WHERE coalesce(trim(c.text), '') <> ''
UNION ALL
SELECT 'signal', s.id, s.received_date, s.department_code, s.service_code, s.channel, s.respondent_group, 'signals',
       NULL, s.kind, s.text
FROM signals s WHERE coalesce(trim(s.text), '') <> '';

CREATE VIEW v_comments AS
SELECT c.*,
       CASE WHEN c.kind IN ('complaint', 'signal') OR c.rating <= 2 THEN 'negative'
            WHEN c.kind = 'praise' OR c.rating >= 4 THEN 'positive'
            ELSE 'neutral' END AS tone,
       coalesce(m.themes, []::VARCHAR[]) AS themes
FROM v_comment_texts c
LEFT JOIN (SELECT source, record_id, list(theme_id ORDER BY theme_id) AS themes
           FROM theme_matches GROUP BY source, record_id) m
       ON m.source = c.source AND m.record_id = c.id;
