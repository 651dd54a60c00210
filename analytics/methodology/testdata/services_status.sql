-- Status decides completion (issue: cancelled requests counted as completed). By hand, in
-- testdata/golden/services_status.yaml. Department A, service S1 (deadline 7 days).
INSERT INTO departments (code, name) VALUES ('A', 'Отдел А');
INSERT INTO services (code, name, department_code, deadline_ordinary_days) VALUES ('S1', 'Услуга 1', 'A', 7);
INSERT INTO service_requests (id, service_code, department_code, channel, submitted_at, due_date, completed_at, cancelled_at, status, import_id) VALUES
  -- completed on time, 3 days
  ('r1', 'S1', 'A', 'counter', TIMESTAMP '2025-05-05 09:00', DATE '2025-05-12', TIMESTAMP '2025-05-08 10:00', NULL, 'completed', 1),
  -- cancelled after its deadline, and the register also gave it a closing time
  ('r2', 'S1', 'A', 'portal', TIMESTAMP '2025-05-06 09:00', DATE '2025-05-13', TIMESTAMP '2025-05-20 16:00', TIMESTAMP '2025-05-20 16:00', 'cancelled', 1),
  -- completed without a deadline, 20 days
  ('r3', 'S1', 'A', 'counter', TIMESTAMP '2025-05-07 09:00', NULL, TIMESTAMP '2025-05-27 12:00', NULL, 'completed', 1),
  -- open, deadline 27 May
  ('r4', 'S1', 'A', 'email', TIMESTAMP '2025-05-20 09:00', DATE '2025-05-27', NULL, NULL, 'open', 1),
  -- refused late, with a closing time
  ('r5', 'S1', 'A', 'counter', TIMESTAMP '2025-06-02 09:00', DATE '2025-06-09', TIMESTAMP '2025-06-20 11:00', NULL, 'refused', 1),
  -- status not stated, a completion time: completed, on time, 9 days
  ('r6', 'S1', 'A', 'counter', TIMESTAMP '2025-06-03 09:00', DATE '2025-06-30', TIMESTAMP '2025-06-12 15:00', NULL, NULL, 1),
  -- status not stated, no dates: open, deadline 17 June
  ('r7', 'S1', 'A', NULL, TIMESTAMP '2025-06-10 09:00', DATE '2025-06-17', NULL, NULL, NULL, 1);
