-- Reassign the next batch of incidents closed by lifecycle_c_rules.sql
-- in ims.incident: an UPDATE that does not change the status, so the rules
-- run without a transition and without a status history row.
BEGIN;
SELECT org, lo, hi FROM bench_incidents.reassign_batch('c_rules') \gset
UPDATE ims.incident SET assignee = 'problem management', escalation_level = 1
WHERE org_id = :org AND id BETWEEN :lo AND :hi;
COMMIT;
