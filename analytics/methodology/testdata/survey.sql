-- Survey fixture: two departments, hand-countable ratings and recommendation scores.
INSERT INTO departments (code, name) VALUES ('A', 'Отдел А'), ('B', 'Отдел Б');
INSERT INTO survey_responses (id, survey_id, response_date, department_code, channel, respondent_group, recommend_score, import_id) VALUES
  ('s1', 'q', DATE '2025-01-05', 'A', 'counter', 'citizen', 10, 1),
  ('s2', 'q', DATE '2025-01-06', 'A', 'portal', 'citizen', 9, 1),
  ('s3', 'q', DATE '2025-01-31', 'A', 'counter', 'business', 7, 1),
  ('s4', 'q', DATE '2025-01-10', 'B', 'counter', 'citizen', 3, 1),
  ('s5', 'q', DATE '2025-01-11', 'B', 'phone', 'ngo', NULL, 1),
  ('s6', 'q', DATE '2025-02-01', 'A', 'counter', 'citizen', 6, 1);
INSERT INTO survey_ratings (response_id, item, rating, scale_min, scale_max, import_id) VALUES
  ('s1', 'overall', 5, 1, 5, 1), ('s2', 'overall', 4, 1, 5, 1), ('s3', 'overall', 3, 1, 5, 1),
  ('s4', 'overall', 2, 1, 5, 1), ('s5', 'overall', 1, 1, 5, 1), ('s6', 'overall', 4, 1, 5, 1),
  ('s1', 'courtesy', 5, 1, 5, 1), ('s2', 'courtesy', 5, 1, 5, 1), ('s4', 'courtesy', 3, 1, 5, 1),
  ('s1', 'timeliness', 2, 1, 5, 1), ('s4', 'timeliness', 1, 1, 5, 1);
-- s3 answered "don't know" on courtesy: no row. Nobody rated accessibility, competence, fairness or outcome.
