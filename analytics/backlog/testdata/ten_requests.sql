-- The ten requests of cohort_test.go's tenRequests in department A (filed in the first quarter of
-- 2025, as of 31 March 2025), with times of day that must not move a deadline, plus what the
-- query must leave out or keep apart: a request of department B, one filed before the quarter.
INSERT INTO departments (code, name) VALUES ('A', 'Отдел А'), ('B', 'Отдел Б');
INSERT INTO service_requests (id, department_code, submitted_at, due_date, completed_at, cancelled_at, status, import_id) VALUES
  ('A', 'A', TIMESTAMP '2025-01-02 08:30', DATE '2025-01-16', TIMESTAMP '2025-01-10 16:00', NULL, 'completed', 1),
  ('B', 'A', TIMESTAMP '2025-01-05 17:59', DATE '2025-01-19', TIMESTAMP '2025-01-19 23:59', NULL, 'completed', 1),
  ('C', 'A', TIMESTAMP '2025-01-10 09:00', DATE '2025-01-24', TIMESTAMP '2025-02-03 09:00', NULL, 'completed', 1),
  ('D', 'A', TIMESTAMP '2025-01-15 09:00', DATE '2025-01-29', TIMESTAMP '2025-03-01 09:00', NULL, NULL, 1),
  ('E', 'A', TIMESTAMP '2025-01-20 09:00', DATE '2025-02-03', NULL, NULL, 'open', 1),
  ('F', 'A', TIMESTAMP '2025-02-01 09:00', DATE '2025-02-15', NULL, NULL, NULL, 1),
  ('G', 'A', TIMESTAMP '2025-03-20 09:00', DATE '2025-04-03', NULL, NULL, 'open', 1),
  -- done after the as-of date of the test (it passes 31 March)
  ('H', 'A', TIMESTAMP '2025-03-25 09:00', DATE '2025-04-08', TIMESTAMP '2025-04-02 09:00', NULL, 'completed', 1),
  -- cancelled, and the register also gave it a closing time
  ('I', 'A', TIMESTAMP '2025-02-10 09:00', DATE '2025-02-24', TIMESTAMP '2025-02-12 09:00', TIMESTAMP '2025-02-12 09:00', 'cancelled', 1),
  ('J', 'A', TIMESTAMP '2025-02-15 09:00', DATE '2025-03-01', TIMESTAMP '2025-02-20 09:00', NULL, 'completed', 1),
  ('K', 'B', TIMESTAMP '2025-02-15 09:00', DATE '2025-03-01', NULL, NULL, 'refused', 1),
  ('L', 'A', TIMESTAMP '2024-12-31 23:00', DATE '2025-01-14', TIMESTAMP '2025-01-05 09:00', NULL, 'completed', 1);
