-- ims.risk_heatmap: the organization's heat map (500 open risks).
SELECT bulk_org AS org, month, (SELECT id FROM ims.management_system m WHERE m.org_id = c.bulk_org AND m.kind = 'isms') AS isms FROM bench_views.config c \gset
SELECT * FROM ims.risk_heatmap WHERE org_id = :org OFFSET 1000000000;
