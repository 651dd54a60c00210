-- Edge cases: a leap day, and large samples for significance, rank and status.
INSERT INTO departments (code, name) VALUES ('A', 'Отдел А'), ('B', 'Отдел Б');
INSERT INTO survey_responses (id, survey_id, response_date, department_code, import_id) VALUES
  ('leap', 'q', DATE '2024-02-29', 'A', 1), ('feb25', 'q', DATE '2025-02-28', 'A', 1);
INSERT INTO survey_ratings (response_id, item, rating, import_id) VALUES ('leap', 'overall', 5, 1), ('feb25', 'overall', 3, 1);
-- Cards: January A 10 of 100 negative, B 30 of 100; February A 50 of 100; March A 52 of 100.
INSERT INTO feedback_cards (id, card_date, department_code, rating, import_id)
SELECT 'ja' || i, DATE '2025-01-15', 'A', CASE WHEN i < 10 THEN 1 ELSE 5 END, 1 FROM range(100) t(i);
INSERT INTO feedback_cards (id, card_date, department_code, rating, import_id)
SELECT 'jb' || i, DATE '2025-01-16', 'B', CASE WHEN i < 30 THEN 2 ELSE 4 END, 1 FROM range(100) t(i);
INSERT INTO feedback_cards (id, card_date, department_code, rating, import_id)
SELECT 'fa' || i, DATE '2025-02-15', 'A', CASE WHEN i < 50 THEN 1 ELSE 5 END, 1 FROM range(100) t(i);
INSERT INTO feedback_cards (id, card_date, department_code, rating, import_id)
SELECT 'ma' || i, DATE '2025-03-15', 'A', CASE WHEN i < 52 THEN 1 ELSE 5 END, 1 FROM range(100) t(i);
