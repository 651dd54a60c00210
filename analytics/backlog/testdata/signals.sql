-- Signals of department A received in May 2025 (deadline 60 days unless stated), read as of the
-- register's last date, 20 August 2025 (S6's notification). By hand in records_test.go.
INSERT INTO departments (code, name) VALUES ('A', 'Отдел А');
INSERT INTO signals (id, received_date, kind, department_code, deadline_days, decided_date, notified_date, outcome, import_id) VALUES
  ('S1', DATE '2025-05-02', 'signal',    'A', 60, DATE '2025-05-30', DATE '2025-06-02', 'upheld', 1),        -- on time, 28 days
  ('S2', DATE '2025-05-05', 'complaint', 'A', 60, DATE '2025-07-04', NULL, 'rejected', 1),                   -- on the 60th day: on time
  ('S3', DATE '2025-05-06', 'complaint', 'A', 60, DATE '2025-07-06', NULL, 'rejected', 1),                   -- 61 days: late
  ('S4', DATE '2025-05-10', 'proposal',  'A', 30, NULL, NULL, NULL, 1),                                      -- open, due 9 June: overdue
  ('S5', DATE '2025-05-12', 'signal',    'A', 60, NULL, NULL, 'not_processed', 1),                           -- anonymous, not examined
  ('S6', DATE '2025-05-20', 'signal',    'A', 120, DATE '2025-08-15', DATE '2025-08-20', 'upheld', 1),       -- 87 days of 120: on time
  ('S7', DATE '2025-05-25', 'praise',    'A', 60, NULL, NULL, NULL, 1),                                      -- praise: not an item
  ('S8', DATE '2025-05-28', 'signal',    'A', 120, NULL, NULL, NULL, 1);                                     -- open, due 25 Sept: pending
