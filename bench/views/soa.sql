-- ims.soa(): the Statement of Applicability of the organization's ISMS (27001:2022, 93 controls).
SELECT bulk_org AS org, month, (SELECT id FROM ims.management_system m WHERE m.org_id = c.bulk_org AND m.kind = 'isms') AS isms FROM bench_views.config c \gset
SELECT * FROM ims.soa(:org, :isms) OFFSET 1000000000;
