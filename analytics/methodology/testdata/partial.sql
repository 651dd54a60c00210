-- Partial periods: overall ratings (1–5) from 15 January 2024 to 10 March 2025. By hand, in
-- testdata/golden/partial.yaml.
INSERT INTO departments (code, name) VALUES ('A', 'Отдел А');
INSERT INTO survey_responses (id, survey_id, response_date, department_code, import_id) VALUES
  ('p1', 's', DATE '2024-01-15', 'A', 1), ('p2', 's', DATE '2024-02-15', 'A', 1), ('p3', 's', DATE '2024-06-15', 'A', 1),
  ('p4', 's', DATE '2024-11-15', 'A', 1), ('p5', 's', DATE '2025-01-15', 'A', 1), ('p6', 's', DATE '2025-03-10', 'A', 1);
INSERT INTO survey_ratings (response_id, item, rating, scale_min, scale_max, import_id) VALUES
  ('p1', 'overall', 5, 1, 5, 1), ('p2', 'overall', 3, 1, 5, 1), ('p3', 'overall', 1, 1, 5, 1),
  ('p4', 'overall', 1, 1, 5, 1), ('p5', 'overall', 4, 1, 5, 1), ('p6', 'overall', 5, 1, 5, 1);
