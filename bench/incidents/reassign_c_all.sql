-- Reassign the next batch of incidents closed by lifecycle_c_all.sql
-- in bench_incidents.incident_c_all: an UPDATE that does not change the
-- status, so the rules run without a transition and without a status history
-- row (the issue-7 row history still records it).
BEGIN;
SELECT org, lo, hi FROM bench_incidents.reassign_batch('c_all') \gset
UPDATE bench_incidents.incident_c_all SET assignee = 'problem management', escalation_level = 1
WHERE org_id = :org AND id BETWEEN :lo AND :hi;
COMMIT;
