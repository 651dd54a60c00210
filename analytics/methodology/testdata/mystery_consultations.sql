INSERT INTO departments (code, name) VALUES ('A', 'Отдел А'), ('B', 'Отдел Б');
INSERT INTO mystery_visits (id, visit_date, department_code, channel, import_id) VALUES
  ('v1', DATE '2025-05-10', 'A', 'counter', 1), ('v2', DATE '2025-05-12', 'B', 'counter', 1);
INSERT INTO mystery_items (visit_id, criterion, points, max_points, passed, import_id) VALUES
  ('v1', 'greeting', 2, 2, true, 1), ('v1', 'wait_20', 0, 2, false, 1), ('v1', 'badge', 1, 2, false, 1),
  ('v2', 'greeting', 2, 2, true, 1), ('v2', 'wait_20', 2, 2, true, 1);
INSERT INTO consultations (id, title, department_code, start_date, format, participants, ngo_participants, business_participants, proposals_submitted, proposals_accepted, import_id) VALUES
  ('k1', 'Бюджет', 'A', DATE '2025-06-01', 'meeting', 20, 3, 2, 10, 4, 1),
  ('k2', 'Наредба', 'B', DATE '2025-06-15', 'online', 10, 5, 0, 0, 0, 1),
  ('k3', 'Вътрешна среща', 'A', DATE '2025-07-01', 'staff', 8, 0, 0, 2, 2, 1);
INSERT INTO survey_responses (id, survey_id, response_date, department_code, import_id) VALUES ('m1', 'q', DATE '2025-05-02', 'A', 1);
INSERT INTO signals (id, received_date, kind, channel, department_code, import_id) VALUES ('p1', DATE '2025-05-03', 'signal', 'media', 'A', 1);
