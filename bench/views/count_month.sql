-- Baseline: a plain count(*) over the incidents the bulk organization reported in the month.
SELECT bulk_org AS org, month, (SELECT id FROM ims.management_system m WHERE m.org_id = c.bulk_org AND m.kind = 'isms') AS isms FROM bench_views.config c \gset
SELECT count(*) FROM ims.incident WHERE org_id = :org AND reported_at >= ':month' AND reported_at < date ':month' + interval '1 month';
