-- ims.sla_status for every incident reported in March 2026 (about 30,000 records, 3 clocks each; a scan of 1,000,000 incidents).
SELECT s.state, count(*)
FROM ims.sla_status s
JOIN ims.incident i ON i.org_id = s.org_id AND i.id = s.record_id AND s.record_kind = 'incident'
WHERE i.reported_at >= '2026-03-01 00:00+00' AND i.reported_at < '2026-04-01 00:00+00'
GROUP BY s.state;
