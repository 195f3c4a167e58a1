-- Move the next batch of incidents (the ones insert_c_rules.sql added, in id order)
-- through their lifecycle in ims.incident (all rules on):
-- new -> in_progress -> resolved (with code and note) -> closed (with lessons
-- learned for the information security incidents), one committed UPDATE per step.
BEGIN;
SELECT org, lo, hi FROM bench_incidents.next_batch('c_rules') \gset
UPDATE ims.incident SET status = 'in_progress', assignee = 'agent' || id % 20
WHERE org_id = :org AND id BETWEEN :lo AND :hi;
COMMIT;
UPDATE ims.incident SET status = 'resolved', resolution_code = 'fixed',
    resolution_note = 'Restarted the portal application server.'
WHERE org_id = :org AND id BETWEEN :lo AND :hi;
UPDATE ims.incident SET status = 'closed',
    lessons_learned = CASE WHEN security_class = 'incident' THEN 'Patch the portal within 7 days.' END
WHERE org_id = :org AND id BETWEEN :lo AND :hi;
