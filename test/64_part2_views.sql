-- Registers part 2 (issue 5) as a whole, and their reporting functions and
-- views: org_id in every key and foreign key, tenant_immutable, touch and
-- history on every table, dump registration; ims.soa, ims.risk_heatmap,
-- ims.open_nonconformities, ims.objective_status, ims.capacity_status,
-- ims.continuity_status and ims.service_availability against independent
-- computations.
BEGIN;
SELECT plan(34);

SET ims.actor = 'report.t64';

-- The tables of part 2.
CREATE TEMP TABLE part2 (name text PRIMARY KEY, oid regclass NOT NULL);
INSERT INTO part2 (name, oid)
SELECT t, ('ims.' || t)::regclass
FROM unnest(ARRAY['risk_matrix', 'risk_matrix_level', 'risk', 'risk_ci', 'risk_service', 'problem_risk',
                  'soa_entry', 'soa_evidence', 'risk_control', 'soa_requirement',
                  'supplier', 'customer', 'agreement', 'agreement_service', 'risk_supplier', 'risk_customer',
                  'objective', 'objective_measurement', 'audit_programme', 'audit', 'audit_clause', 'finding',
                  'nonconformity', 'corrective_action', 'management_review', 'management_review_item',
                  'continuity_plan', 'continuity_test', 'availability_target', 'service_outage',
                  'capacity_threshold', 'capacity_record']) AS t;
CREATE FUNCTION pg_temp.org_attnum(p_rel regclass) RETURNS smallint LANGUAGE sql AS $$
    SELECT attnum FROM pg_catalog.pg_attribute WHERE attrelid = p_rel AND attname = 'org_id' AND NOT attisdropped $$;

-- ---------------------------------------------------------------------------
-- Structure.
SELECT is((SELECT count(*)::int FROM part2 p JOIN pg_catalog.pg_constraint c ON c.conrelid = p.oid AND c.contype = 'p'
           WHERE c.conkey[1] = pg_temp.org_attnum(p.oid)), 32,
          'all 32 tables of part 2 have a primary key that starts with org_id');
SELECT is_empty($$
    SELECT c.conname FROM pg_catalog.pg_constraint c
    JOIN part2 p ON p.oid = c.conrelid
    WHERE c.contype = 'f' AND pg_temp.org_attnum(c.confrelid) IS NOT NULL
      AND NOT EXISTS (SELECT FROM generate_subscripts(c.conkey, 1) AS i
                      WHERE c.conkey[i] = pg_temp.org_attnum(c.conrelid) AND c.confkey[i] = pg_temp.org_attnum(c.confrelid))
$$, 'every foreign key from a part-2 table to a table with org_id matches org_id to org_id');
SELECT cmp_ok((SELECT count(*)::int FROM pg_catalog.pg_constraint c JOIN part2 p ON p.oid = c.conrelid
               WHERE c.contype = 'f' AND pg_temp.org_attnum(c.confrelid) IS NOT NULL), '>=', 45,
              '... and there are at least 45 of them (the test above is not vacuous)');
SELECT is_empty($$
    SELECT p.name FROM part2 p
    WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_proc f ON f.oid = t.tgfoid
                      WHERE t.tgrelid = p.oid AND NOT t.tgisinternal
                        AND (t.tgtype & 2) <> 0 AND (t.tgtype & 1) <> 0 AND (t.tgtype & 16) <> 0
                        AND f.proname IN ('tenant_immutable', 'register_touch', 'risk_rules', 'risk_matrix_rules',
                                          'soa_entry_rules', 'nonconformity_rules', 'corrective_action_rules', 'audit_rules'))
$$, 'every part-2 table has a BEFORE UPDATE row trigger that enforces tenant_immutable');
SELECT is_empty($$
    SELECT p.name FROM part2 p
    WHERE EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = p.oid AND a.attname = 'updated_at' AND NOT a.attisdropped)
      AND NOT EXISTS (SELECT FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_proc f ON f.oid = t.tgfoid
                      WHERE t.tgrelid = p.oid AND NOT t.tgisinternal AND (t.tgtype & 2) <> 0 AND (t.tgtype & 16) <> 0
                        AND f.proname <> 'tenant_immutable')
$$, 'every part-2 table with updated_at has a BEFORE UPDATE trigger that sets it');
SELECT is((SELECT count(*)::int FROM part2 p WHERE EXISTS (
              SELECT FROM pg_catalog.pg_trigger t WHERE t.tgrelid = p.oid AND t.tgfoid = 'ims.history_record()'::regprocedure)), 32,
          'every part-2 table records its history');
