-- ims.integration_status: the organization's ISO/IEC 27013 5.3 starting point.
SELECT bulk_org AS org, month, (SELECT id FROM ims.management_system m WHERE m.org_id = c.bulk_org AND m.kind = 'isms') AS isms FROM bench_views.config c \gset
SELECT * FROM ims.integration_status WHERE org_id = :org OFFSET 1000000000;
