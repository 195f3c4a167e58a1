-- ims.major_incidents: the major incidents reported in the month.
SELECT bulk_org AS org, month, (SELECT id FROM ims.management_system m WHERE m.org_id = c.bulk_org AND m.kind = 'isms') AS isms FROM bench_views.config c \gset
SELECT * FROM ims.major_incidents WHERE org_id = :org AND reported_at >= ':month' AND reported_at < date ':month' + interval '1 month' OFFSET 1000000000;
