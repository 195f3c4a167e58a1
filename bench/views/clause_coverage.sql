-- ims.clause_coverage: every clause of both standards for the organization.
SELECT bulk_org AS org, month, (SELECT id FROM ims.management_system m WHERE m.org_id = c.bulk_org AND m.kind = 'isms') AS isms FROM bench_views.config c \gset
SELECT * FROM ims.clause_coverage WHERE org_id = :org OFFSET 1000000000;
