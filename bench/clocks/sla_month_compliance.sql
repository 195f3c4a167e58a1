-- ims.sla_compliance for March 2026, every organization, service, agreement and metric.
SELECT count(*), sum(met_count), sum(breached_count) FROM ims.sla_compliance WHERE month = '2026-03-01';
