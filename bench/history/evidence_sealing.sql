-- As evidence_ims.sql, in an organization of its own (100,000 sealed links
-- before the benchmark), and 1 transaction in 1,000 also seals the
-- organization's chain (sealers take turns; the other clients' appends go on).
\set inc random(1, 10000)
\set r random(1, 1000)
WITH e AS (INSERT INTO ims.evidence (org_id, title, evidence_kind, content_sha256)
           SELECT org_id, 'Screenshot for incident ' || :inc, 'image', sha256(('screenshot ' || :inc || ' ' || :client_id)::bytea)
           FROM ims.organization WHERE code = 'bench-history-sealed' RETURNING org_id, id)
INSERT INTO ims.evidence_link (org_id, evidence_id, record_kind, record_id) SELECT org_id, id, 'incident', :inc FROM e;
\if :r = 1
SELECT ims.seal_chain(org_id) FROM ims.organization WHERE code = 'bench-history-sealed';
\endif
