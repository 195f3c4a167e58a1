-- Reassign the next batch of incidents closed by lifecycle_plpgsql_rules.sql
-- in bench_incidents.incident_plpgsql: an UPDATE that does not change the status, so the rules
-- run without a transition and without a status history row.
BEGIN;
SELECT org, lo, hi FROM bench_incidents.reassign_batch('plpgsql_rules') \gset
UPDATE bench_incidents.incident_plpgsql SET assignee = 'problem management', escalation_level = 1
WHERE org_id = :org AND id BETWEEN :lo AND :hi;
COMMIT;
