-- The register's export states that it covers 1 May to 31 July 2025 (no request in July).
INSERT INTO data_coverage VALUES (1, 'service_requests', DATE '2025-05-01', DATE '2025-07-31', true);
