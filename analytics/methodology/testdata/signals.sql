-- Signals register fixture; the deadline is the default 60 days.
INSERT INTO departments (code, name) VALUES ('A', 'Отдел А'), ('B', 'Отдел Б');
INSERT INTO signals (id, received_date, kind, channel, department_code, anonymous, decided_date, notified_date, outcome, implemented, import_id) VALUES
  ('g1', DATE '2025-01-02', 'complaint', 'email', 'A', false, DATE '2025-01-20', DATE '2025-01-22', 'upheld', NULL, 1),
  ('g2', DATE '2025-01-05', 'complaint', 'post', 'A', false, DATE '2025-03-20', DATE '2025-04-01', 'rejected', NULL, 1),
  ('g3', DATE '2025-01-10', 'signal', 'email', 'A', false, NULL, NULL, NULL, NULL, 1),
  ('g4', DATE '2025-01-15', 'praise', 'counter', 'B', false, NULL, NULL, 'acknowledged', NULL, 1),
  ('g5', DATE '2025-01-20', 'proposal', 'portal', 'B', false, DATE '2025-02-10', DATE '2025-02-12', 'accepted', true, 1),
  ('g6', DATE '2025-02-01', 'proposal', 'portal', 'B', false, DATE '2025-02-25', DATE '2025-02-26', 'rejected', false, 1),
  ('g7', DATE '2025-02-10', 'signal', 'phone', 'A', true, NULL, NULL, 'not_processed', NULL, 1),
  ('g8', DATE '2025-02-12', 'complaint', 'email', 'B', false, DATE '2025-02-14', DATE '2025-02-20', 'partly_upheld', NULL, 1);
