-- Move the next batch of incidents (the ones insert_app_history.sql added, in id
-- order) through their lifecycle in bench_incidents.incident_app, a table without
-- triggers, with the same UPDATEs as lifecycle_no_triggers.sql, each also writing
-- one status history row per incident (as the rules do) in the same statement:
-- the baseline plus the history, to separate the cost of the history rows.
BEGIN;
SELECT org, lo, hi FROM bench_incidents.next_batch('app_history') \gset
WITH moved AS (
    UPDATE bench_incidents.incident_app SET status = 'in_progress', assignee = 'agent' || id % 20
    WHERE org_id = :org AND id BETWEEN :lo AND :hi
    RETURNING org_id, id)
INSERT INTO bench_incidents.status_history_app (org_id, record_kind, record_id, from_status, to_status, changed_by)
SELECT org_id, 'incident', id, 'new', 'in_progress', ims.current_actor() FROM moved;
COMMIT;
WITH moved AS (
    UPDATE bench_incidents.incident_app SET status = 'resolved', resolution_code = 'fixed',
        resolution_note = 'Restarted the portal application server.'
    WHERE org_id = :org AND id BETWEEN :lo AND :hi
    RETURNING org_id, id)
INSERT INTO bench_incidents.status_history_app (org_id, record_kind, record_id, from_status, to_status, changed_by)
SELECT org_id, 'incident', id, 'in_progress', 'resolved', ims.current_actor() FROM moved;
WITH moved AS (
    UPDATE bench_incidents.incident_app SET status = 'closed',
        lessons_learned = CASE WHEN security_class = 'incident' THEN 'Patch the portal within 7 days.' END
    WHERE org_id = :org AND id BETWEEN :lo AND :hi
    RETURNING org_id, id)
INSERT INTO bench_incidents.status_history_app (org_id, record_kind, record_id, from_status, to_status, changed_by)
SELECT org_id, 'incident', id, 'resolved', 'closed', ims.current_actor() FROM moved;
