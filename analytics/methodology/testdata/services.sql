-- Register of service requests. q3 is submitted at 02:30 on 30 March 2025, the night Sofia moves to summer time;
-- q4 at 23:59 on 31 March: both belong to March.
INSERT INTO departments (code, name) VALUES ('A', 'Отдел А'), ('B', 'Отдел Б');
INSERT INTO services (code, name, department_code, deadline_ordinary_days) VALUES ('S1', 'Услуга 1', 'A', 7), ('S2', 'Услуга 2', 'B', 14);
INSERT INTO service_requests (id, service_code, department_code, channel, respondent_group, tier, submitted_at, due_date, completed_at, status, waiting_minutes, import_id) VALUES
  ('q1', 'S1', 'A', 'counter', 'citizen', 'ordinary', TIMESTAMP '2025-03-03 09:00', DATE '2025-03-10', TIMESTAMP '2025-03-07 10:00', 'completed', 10, 1),
  ('q2', 'S1', 'A', 'portal', 'business', 'ordinary', TIMESTAMP '2025-03-04 11:00', DATE '2025-03-11', TIMESTAMP '2025-03-14 12:00', 'completed', NULL, 1),
  ('q3', 'S1', 'A', 'counter', 'citizen', 'ordinary', TIMESTAMP '2025-03-30 02:30', DATE '2025-04-06', TIMESTAMP '2025-04-01 09:00', 'completed', 25, 1),
  ('q4', 'S2', 'B', 'email', 'citizen', 'ordinary', TIMESTAMP '2025-03-31 23:59', DATE '2025-04-14', NULL, 'open', NULL, 1),
  ('q5', 'S2', 'B', 'counter', 'ngo', 'ordinary', TIMESTAMP '2025-04-01 08:00', DATE '2025-04-15', TIMESTAMP '2025-04-15 17:00', 'completed', 20, 1);
-- Feedback in March, for FEEDBACK_RATE: one survey response about A, one card about B.
INSERT INTO survey_responses (id, survey_id, response_date, department_code, import_id) VALUES ('fr1', 'q', DATE '2025-03-12', 'A', 1);
INSERT INTO feedback_cards (id, card_date, department_code, rating, import_id) VALUES ('fc1', DATE '2025-03-13', 'B', 4, 1);
