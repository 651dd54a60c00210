-- Status decides completion: a request's status is the register's own where stated; where an
-- export does not state it, it follows from the dates (cancelled, then completed, else open).
-- Indicators count a request as completed only when this status is 'completed', whatever
-- closing time a cancelled or refused request carries.
CREATE OR REPLACE VIEW v_service_requests AS
SELECT id, tier,
       coalesce(status, CASE WHEN cancelled_at IS NOT NULL THEN 'cancelled'
                             WHEN completed_at IS NOT NULL THEN 'completed'
                             ELSE 'open' END) AS status,
       waiting_minutes,
       submitted_at::DATE AS submitted_date, due_date, completed_at::DATE AS completed_date,
       cancelled_at::DATE AS cancelled_date,
       (due_date - submitted_at::DATE) AS deadline_days,
       (completed_at::DATE - submitted_at::DATE) AS actual_days,
       submitted_at::DATE AS date, department_code, service_code, channel, respondent_group,
       'service_register' AS method
FROM service_requests;