SELECT is((SELECT count(*)::int FROM part2 p JOIN pg_catalog.pg_extension e ON e.extname = 'ims27013'
           WHERE p.oid = ANY (e.extconfig)), 32, 'every part-2 table is registered with pg_extension_config_dump');
SELECT is_empty($$
    SELECT s.oid::regclass::text FROM part2 p
    JOIN pg_catalog.pg_attribute a ON a.attrelid = p.oid AND a.attidentity <> ''
    JOIN pg_catalog.pg_class s ON s.oid = pg_catalog.pg_get_serial_sequence(p.oid::text, a.attname)::regclass
    JOIN pg_catalog.pg_extension e ON e.extname = 'ims27013'
    WHERE NOT s.oid = ANY (e.extconfig)
$$, '... and so is every identity sequence of them');
SELECT is_empty($$
    SELECT p.name || '.' || a.attname FROM part2 p
    JOIN pg_catalog.pg_attribute a ON a.attrelid = p.oid AND a.attnum > 0 AND NOT a.attisdropped
    WHERE pg_catalog.col_description(p.oid, a.attnum) IS NULL
      AND a.attname NOT IN ('org_id', 'id', 'title', 'name', 'description', 'attributes', 'created_at', 'created_by', 'updated_at', 'updated_by')
      AND a.attname NOT LIKE '%\_id'
$$, 'every column of a part-2 table that is not a common column or a reference has a comment');

-- ---------------------------------------------------------------------------
-- Data for the views: one organization, an ISMS on 27001:2022.
INSERT INTO ims.organization (code, name) VALUES ('t64a', 'Test 64 A') RETURNING org_id AS org \gset
INSERT INTO ims.organization (code, name) VALUES ('t64b', 'Test 64 B') RETURNING org_id AS org2 \gset
INSERT INTO ims.management_system (org_id, kind, standard, name) VALUES (:org, 'isms', '27001:2022', 'ISMS') RETURNING id AS isms \gset
UPDATE ims.risk_matrix SET top_management = '{ceo.t64}' WHERE org_id = :org;

-- 200 risks at random on the 5 x 5 matrix, some with a residual assessment, some closed.
SELECT setseed(0.64);
INSERT INTO ims.risk (org_id, title, owner, inherent_likelihood, inherent_impact, residual_likelihood, residual_impact, status)
SELECT :org, 'risk ' || g, 'owner.t64', l, i,
       CASE WHEN g % 3 = 0 THEN greatest(1, l - 1) END, CASE WHEN g % 3 = 0 THEN greatest(1, i - 2) END,
       CASE WHEN g % 10 = 0 THEN 'closed' ELSE 'open' END
FROM (SELECT g, 1 + floor(random() * 5)::int AS l, 1 + floor(random() * 5)::int AS i FROM generate_series(1, 200) g) x;
INSERT INTO ims.risk (org_id, title, owner, inherent_likelihood, inherent_impact) VALUES (:org2, 'other org', 'x', 1, 1);

SELECT is((SELECT count(*)::int FROM ims.risk_heatmap WHERE org_id = :org), 50,
          'ims.risk_heatmap has one row per cell of the 5 x 5 matrix, inherent and residual');
SELECT is_empty(format($$
    SELECT h.basis, h.likelihood, h.impact FROM ims.risk_heatmap h
    WHERE h.org_id = %s AND h.risks IS DISTINCT FROM (
        SELECT count(*) FROM ims.risk r WHERE r.org_id = h.org_id AND r.status = 'open'
          AND CASE h.basis WHEN 'inherent' THEN (r.inherent_likelihood, r.inherent_impact) = (h.likelihood, h.impact)
                           ELSE (r.residual_likelihood, r.residual_impact) = (h.likelihood, h.impact) END)$$, :org),
    'every cell counts exactly the open risks in it (against a direct count)');
SELECT is((SELECT sum(risks)::int FROM ims.risk_heatmap WHERE org_id = :org AND basis = 'inherent'),
          (SELECT count(*)::int FROM ims.risk WHERE org_id = :org AND status = 'open'), 'the inherent map counts every open risk once');
SELECT is((SELECT sum(risks)::int FROM ims.risk_heatmap WHERE org_id = :org AND basis = 'residual'),
          (SELECT count(*)::int FROM ims.risk WHERE org_id = :org AND status = 'open' AND residual_score IS NOT NULL),
          'the residual map counts the open risks with a residual assessment');
