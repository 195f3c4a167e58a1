-- ims.sla_compliance: one organization and month, every service, agreement and metric.
SELECT bulk_org AS org, month, (SELECT id FROM ims.management_system m WHERE m.org_id = c.bulk_org AND m.kind = 'isms') AS isms FROM bench_views.config c \gset
SELECT * FROM ims.sla_compliance WHERE org_id = :org AND month = ':month' OFFSET 1000000000;
