-- ims.soa: the same rows with linked risks, evidence count and latest evidence date.
SELECT * FROM ims.soa((SELECT org_id FROM bench_soa.config), (SELECT ms_id FROM bench_soa.config), '27001:2013');