SELECT is((SELECT string_agg(DISTINCT score || ':' || level || ':' || above_appetite, ' ' ORDER BY score || ':' || level || ':' || above_appetite)
           FROM ims.risk_heatmap WHERE org_id = :org AND score IN (4, 5, 9, 10, 16, 20, 25)),
          '10:high:true 16:high:true 20:very_high:true 25:very_high:true 4:low:false 5:medium:false 9:medium:false',
          'each cell carries its score, its level and whether it is above the appetite of 9');
SELECT is((SELECT sum(risks)::int FROM ims.risk_heatmap WHERE org_id = :org2), 1, 'another organization''s map holds only its own risk');
UPDATE ims.risk_matrix SET likelihood_levels = 6, likelihood_labels = NULL WHERE org_id = :org2;
SELECT is((SELECT count(*)::int FROM ims.risk_heatmap WHERE org_id = :org2), 60, 'a 6 x 5 matrix has 30 cells per basis');

-- ---------------------------------------------------------------------------
-- ims.soa
INSERT INTO ims.soa_entry (org_id, management_system_id, control_set, control_ref, applicable, justification, implementation_status, evidence_reason)
VALUES (:org, :isms, '27001:2022', 'A.5.15', true, 'Access control needed for all systems', 'implemented', NULL),
       (:org, :isms, '27001:2022', 'A.7.11', false, 'Hosted; no utilities of our own', NULL, NULL),
       (:org, :isms, '27001:2022', 'A.8.13', true, 'Backups', 'partially_implemented', NULL),
       (:org, :isms, '27001:2022', 'A.8.7', NULL, NULL, NULL, NULL);
INSERT INTO ims.soa_evidence (org_id, soa_entry_id, reference, evidence_date)
SELECT :org, e.id, r, d::date FROM ims.soa_entry e,
       (VALUES ('https://wiki/acl-review-q1', '2026-03-31'), ('https://wiki/acl-review-q2', '2026-06-30'), ('ticket 4711', '2026-05-02')) v (r, d)
WHERE e.org_id = :org AND e.control_ref = 'A.5.15';
INSERT INTO ims.risk_control (org_id, risk_id, soa_entry_id)
SELECT :org, r.id, e.id FROM ims.risk r, ims.soa_entry e
WHERE r.org_id = :org AND r.title IN ('risk 1', 'risk 2', 'risk 3') AND e.org_id = :org AND e.control_ref = 'A.5.15';
SELECT is((SELECT count(*)::int FROM ims.soa(:org, :isms)), 93, 'ims.soa lists every control of the ISMS''s set (93 for 27001:2022)');
SELECT is((SELECT count(*)::int FROM ims.soa(:org, :isms) WHERE soa_entry_id IS NULL), 89, '... 89 of them without an entry');
SELECT results_eq(format($$SELECT control_ref::text, ref_27002::text, title, applicable, implementation_status, evidence_count,
                                  latest_evidence, cardinality(linked_risks)
                           FROM ims.soa(%s, %s) WHERE soa_entry_id IS NOT NULL$$, :org, :isms),
    $$VALUES ('A.5.15', '5.15', 'Access control', true, 'implemented', 3, '2026-06-30'::date, 3),
             ('A.7.11', '7.11', 'Supporting utilities', false, NULL, 0, NULL, 0),
             ('A.8.7', '8.7', 'Protection against malware', NULL, NULL, 0, NULL, 0),
             ('A.8.13', '8.13', 'Information backup', true, 'partially_implemented', 0, NULL, 0)$$,
    'ims.soa: decision, status, evidence count and latest evidence date, linked risks, in Annex A order');
SELECT is((SELECT linked_risks FROM ims.soa(:org, :isms) WHERE control_ref = 'A.5.15'),
          (SELECT array_agg(id ORDER BY id) FROM ims.risk WHERE org_id = :org AND title IN ('risk 1', 'risk 2', 'risk 3')),
          'linked_risks are the ids of the risks the control treats, in order');
SELECT is((SELECT count(*)::int FROM ims.soa(:org, :isms, '27001:2013')), 114, 'ims.soa for the 2013 set lists its 114 controls');
SELECT is((SELECT count(*)::int FROM ims.soa(:org2, :isms)), 0, 'ims.soa of another organization''s ISMS id shows nothing');

