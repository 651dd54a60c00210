-- Record views: what indicators read. Every view has the same dimension columns
-- (date, department_code, service_code, channel, respondent_group) so that one query
-- shape serves every indicator and every breakdown.

CREATE VIEW v_survey_ratings AS
SELECT sr.response_id, sr.item, sr.rating, sr.scale_min, sr.scale_max,
       r.response_date AS date, r.department_code, r.service_code, r.channel, r.respondent_group
FROM survey_ratings sr
JOIN survey_responses r ON r.id = sr.response_id;

CREATE VIEW v_survey_responses AS
SELECT id, survey_id, recommend_score, waiting_minutes,
       response_date AS date, department_code, service_code, channel, respondent_group
FROM survey_responses;
