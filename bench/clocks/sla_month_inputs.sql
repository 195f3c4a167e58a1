-- Baseline: every incident reported in March 2026 (all organizations) and its status history, read without clocks.
SELECT count(*), max(h.changed_at)
FROM ims.incident i
JOIN ims.status_history h ON h.org_id = i.org_id AND h.record_kind = 'incident' AND h.record_id = i.id
WHERE i.reported_at >= '2026-03-01 00:00+00' AND i.reported_at < '2026-04-01 00:00+00';