-- ---------------------------------------------------------------------------
-- ims.open_nonconformities: ageing and actions.
INSERT INTO ims.nonconformity (org_id, source, standard, clause_ref, title, raised_at)
VALUES (:org, 'review', '27001:2022', '9.3', 'Old one', now() - interval '40 days'),
       (:org, 'monitoring', '27001:2022', '9.1', 'New one', now());
INSERT INTO ims.corrective_action (org_id, nonconformity_id, description, owner, due_date, status)
SELECT :org, n.id, a.d, 'owner.t64', CURRENT_DATE + a.due, a.st
FROM ims.nonconformity n, (VALUES ('late', -5, 'open'), ('later', 10, 'open'), ('done', -20, 'done')) a (d, due, st)
WHERE n.org_id = :org AND n.title = 'Old one';
SELECT results_eq(format($$SELECT title, age_days, actions::int, open_actions::int, overdue_actions::int, awaiting_verification::int, next_due
                           FROM ims.open_nonconformities WHERE org_id = %s ORDER BY raised_at$$, :org),
    format($$VALUES ('Old one', %s, 3, 2, 1, 1, CURRENT_DATE - 5), ('New one', %s, 0, 0, 0, 0, NULL::date)$$,
           CURRENT_DATE - ((now() - interval '40 days') AT TIME ZONE 'UTC')::date, CURRENT_DATE - (now() AT TIME ZONE 'UTC')::date),
    'ims.open_nonconformities: age in days, actions, open, overdue, awaiting verification and the next due date');
SELECT ok((SELECT age FROM ims.open_nonconformities WHERE org_id = :org AND title = 'Old one') >= interval '40 days',
          '... and the age as an interval');

-- ---------------------------------------------------------------------------
-- ims.objective_status
INSERT INTO ims.objective (org_id, management_system_id, title, measure, target, direction)
VALUES (:org, :isms, 'Patch fast', 'days to patch critical', 7, 'at_most'),
       (:org, :isms, 'Train all', '% staff trained', 95, 'at_least'),
       (:org, :isms, 'Unmeasured', 'x', 1, 'at_least');
INSERT INTO ims.objective_measurement (org_id, objective_id, measured_at, value)
SELECT :org, o.id, m.t::timestamptz, m.v FROM ims.objective o,
       (VALUES ('Patch fast', '2026-01-31', 12), ('Patch fast', '2026-03-31', 6), ('Patch fast', '2026-02-28', 9),
               ('Train all', '2026-03-31', 80), ('Train all', '2026-01-31', 97)) m (title, t, v)
WHERE o.org_id = :org AND o.title = m.title;
SELECT results_eq(format($$SELECT title, latest_value, latest_measured_at::date, target_met, measurements::int
                           FROM ims.objective_status WHERE org_id = %s ORDER BY title$$, :org),
    $$VALUES ('Patch fast', 6::numeric, '2026-03-31'::date, true, 3), ('Train all', 80::numeric, '2026-03-31'::date, false, 2),
             ('Unmeasured', NULL, NULL, NULL, 0)$$,
    'ims.objective_status: the latest measurement by time (not by insertion), met in the objective''s direction');

-- ---------------------------------------------------------------------------
-- Capacity, continuity, availability.
INSERT INTO ims.service (org_id, name) VALUES (:org, 'Shop') RETURNING id AS shop \gset
INSERT INTO ims.ci (org_id, name, ci_class) VALUES (:org, 'db-1', 'server') RETURNING id AS db \gset
INSERT INTO ims.capacity_threshold (org_id, ci_id, metric, unit, warning_level, critical_level)
VALUES (:org, :db, 'storage_used', '%', 80, 95) RETURNING id AS t1 \gset
INSERT INTO ims.capacity_threshold (org_id, service_id, metric, direction, warning_level, critical_level)
VALUES (:org, :shop, 'free_licences', 'below', 10, 2) RETURNING id AS t2 \gset
INSERT INTO ims.capacity_threshold (org_id, service_id, metric, warning_level, critical_level)
VALUES (:org, :shop, 'sessions', 1000, 2000) RETURNING id AS t3 \gset
INSERT INTO ims.capacity_record (org_id, threshold_id, measured_at, value)
VALUES (:org, :t1, '2026-03-01', 97), (:org, :t1, '2026-04-01', 85), (:org, :t2, '2026-04-01', 2);
SELECT results_eq(format($$SELECT metric, latest_value, state FROM ims.capacity_status WHERE org_id = %s ORDER BY threshold_id$$, :org),
    $$VALUES ('storage_used', 85::numeric, 'warning'), ('free_licences', 2::numeric, 'critical'), ('sessions', NULL, 'no_data')$$,
    'ims.capacity_status: the latest value against warning and critical levels, in both directions');
