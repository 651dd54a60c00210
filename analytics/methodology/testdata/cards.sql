INSERT INTO departments (code, name) VALUES ('A', 'Отдел А'), ('B', 'Отдел Б');
INSERT INTO feedback_cards (id, card_date, department_code, source, rating, kind, import_id) VALUES
  ('c1', DATE '2025-03-03', 'A', 'box', 1, 'complaint', 1),
  ('c2', DATE '2025-03-04', 'A', 'tablet', 2, 'complaint', 1),
  ('c3', DATE '2025-03-05', 'A', 'online', 5, 'praise', 1),
  ('c4', DATE '2025-03-06', 'B', 'box', 4, 'other', 1),
  ('c5', DATE '2025-03-07', 'B', 'box', NULL, 'proposal', 1);
