-- An evidence item and its link to an incident, into ims.evidence and ims.evidence_link.
\set inc random(1, 10000)
WITH e AS (INSERT INTO ims.evidence (org_id, title, evidence_kind, content_sha256)
           SELECT org_id, 'Screenshot for incident ' || :inc, 'image', sha256(('screenshot ' || :inc || ' ' || :client_id)::bytea)
           FROM ims.organization WHERE code = 'bench-history' RETURNING org_id, id)
INSERT INTO ims.evidence_link (org_id, evidence_id, record_kind, record_id) SELECT org_id, id, 'incident', :inc FROM e;
