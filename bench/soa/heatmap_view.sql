-- ims.risk_heatmap: every cell of the matrix, inherent and residual, with level and appetite.
SELECT * FROM ims.risk_heatmap WHERE org_id = (SELECT org_id FROM bench_soa.config);
