-- Benchmark set-up for bench/soa: the Statement of Applicability and the
-- risk heat map of an organization with 10,000 risks and an SoA in both
-- control sets (114 controls of 27001:2013, 93 of 27001:2022), against the
-- plain join of the same tables without the columns the rules and reports
-- add (linked risks, evidence count and date; matrix cells, levels, appetite).
--
-- Data, all written through the rules (triggers on):
--   two organizations with 10,000 risks each on the default 5 x 5 matrix
--   (only the first is queried; the second makes the org_id filter matter);
--   risks at random likelihood and impact, 60 % with a residual assessment,
--   10 % closed, 70 % treated by modification, each of those linked to two
--   applicable controls of each control set (about 28,000 links per
--   organization); in each set 90 % of the controls applicable, a third of
--   those implemented with two or three pieces of evidence.
\set ON_ERROR_STOP on

DROP SCHEMA IF EXISTS bench_soa CASCADE;
CREATE SCHEMA bench_soa;
CREATE TABLE bench_soa.config (org_id bigint NOT NULL, ms_id bigint NOT NULL);

SELECT setseed(0.27013);
SET ims.actor = 'bench.soa';

CREATE FUNCTION bench_soa.load(p_code text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    org bigint;
    ms bigint;
BEGIN
    INSERT INTO ims.organization (code, name) VALUES (p_code, 'SoA benchmark') RETURNING org_id INTO org;
    INSERT INTO ims.management_system (org_id, kind, standard, name) VALUES (org, 'isms', '27001:2022', 'ISMS')
    RETURNING id INTO ms;
    INSERT INTO bench_soa.config (org_id, ms_id) VALUES (org, ms);

    -- The SoA in both sets.
    INSERT INTO ims.soa_entry (org_id, management_system_id, control_set, control_ref, applicable, justification,
                               implementation_status, evidence_reason)
    SELECT org, ms, c.standard, c.ref, x.app, 'Risk assessment: ' || c.title,
           CASE WHEN x.app THEN CASE WHEN x.r < 0.3 THEN 'implemented' ELSE 'planned' END END,
           NULL
    FROM ims.control c, LATERAL (SELECT random() < 0.9 AS app, random() AS r) x
    WHERE c.kind = 'control' AND c.standard IN ('27001:2013', '27001:2022');
    INSERT INTO ims.soa_evidence (org_id, soa_entry_id, reference, evidence_date)
    SELECT org, e.id, 'dms://evidence/' || e.control_ref::text || '/' || g, DATE '2026-01-01' + (random() * 300)::int
    FROM ims.soa_entry e, generate_series(1, 3) g
    WHERE e.org_id = org AND e.implementation_status = 'implemented' AND (g < 3 OR random() < 0.5);

    -- 10,000 risks.
    INSERT INTO ims.risk (org_id, title, owner, kind, inherent_likelihood, inherent_impact,
                          residual_likelihood, residual_impact, status)
    SELECT org, 'risk ' || g, 'owner.' || (g % 50),
           (ARRAY['information_security', 'service', 'both'])[1 + g % 3],
           l, i,
           CASE WHEN r < 0.6 THEN greatest(1, l - 1) END, CASE WHEN r < 0.6 THEN greatest(1, i - (g % 3)) END,
           CASE WHEN g % 10 = 0 THEN 'closed' ELSE 'open' END
    FROM (SELECT g, 1 + floor(random() * 5)::int AS l, 1 + floor(random() * 5)::int AS i, random() AS r
          FROM generate_series(1, 10000) g) x;

    -- 70 % modified, each linked to two applicable controls of each set.
    CREATE TEMP TABLE app ON COMMIT DROP AS
    SELECT control_set, row_number() OVER (PARTITION BY control_set ORDER BY id) AS n, id
    FROM ims.soa_entry WHERE org_id = org AND applicable;
    INSERT INTO ims.risk_control (org_id, risk_id, soa_entry_id)
    SELECT DISTINCT org, r.id, a.id
    FROM ims.risk r
    CROSS JOIN (VALUES ('27001:2013'), ('27001:2022')) s (control_set)
    CROSS JOIN generate_series(1, 2) k
    JOIN LATERAL (SELECT count(*) AS m FROM app WHERE app.control_set = s.control_set) cnt ON true
    JOIN app a ON a.control_set = s.control_set AND a.n = 1 + (r.id * 7 + k * 13) % cnt.m
    WHERE r.org_id = org AND r.id % 10 < 7;
    UPDATE ims.risk SET treatment = 'modify' WHERE org_id = org AND id % 10 < 7;
    DROP TABLE app;
END $$;

BEGIN;
SELECT bench_soa.load('bench-soa-' || (SELECT count(*) + 1 FROM ims.organization WHERE code LIKE 'bench-soa-%'));
COMMIT;
BEGIN;
SELECT bench_soa.load('bench-soa-' || (SELECT count(*) + 1 FROM ims.organization WHERE code LIKE 'bench-soa-%'));
COMMIT;
-- Only the first organization is queried.
DELETE FROM bench_soa.config WHERE org_id <> (SELECT min(org_id) FROM bench_soa.config);
VACUUM ANALYZE ims.risk, ims.soa_entry, ims.soa_evidence, ims.risk_control, ims.control, ims.risk_matrix, ims.risk_matrix_level;

-- Sanity.
DO $$
DECLARE
    org bigint := (SELECT org_id FROM bench_soa.config);
BEGIN
    IF (SELECT count(*) FROM ims.risk WHERE org_id = org) <> 10000
       OR (SELECT count(*) FROM ims.soa_entry WHERE org_id = org) <> 207
       OR (SELECT count(*) FROM ims.risk_control WHERE org_id = org) < 25000 THEN
        RAISE EXCEPTION 'benchmark data incomplete';
    END IF;
END $$;
SELECT (SELECT count(*) FROM ims.risk WHERE org_id = c.org_id) AS risks,
       (SELECT count(*) FROM ims.soa_entry WHERE org_id = c.org_id) AS soa_entries,
       (SELECT count(*) FROM ims.soa_evidence WHERE org_id = c.org_id) AS evidence,
       (SELECT count(*) FROM ims.risk_control WHERE org_id = c.org_id) AS links
FROM bench_soa.config c;
