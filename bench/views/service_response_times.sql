-- ims.service_response_times (MTTR, wall and business time): one organization and month.
SELECT bulk_org AS org, month, (SELECT id FROM ims.management_system m WHERE m.org_id = c.bulk_org AND m.kind = 'isms') AS isms FROM bench_views.config c \gset
SELECT * FROM ims.service_response_times WHERE org_id = :org AND month = ':month' OFFSET 1000000000;