SELECT is(test_helpers.violation(format($$INSERT INTO ims.capacity_threshold (org_id, service_id, ci_id, metric, warning_level, critical_level) VALUES (%s, %s, %s, 'x', 1, 2)$$, :org, :shop, :db)),
          '23514 capacity_threshold_subject_check capacity_threshold', 'a threshold is for a service or a CI, not both');
SELECT is(test_helpers.violation(format($$INSERT INTO ims.capacity_threshold (org_id, ci_id, metric, warning_level, critical_level) VALUES (%s, %s, 'storage_used', 70, 90)$$, :org, :db)),
          '23505 capacity_threshold_key capacity_threshold', 'one threshold per subject and metric');

INSERT INTO ims.continuity_plan (org_id, service_id, title, status, approved_by, rto, rpo)
VALUES (:org, :shop, 'Shop failover', 'approved', 'cio.t64', '4 hours', '15 minutes') RETURNING id AS plan \gset
INSERT INTO ims.continuity_plan (org_id, service_id, title) VALUES (:org, :shop, 'Untested draft');
INSERT INTO ims.continuity_test (org_id, plan_id, tested_on, kind, outcome, achieved_rto)
VALUES (:org, :plan, '2026-02-10', 'failover', 'failed', '6 hours'), (:org, :plan, '2026-05-12', 'failover', 'passed', '3 hours');
SELECT results_eq(format($$SELECT title, last_tested_on, last_outcome, last_rto_met, tests::int FROM ims.continuity_status WHERE org_id = %s ORDER BY plan_id$$, :org),
    $$VALUES ('Shop failover', '2026-05-12'::date, 'passed', true, 2), ('Untested draft', NULL, NULL, NULL, 0)$$,
    'ims.continuity_status: the latest test of each plan and whether it met the RTO');
SELECT is(test_helpers.violation(format($$INSERT INTO ims.continuity_plan (org_id, service_id, title, status) VALUES (%s, %s, 'x', 'approved')$$, :org, :shop)),
          '23514 continuity_plan_approved_check continuity_plan', 'an approved continuity plan names who approved it');

INSERT INTO ims.availability_target (org_id, service_id, target_percent, valid_from) VALUES (:org, :shop, 99.5, '2026-01-01');
INSERT INTO ims.service_outage (org_id, service_id, period, planned) VALUES
    (:org, :shop, '[2026-04-02 10:00+00, 2026-04-02 12:00+00)', false),
    (:org, :shop, '[2026-04-02 11:00+00, 2026-04-02 13:00+00)', false),   -- overlaps the first: counted once
    (:org, :shop, '[2026-04-10 00:00+00, 2026-04-10 06:00+00)', true),    -- planned: not counted
    (:org, :shop, '[2026-03-31 23:00+00, 2026-04-01 01:00+00)', false);   -- starts before the window: clipped
SELECT is((SELECT (unplanned_downtime, availability_percent, target_percent, target_met)::text
           FROM ims.service_availability(:org, :shop, '2026-04-01 00:00+00', '2026-05-01 00:00+00')),
          '(04:00:00,99.444,99.500,f)', 'ims.service_availability: 4 h of merged, clipped unplanned outages in April is 99.444 %, below 99.5 %');
SELECT is((SELECT (unplanned_downtime, availability_percent, target_met)::text
           FROM ims.service_availability(:org, :shop, '2026-05-01 00:00+00', '2026-06-01 00:00+00')),
          '(00:00:00,100.000,t)', '... and May without outages meets it');
SELECT is(test_helpers.violation(format($$INSERT INTO ims.service_outage (org_id, service_id, period) VALUES (%s, %s, 'empty')$$, :org, :shop)),
          '23514 service_outage_period_check service_outage', 'an outage has a period');

-- Views are plain SQL: a reporting role sees only its organizations (security_invoker).
SELECT is((SELECT count(*)::int FROM pg_catalog.pg_class c
           WHERE c.relnamespace = 'ims'::regnamespace AND c.relkind = 'v'
             AND c.relname IN ('risk_heatmap', 'open_nonconformities', 'objective_status', 'capacity_status', 'continuity_status')
             AND c.reloptions @> ARRAY['security_invoker=true']), 5,
          'the five part-2 views run with the caller''s row-level security');

SELECT * FROM finish();
ROLLBACK;
