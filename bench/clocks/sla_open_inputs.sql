-- Baseline: one organization's open incidents and their status history, read without computing clocks.
SELECT count(*), max(h.changed_at)
FROM ims.incident i
JOIN ims.status_history h ON h.org_id = i.org_id AND h.record_kind = 'incident' AND h.record_id = i.id
WHERE i.org_id = (SELECT org_id FROM bench_clocks.sla_config) AND i.status IN ('new', 'in_progress', 'on_hold');
