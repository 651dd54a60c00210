-- SAT_IDX fixture: two departments, hand-countable ratings.
INSERT INTO departments (code, name) VALUES ('A', 'Отдел А'), ('B', 'Отдел Б');
INSERT INTO survey_responses (id, survey_id, response_date, department_code, respondent_group, import_id) VALUES
  ('r1', 's', DATE '2025-01-05', 'A', 'citizen', 1),
  ('r2', 's', DATE '2025-01-06', 'A', 'citizen', 1),
  ('r3', 's', DATE '2025-01-31', 'A', 'business', 1),
  ('r4', 's', DATE '2025-01-10', 'B', 'citizen', 1),
  ('r5', 's', DATE '2025-01-11', 'B', 'ngo', 1),
  ('r6', 's', DATE '2025-02-01', 'A', 'citizen', 1),
  ('r7', 's', DATE '2025-02-02', 'B', 'citizen', 1),  -- answered "don't know" on overall: no overall rating
  ('r8', 's', DATE '2025-03-03', 'B', 'citizen', 1);  -- rated on a 1–10 scale
INSERT INTO survey_ratings (response_id, item, rating, scale_min, scale_max, import_id) VALUES
  ('r1', 'overall', 5, 1, 5, 1), ('r1', 'courtesy', 1, 1, 5, 1),
  ('r2', 'overall', 4, 1, 5, 1),
  ('r3', 'overall', 3, 1, 5, 1),
  ('r4', 'overall', 2, 1, 5, 1),
  ('r5', 'overall', 1, 1, 5, 1),
  ('r6', 'overall', 4, 1, 5, 1),
  ('r7', 'courtesy', 5, 1, 5, 1),
  ('r8', 'overall', 10, 1, 10, 1);
