-- ims.open_record_ageing: the records of the month still open.
SELECT bulk_org AS org, month, (SELECT id FROM ims.management_system m WHERE m.org_id = c.bulk_org AND m.kind = 'isms') AS isms FROM bench_views.config c \gset
SELECT * FROM ims.open_record_ageing WHERE org_id = :org AND opened_at >= ':month' AND opened_at < date ':month' + interval '1 month' OFFSET 1000000000;
