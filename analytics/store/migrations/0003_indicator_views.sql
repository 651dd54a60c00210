-- Record views for the whole indicator catalogue. Every view has the same dimension columns —
-- date (the record's calendar date in Europe/Sofia), department_code, service_code, channel,
-- respondent_group, method (the НАО feedback method the record belongs to) — so one query shape
-- serves every indicator and breakdown. Catalogue SQL may read only these views.

DROP VIEW IF EXISTS v_survey_ratings;
DROP VIEW IF EXISTS v_survey_responses;

CREATE VIEW v_survey_ratings AS
SELECT sr.response_id, sr.item, sr.rating, sr.scale_min, sr.scale_max,
       r.response_date AS date, r.department_code, r.service_code, r.channel, r.respondent_group,
       'survey' AS method
FROM survey_ratings sr
JOIN survey_responses r ON r.id = sr.response_id;

CREATE VIEW v_survey_responses AS
SELECT id, survey_id, recommend_score, waiting_minutes,
       response_date AS date, department_code, service_code, channel, respondent_group,
       'survey' AS method
FROM survey_responses;

CREATE VIEW v_feedback_cards AS
SELECT id, rating, kind, source,
       card_date AS date, department_code, NULL::VARCHAR AS service_code, source AS channel,
       NULL::VARCHAR AS respondent_group, 'feedback_card' AS method
FROM feedback_cards;

CREATE VIEW v_signals AS
SELECT id, kind, anonymous, deadline_days, outcome, implemented,
       received_date, decided_date, notified_date,
       received_date AS date, department_code, service_code, channel, respondent_group,
       'signals' AS method
FROM signals;

CREATE VIEW v_service_requests AS
SELECT id, tier, status, waiting_minutes,
       submitted_at::DATE AS submitted_date, due_date, completed_at::DATE AS completed_date,
       cancelled_at::DATE AS cancelled_date,
       (due_date - submitted_at::DATE) AS deadline_days,
       (completed_at::DATE - submitted_at::DATE) AS actual_days,
       submitted_at::DATE AS date, department_code, service_code, channel, respondent_group,
       'service_register' AS method
FROM service_requests;

CREATE VIEW v_mystery_items AS
SELECT i.visit_id, i.criterion, i.points, i.max_points, i.passed,
       v.visit_date AS date, v.department_code, v.service_code, v.channel,
       NULL::VARCHAR AS respondent_group, 'mystery_shopper' AS method
FROM mystery_items i
JOIN mystery_visits v ON v.id = i.visit_id;

CREATE VIEW v_consultations AS
SELECT id, format, participants, ngo_participants, business_participants,
       proposals_submitted, proposals_accepted,
       start_date AS date, department_code, NULL::VARCHAR AS service_code, format AS channel,
       NULL::VARCHAR AS respondent_group,
       CASE WHEN format = 'staff' THEN 'staff_consultation' ELSE 'public_consultation' END AS method
FROM consultations;

-- Every piece of feedback, whatever its method: what FEEDBACK_RATE counts.
CREATE VIEW v_feedback_items AS
SELECT date, department_code, service_code, channel, respondent_group, method FROM v_survey_responses
UNION ALL
SELECT date, department_code, service_code, channel, respondent_group, method FROM v_feedback_cards
UNION ALL
SELECT date, department_code, service_code, channel, respondent_group, method FROM v_signals;

-- Which feedback methods were applied when, for METHOD_COVERAGE. Media publications arrive in
-- the signals register with channel 'media'; staff consultations as consultations of format 'staff'.
CREATE VIEW v_method_activity AS
SELECT date, department_code, service_code, channel, respondent_group, method FROM v_survey_responses
UNION ALL
SELECT date, department_code, service_code, channel, respondent_group, method FROM v_feedback_cards
UNION ALL
SELECT date, department_code, service_code, channel, respondent_group,
       CASE WHEN channel = 'media' THEN 'media' ELSE 'signals' END AS method FROM v_signals
UNION ALL
SELECT DISTINCT date, department_code, service_code, channel, respondent_group, method FROM v_mystery_items
UNION ALL
SELECT date, department_code, service_code, channel, respondent_group, method FROM v_consultations;
