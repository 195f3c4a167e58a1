-- An evidence item and its link to an incident, into plain copies without triggers (the baseline).
\set inc random(1, 10000)
WITH e AS (INSERT INTO bench_history.evidence_plain (org_id, title, evidence_kind, content_sha256)
           SELECT org_id, 'Screenshot for incident ' || :inc, 'image', sha256(('screenshot ' || :inc || ' ' || :client_id)::bytea)
           FROM ims.organization WHERE code = 'bench-history' RETURNING org_id, id)
INSERT INTO bench_history.evidence_link_plain (org_id, evidence_id, record_kind, record_id) SELECT org_id, id, 'incident', :inc FROM e;
