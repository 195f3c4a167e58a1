-- ims.change_calendar: the changes planned in the month.
SELECT bulk_org AS org, month, (SELECT id FROM ims.management_system m WHERE m.org_id = c.bulk_org AND m.kind = 'isms') AS isms FROM bench_views.config c \gset
SELECT * FROM ims.change_calendar WHERE org_id = :org AND planned_start >= ':month' AND planned_start < date ':month' + interval '1 month' OFFSET 1000000000;
