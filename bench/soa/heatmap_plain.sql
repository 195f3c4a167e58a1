-- The plain GROUP BYs the heat map is built on: open risks per inherent and per residual cell.
SELECT 'inherent' AS basis, r.inherent_likelihood, r.inherent_impact, count(*)
FROM ims.risk r WHERE r.org_id = (SELECT org_id FROM bench_soa.config) AND r.status = 'open'
GROUP BY r.inherent_likelihood, r.inherent_impact
UNION ALL
SELECT 'residual', r.residual_likelihood, r.residual_impact, count(*)
FROM ims.risk r WHERE r.org_id = (SELECT org_id FROM bench_soa.config) AND r.status = 'open' AND r.residual_likelihood IS NOT NULL
GROUP BY r.residual_likelihood, r.residual_impact;
