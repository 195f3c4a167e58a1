-- ims.sla_status for one organization's open incidents (about 3,600 records, 3 clocks each) among 1,000,000.
SELECT state, count(*) FROM ims.sla_status
WHERE org_id = (SELECT org_id FROM bench_clocks.sla_config) AND status IN ('new', 'in_progress', 'on_hold')
GROUP BY state;
