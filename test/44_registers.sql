-- The registers as a whole (issue 4): org_id in every key (tenant
-- isolation), rule tenant_immutable on every register and link table,
-- ci_relation checks, the impact functions ims.ci_impact and
-- ims.impacted_services, updated_at/updated_by (register_touch), the rule
-- catalogue (ims.rule, ims.rule_basis) and the default priority matrix.
BEGIN;
SELECT plan(109);

SET ims.actor = 'tester.tina';

-- A milestone recorded by the rules in this transaction: at clock time, not before it began.
CREATE FUNCTION pg_temp.recent(ts timestamptz) RETURNS boolean
LANGUAGE sql AS $$ SELECT coalesce(ts BETWEEN now() AND clock_timestamp(), false) $$;

-- The registers: every table of issue 4 that carries org_id.
CREATE TEMP TABLE registers (name text PRIMARY KEY, oid regclass NOT NULL);
INSERT INTO registers (name, oid)
SELECT t, ('ims.' || t)::regclass
FROM unnest(ARRAY['organization', 'management_system', 'service', 'service_scope', 'ci', 'ci_relation',
                  'service_ci', 'priority_matrix', 'incident', 'incident_ci', 'problem', 'problem_incident',
                  'known_error', 'change_model', 'change', 'change_ci', 'change_problem', 'change_incident',
                  'change_freeze', 'release', 'release_change', 'service_request', 'status_history']) AS t;
CREATE FUNCTION pg_temp.org_attnum(p_rel regclass) RETURNS smallint
LANGUAGE sql AS $$ SELECT attnum FROM pg_catalog.pg_attribute WHERE attrelid = p_rel AND attname = 'org_id' AND NOT attisdropped $$;

-- ---------------------------------------------------------------------------
-- org_id in every primary key and every foreign key between registers.
SELECT is((SELECT count(*)::int FROM registers WHERE pg_temp.org_attnum(oid) IS NOT NULL), 23,
          'all 23 registers and link tables have a column org_id');
SELECT is((SELECT count(*)::int FROM pg_catalog.pg_constraint c JOIN registers r ON r.oid = c.conrelid WHERE c.contype = 'p'),
          23, 'all 23 have a primary key');
SELECT is_empty($$
    SELECT r.name FROM registers r JOIN pg_catalog.pg_constraint c ON c.conrelid = r.oid AND c.contype = 'p'
    WHERE NOT pg_temp.org_attnum(r.oid) = ANY (c.conkey)
$$, 'every primary key includes org_id');
SELECT is_empty($$
    SELECT r.name FROM registers r JOIN pg_catalog.pg_constraint c ON c.conrelid = r.oid AND c.contype = 'p'
    WHERE c.conkey[1] <> pg_temp.org_attnum(r.oid)
$$, 'org_id is the first column of every primary key (the distribution key)');
SELECT cmp_ok((SELECT count(*)::int FROM pg_catalog.pg_constraint c
               WHERE c.contype = 'f' AND c.conrelid IN (SELECT oid FROM registers) AND c.confrelid IN (SELECT oid FROM registers)),
              '>=', 35, 'there are at least 35 foreign keys between the registers (the next test is not vacuous)');
SELECT is_empty($$
    SELECT c.conname FROM pg_catalog.pg_constraint c
    WHERE c.contype = 'f' AND c.conrelid IN (SELECT oid FROM registers) AND c.confrelid IN (SELECT oid FROM registers)
      AND NOT EXISTS (SELECT FROM generate_subscripts(c.conkey, 1) AS i
                      WHERE c.conkey[i] = pg_temp.org_attnum(c.conrelid)
                        AND c.confkey[i] = pg_temp.org_attnum(c.confrelid))
$$, 'every foreign key between registers matches org_id to org_id');
SELECT is_empty($$
    SELECT r.name FROM registers r
    WHERE r.name <> 'organization'
      AND NOT EXISTS (SELECT FROM pg_catalog.pg_constraint c WHERE c.contype = 'f' AND c.conrelid = r.oid
                      AND c.confrelid IN (SELECT oid FROM registers))
$$, 'every register but ims.organization refers to another register (at least to its organization)');

-- Two organizations with a row in every register.
INSERT INTO ims.organization (code, name) VALUES ('t44a', 'Test 44 A') RETURNING org_id AS org \gset
INSERT INTO ims.organization (code, name) VALUES ('t44b', 'Test 44 B') RETURNING org_id AS org_b \gset
INSERT INTO ims.management_system (org_id, kind, standard, name) VALUES (:org, 'isms', '27001:2022', 'ISMS') RETURNING id AS ms \gset
INSERT INTO ims.service (org_id, name) VALUES (:org, 'Payments') RETURNING id AS svc \gset
INSERT INTO ims.service_scope (org_id, service_id, management_system_id) VALUES (:org, :svc, :ms);
INSERT INTO ims.ci (org_id, name, ci_class) VALUES (:org, 'api', 'application') RETURNING id AS ci_api \gset
INSERT INTO ims.ci (org_id, name, ci_class) VALUES (:org, 'db', 'database') RETURNING id AS ci_db \gset
INSERT INTO ims.ci_relation (org_id, source_ci_id, relation_type, target_ci_id) VALUES (:org, :ci_api, 'depends_on', :ci_db);
INSERT INTO ims.service_ci (org_id, service_id, ci_id) VALUES (:org, :svc, :ci_api);
INSERT INTO ims.incident (org_id, title, service_id) VALUES (:org, 'Slow payments', :svc) RETURNING id AS inc \gset
INSERT INTO ims.incident_ci (org_id, incident_id, ci_id) VALUES (:org, :inc, :ci_db);
INSERT INTO ims.problem (org_id, title) VALUES (:org, 'Lock contention') RETURNING id AS prob \gset
INSERT INTO ims.problem_incident (org_id, problem_id, incident_id) VALUES (:org, :prob, :inc);
INSERT INTO ims.known_error (org_id, problem_id, symptom, root_cause, workaround)
VALUES (:org, :prob, 'Timeouts', 'Long transactions', 'Restart the batch');
INSERT INTO ims.change_model (org_id, name, risk_level, security_impact_assessment, authorized_by)
VALUES (:org, 'Index rebuild', 'low', 'None.', 'cab.carl');
INSERT INTO ims.change (org_id, title, requested_by) VALUES (:org, 'Add an index', 'dba.dan') RETURNING id AS chg \gset
INSERT INTO ims.change_ci (org_id, change_id, ci_id) VALUES (:org, :chg, :ci_db);
INSERT INTO ims.change_problem (org_id, change_id, problem_id) VALUES (:org, :chg, :prob);
INSERT INTO ims.change_incident (org_id, change_id, incident_id, link_type) VALUES (:org, :chg, :inc, 'fixes');
INSERT INTO ims.change_freeze (org_id, name, period) VALUES (:org, 'Quarter end', tstzrange(now() + interval '30 days', now() + interval '31 days'));
INSERT INTO ims.release (org_id, name) VALUES (:org, '2024.1') RETURNING id AS rel \gset
INSERT INTO ims.release_change (org_id, release_id, change_id) VALUES (:org, :rel, :chg);
INSERT INTO ims.service_request (org_id, title) VALUES (:org, 'New account') RETURNING id AS req \gset
UPDATE ims.service_request SET status = 'in_progress' WHERE org_id = :org AND id = :req;
SET CONSTRAINTS ALL IMMEDIATE;
SET CONSTRAINTS ALL DEFERRED;
INSERT INTO ims.ci (org_id, name, ci_class) VALUES (:org_b, 'b-db', 'database') RETURNING id AS ci_b \gset
INSERT INTO ims.service (org_id, name) VALUES (:org_b, 'B service') RETURNING id AS svc_b \gset
INSERT INTO ims.change (org_id, title, requested_by) VALUES (:org_b, 'B change', 'dba.dan') RETURNING id AS chg_b \gset
INSERT INTO ims.incident (org_id, title) VALUES (:org_b, 'B incident') RETURNING id AS inc_b \gset

CREATE FUNCTION pg_temp.rows_of(p_table text, p_org bigint) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    n bigint;
BEGIN
    EXECUTE format('SELECT count(*) FROM ims.%I WHERE org_id = $1', p_table) INTO n USING p_org;
    RETURN n;
END $$;
SELECT is_empty(format('SELECT name FROM registers WHERE pg_temp.rows_of(name, %s) = 0', :org),
                'organization A has a row in every register');
CREATE TEMP TABLE rows_before AS SELECT name, pg_temp.rows_of(name, :org) AS a, pg_temp.rows_of(name, :org_b) AS b FROM registers;

-- A link across organizations is refused by the foreign keys.
SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.ci_relation (org_id, source_ci_id, relation_type, target_ci_id) VALUES (%s, %s, 'depends_on', %s)$$, :org, :ci_api, :ci_b)),
          '23503 ci_relation_target_fk ci_relation', 'a CI cannot depend on a CI of another organization');
SELECT is(test_helpers.violation(format(
          'INSERT INTO ims.change_ci (org_id, change_id, ci_id) VALUES (%s, %s, %s)', :org, :chg, :ci_b)),
          '23503 change_ci_ci_fk change_ci', 'a change cannot affect a CI of another organization');
SELECT is(test_helpers.violation(format(
          'INSERT INTO ims.change_ci (org_id, change_id, ci_id) VALUES (%s, %s, %s)', :org_b, :chg, :ci_b)),
          '23503 change_ci_change_fk change_ci', '... nor be linked from the other organization''s side');
SELECT is(test_helpers.violation(format(
          'INSERT INTO ims.incident (org_id, title, service_id) VALUES (%s, %L, %s)', :org, 'Cross', :svc_b)),
          '23503 incident_service_fk incident', 'an incident cannot name a service of another organization');
SELECT is(test_helpers.violation(format(
          'INSERT INTO ims.problem_incident (org_id, problem_id, incident_id) VALUES (%s, %s, %s)', :org, :prob, :inc_b)),
          '23503 problem_incident_incident_fk problem_incident', 'a problem cannot link an incident of another organization');
SELECT is(test_helpers.violation(format(
          'INSERT INTO ims.release_change (org_id, release_id, change_id) VALUES (%s, %s, %s)', :org, :rel, :chg_b)),
          '23503 release_change_change_fk release_change', 'a release cannot bundle a change of another organization');
SELECT is(test_helpers.violation(format(
          'INSERT INTO ims.service_ci (org_id, service_id, ci_id) VALUES (%s, %s, %s)', :org, :svc, :ci_b)),
          '23503 service_ci_ci_fk service_ci', 'a service cannot use a CI of another organization');

-- ---------------------------------------------------------------------------
-- tenant_immutable: org_id never changes, on any register or link table.
SELECT is(test_helpers.violation(format('UPDATE ims.%I SET org_id = %s WHERE org_id = %s',
                                        name, CASE WHEN name = 'organization' THEN :org + 1000000 ELSE :org_b END, :org)),
          '23514 tenant_immutable ' || name, 'tenant_immutable: moving a row of ims.' || name || ' to another organization is refused')
FROM registers ORDER BY name;
SELECT is_empty(format('SELECT name FROM rows_before WHERE (a, b) IS DISTINCT FROM (pg_temp.rows_of(name, %s), pg_temp.rows_of(name, %s))',
                       :org, :org_b),
                '... and no row moved: each organization has as many rows in each register as before');
SELECT is(test_helpers.violation_at_commit(format('UPDATE ims.%I SET org_id = org_id WHERE org_id = %s', name, :org)),
          'no error', 'tenant_immutable: UPDATE ims.' || name || ' SET org_id = org_id is accepted')
FROM registers ORDER BY name;
SELECT is(test_helpers.violation(format('UPDATE ims.change_freeze SET org_id = %s WHERE org_id = %s AND ci_id IS NULL', :org_b, :org)),
          '23514 tenant_immutable change_freeze', 'a freeze of all CIs (no foreign key to a CI) cannot move either');
SELECT is(test_helpers.violation(format('UPDATE ims.management_system SET org_id = %s, name = %L WHERE org_id = %s', :org_b, 'Moved', :org)),
          '23514 tenant_immutable management_system', 'moving a row while changing other columns is refused too');
SELECT is_empty($$
    SELECT c.relname FROM pg_catalog.pg_class c
    JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attname = 'org_id' AND NOT a.attisdropped
    WHERE c.relnamespace = 'ims'::regnamespace AND c.relkind = 'r'
      AND NOT EXISTS (SELECT FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_proc p ON p.oid = t.tgfoid
                      WHERE t.tgrelid = c.oid AND NOT t.tgisinternal
                        AND (t.tgtype & 2) <> 0 AND (t.tgtype & 1) <> 0 AND (t.tgtype & 16) <> 0
                        AND p.proname IN ('tenant_immutable', 'register_touch', 'lifecycle_rules', 'incident_rules',
                                          'problem_rules', 'known_error_rules', 'change_rules', 'append_only',
                                          'risk_rules', 'risk_matrix_rules', 'soa_entry_rules', 'nonconformity_rules',
                                          'corrective_action_rules', 'audit_rules'))
$$, 'every table of schema ims with an org_id has a BEFORE UPDATE row trigger that enforces tenant_immutable');
-- An organization's own lifecycle rows are org-keyed too.
INSERT INTO ims.organization (code, name) VALUES ('t44c', 'Test 44 C') RETURNING org_id AS org_c \gset
INSERT INTO ims.lifecycle_transition (org_id, record_kind, variant, from_status, to_status)
SELECT :org_c, record_kind, variant, from_status, to_status FROM ims.lifecycle_transition
WHERE org_id IS NULL AND record_kind = 'release';
SELECT is(test_helpers.violation(format('UPDATE ims.lifecycle_transition SET org_id = %s WHERE org_id = %s', :org_b, :org_c)),
          '23514 tenant_immutable lifecycle_transition', 'an organization''s lifecycle rows cannot move to another organization');

-- ---------------------------------------------------------------------------
-- ci_relation checks.
SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.ci_relation (org_id, source_ci_id, relation_type, target_ci_id) VALUES (%s, %s, 'depends_on', %s)$$, :org, :ci_db, :ci_db)),
          '23514 ci_relation_self_check ci_relation', 'a CI cannot relate to itself');
SELECT is(test_helpers.violation(format(
          $$UPDATE ims.ci_relation SET target_ci_id = source_ci_id WHERE org_id = %s$$, :org)),
          '23514 ci_relation_self_check ci_relation', 'an UPDATE cannot turn a relation into a self link');
SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.ci_relation (org_id, source_ci_id, relation_type, target_ci_id) VALUES (%s, %s, 'owns', %s)$$, :org, :ci_db, :ci_api)),
          '23514 ci_relation_type_check ci_relation', 'an unknown relation type is refused');
SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.ci_relation (org_id, source_ci_id, relation_type, target_ci_id)
            SELECT %s, %s, t, %s FROM unnest(ARRAY['depends_on', 'runs_on', 'connects_to', 'part_of']) AS t$$, :org, :ci_db, :ci_api)),
          'no error', 'the four relation types depends_on, runs_on, connects_to and part_of are accepted');
SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.ci_relation (org_id, source_ci_id, relation_type, target_ci_id) VALUES (%s, %s, 'depends_on', %s)$$, :org, :ci_api, :ci_db)),
          '23505 ci_relation_pkey ci_relation', 'the same relation cannot be recorded twice');

-- ---------------------------------------------------------------------------
-- ims.ci_impact and ims.impacted_services on a graph with a cycle.
--   ga depends_on gb, gb depends_on gc, gc depends_on ga (a cycle);
--   ga runs_on gc (a shorter way from gc to ga); gd part_of ga; ge stands alone.
INSERT INTO ims.ci (org_id, name, ci_class)
SELECT :org, n, 'server' FROM unnest(ARRAY['ga', 'gb', 'gc', 'gd', 'ge']) AS n;
SELECT id AS ga FROM ims.ci WHERE org_id = :org AND name = 'ga' \gset
SELECT id AS gb FROM ims.ci WHERE org_id = :org AND name = 'gb' \gset
SELECT id AS gc FROM ims.ci WHERE org_id = :org AND name = 'gc' \gset
SELECT id AS gd FROM ims.ci WHERE org_id = :org AND name = 'gd' \gset
SELECT id AS ge FROM ims.ci WHERE org_id = :org AND name = 'ge' \gset
INSERT INTO ims.ci_relation (org_id, source_ci_id, relation_type, target_ci_id) VALUES
    (:org, :ga, 'depends_on', :gb), (:org, :gb, 'depends_on', :gc), (:org, :gc, 'depends_on', :ga),
    (:org, :ga, 'runs_on', :gc), (:org, :gd, 'part_of', :ga);
INSERT INTO ims.service (org_id, name, criticality) VALUES (:org, 'S1', 1), (:org, 'S2', 2), (:org, 'S3', 3), (:org, 'S4', 4);
INSERT INTO ims.service_ci (org_id, service_id, ci_id)
SELECT :org, s.id, c.id FROM ims.service s JOIN ims.ci c ON c.org_id = s.org_id
WHERE s.org_id = :org AND (s.name, c.name) IN (('S1', 'ga'), ('S2', 'gb'), ('S2', 'gd'), ('S3', 'ge'), ('S4', 'gc'));
-- Organization B has CIs with the same names and its own relation.
INSERT INTO ims.ci (org_id, name, ci_class) VALUES (:org_b, 'ga', 'server') RETURNING id AS b_ga \gset
INSERT INTO ims.ci (org_id, name, ci_class) VALUES (:org_b, 'gc', 'server') RETURNING id AS b_gc \gset
INSERT INTO ims.ci_relation (org_id, source_ci_id, relation_type, target_ci_id) VALUES (:org_b, :b_ga, 'depends_on', :b_gc);
INSERT INTO ims.service_ci (org_id, service_id, ci_id) VALUES (:org_b, :svc_b, :b_ga);

SELECT results_eq(
    format('SELECT ci_name, depth FROM ims.ci_impact(%s, %s) ORDER BY ci_name', :org, :gc),
    $$VALUES ('ga', 1), ('gb', 1), ('gc', 0), ('gd', 2)$$,
    'ci_impact terminates on a cycle and reports each CI once, at its shortest depth (ga at 1 through runs_on, not 2 through gb)');
SELECT is((SELECT path FROM ims.ci_impact(:org, :gc) WHERE ci_id = :gd), ARRAY[:gc, :ga, :gd]::bigint[],
          'the path is the shortest one, from the failing CI to the hit CI');
SELECT results_eq(
    format('SELECT ci_name, depth FROM ims.ci_impact(%s, %s) ORDER BY ci_name', :org, :gb),
    $$VALUES ('ga', 1), ('gb', 0), ('gc', 2), ('gd', 2)$$,
    'ci_impact from another member of the cycle');
SELECT results_eq(
    format('SELECT ci_name, depth FROM ims.ci_impact(%s, %s) ORDER BY ci_name', :org, :ga),
    $$VALUES ('ga', 0), ('gb', 2), ('gc', 1), ('gd', 1)$$,
    'ci_impact from the third member of the cycle');
SELECT results_eq(
    format('SELECT ci_name, depth FROM ims.ci_impact(%s, %s)', :org, :ge),
    $$VALUES ('ge', 0)$$,
    'a CI nothing depends on hits only itself');
SELECT results_eq(
    format('SELECT ci_name, depth FROM ims.ci_impact(%s, %s) ORDER BY ci_name', :org, :ci_api),
    $$VALUES ('api', 0), ('db', 1)$$,
    'a CI related to the failing one in four ways (depends_on, runs_on, connects_to, part_of) is reported once');
SELECT results_eq(
    format('SELECT service_name, criticality, via_ci_id, depth FROM ims.impacted_services(%s, %s) ORDER BY service_name', :org, :gc),
    format('VALUES (%L, 1::smallint, %s::bigint, 1), (%L, 2::smallint, %s::bigint, 1), (%L, 4::smallint, %s::bigint, 0)',
           'S1', :ga, 'S2', :gb, 'S4', :gc),
    'impacted_services lists each service once with its nearest CI and depth (S2 through gb at 1, not gd at 2)');
SELECT results_eq(
    format('SELECT service_name, via_ci_id, depth FROM ims.impacted_services(%s, %s) ORDER BY service_name', :org, :ga),
    format('VALUES (%L, %s::bigint, 0), (%L, %s::bigint, 1), (%L, %s::bigint, 1)', 'S1', :ga, 'S2', :gd, 'S4', :gc),
    'from ga, S2 is hit through gd at depth 1');
SELECT is_empty(format('SELECT * FROM ims.impacted_services(%s, %s) WHERE service_name = %L', :org, :gc, 'S3'),
                'a service on an unrelated CI is not hit');
SELECT results_eq(
    format('SELECT ci_name, depth FROM ims.ci_impact(%s, %s) ORDER BY ci_name', :org_b, :b_gc),
    $$VALUES ('ga', 1), ('gc', 0)$$,
    'another organization''s graph stays its own, even with the same CI names');
SELECT is_empty(format('SELECT * FROM ims.ci_impact(%s, %s)', :org, :b_gc),
                'a CI of another organization is not reachable');
SELECT is_empty(format('SELECT * FROM ims.impacted_services(%s, %s)', :org, :b_gc),
                'a CI of another organization hits none of this organization''s services');
SELECT is_empty(format('SELECT * FROM ims.ci_impact(%s, %s)', :org_b, :gc),
                '... and this organization''s CI is not reachable from the other one');
SELECT is_empty(format('SELECT * FROM ims.ci_impact(%s, -1)', :org), 'an unknown CI gives no rows from ci_impact');
SELECT is_empty(format('SELECT * FROM ims.impacted_services(%s, -1)', :org), 'an unknown CI gives no rows from impacted_services');
SELECT is_empty('SELECT * FROM ims.ci_impact(-1, 1)', 'an unknown organization gives no rows');

-- ---------------------------------------------------------------------------
-- register_touch: updated_at and updated_by (on rows no earlier test updated).
INSERT INTO ims.service (org_id, name) VALUES (:org, 'Touched') RETURNING id AS t_svc \gset
INSERT INTO ims.ci (org_id, name, ci_class) VALUES (:org, 'touched-1', 'server') RETURNING id AS t_ci1 \gset
INSERT INTO ims.ci (org_id, name, ci_class) VALUES (:org, 'touched-2', 'server') RETURNING id AS t_ci2 \gset
SELECT is((SELECT row(updated_at, updated_by, created_by)::text FROM ims.service WHERE org_id = :org AND id = :t_svc),
          row(NULL, NULL, 'tester.tina')::text, 'a new service has created_by and no updated_at/updated_by');
SET ims.actor = 'editor.ed';
UPDATE ims.service SET description = 'Card and transfer payments' WHERE org_id = :org AND id = :t_svc;
UPDATE ims.ci SET owner = 'dba.dan' WHERE org_id = :org AND id = :t_ci1;
SELECT is((SELECT row(pg_temp.recent(updated_at), updated_by, created_by)::text FROM ims.service WHERE org_id = :org AND id = :t_svc),
          row(true, 'editor.ed', 'tester.tina')::text, 'an UPDATE of a service sets updated_at and updated_by, not created_by');
SELECT is((SELECT row(pg_temp.recent(updated_at), updated_by)::text FROM ims.ci WHERE org_id = :org AND id = :t_ci1),
          row(true, 'editor.ed')::text, 'an UPDATE of a CI sets updated_at and updated_by');
SELECT is((SELECT updated_by FROM ims.ci WHERE org_id = :org AND id = :t_ci2), NULL,
          '... and only on the updated row');
SELECT is(test_helpers.violation(format('UPDATE ims.ci SET updated_by = %L, updated_at = %L WHERE org_id = %s AND id = %s',
                                        'someone.else', '2000-01-01', :org, :t_ci2)), 'no error', 'a statement may try to set them');
SELECT is((SELECT row(pg_temp.recent(updated_at), updated_by)::text FROM ims.ci WHERE org_id = :org AND id = :t_ci2),
          row(true, 'editor.ed')::text, '... but the acting user and the time are recorded');
RESET ims.actor;
UPDATE ims.service SET owner = 'head.payments' WHERE org_id = :org AND id = :t_svc;
SELECT is((SELECT updated_by FROM ims.service WHERE org_id = :org AND id = :t_svc), session_user::text,
          'without ims.actor the session user is recorded');
SET ims.actor = 'tester.tina';

-- ---------------------------------------------------------------------------
-- The rule catalogue.
SELECT set_eq($$SELECT name FROM ims.rule WHERE record_kind IN ('every register', 'incident', 'problem',
                 'known_error', 'change', 'release', 'service_request')$$,
    ARRAY['tenant_immutable', 'incident_transition', 'incident_priority', 'incident_resolution',
          'security_incident_assessment', 'security_incident_lessons', 'major_incident_review',
          'problem_transition', 'problem_needs_incident', 'known_error_content', 'problem_resolution',
          'change_transition', 'change_security_assessment', 'change_segregation', 'change_window',
          'emergency_change_review', 'failed_change_incident', 'release_transition', 'release_changes_approved',
          'service_request_transition'],
    'ims.rule lists exactly the rules the triggers raise: the issue-4 rules of DESIGN.md, tenant_immutable and the lifecycles');
SELECT results_eq(
    $$SELECT name, record_kind, checked FROM ims.rule WHERE record_kind IN ('every register', 'incident', 'problem',
      'known_error', 'change', 'release', 'service_request') ORDER BY name$$,
    $$VALUES ('change_security_assessment', 'change', 'row and commit'), ('change_segregation', 'change', 'row'),
             ('change_transition', 'change', 'row'), ('change_window', 'change', 'row and commit'),
             ('emergency_change_review', 'change', 'row'), ('failed_change_incident', 'change', 'commit'),
             ('incident_priority', 'incident', 'row'), ('incident_resolution', 'incident', 'row'),
             ('incident_transition', 'incident', 'row'), ('known_error_content', 'known_error', 'row'),
             ('major_incident_review', 'incident', 'row and commit'), ('problem_needs_incident', 'problem', 'commit'),
             ('problem_resolution', 'problem', 'row and commit'), ('problem_transition', 'problem', 'row'),
             ('release_changes_approved', 'release', 'commit'), ('release_transition', 'release', 'row'),
             ('security_incident_assessment', 'incident', 'row'), ('security_incident_lessons', 'incident', 'row'),
             ('service_request_transition', 'service_request', 'row'), ('tenant_immutable', 'every register', 'row')$$,
    'each rule names its register and when it is checked (at the statement, at commit, or both), as the rules behave');
SELECT is_empty($$SELECT name FROM ims.rule WHERE sqlstate <> '23514' OR demands !~ '\S'$$,
                'every rule raises 23514 and says what it demands');
SELECT is_empty($$SELECT name FROM ims.rule r WHERE NOT EXISTS (SELECT FROM ims.rule_basis b WHERE b.rule = r.name)$$,
                'every rule has at least one basis row');
SELECT is_empty($$
    SELECT * FROM (VALUES
        ('incident_transition', '20000-1:2018', '8.6.1'), ('incident_priority', '20000-1:2018', '8.6.1'),
        ('incident_resolution', '20000-1:2018', '8.6.1'),
        ('security_incident_assessment', '27001:2013', 'A.16.1.4'), ('security_incident_assessment', '20000-1:2018', '8.7.3.3'),
        ('security_incident_lessons', '27001:2013', 'A.16.1.6'), ('major_incident_review', '20000-1:2018', '8.6.1'),
        ('problem_needs_incident', '20000-1:2018', '8.6.3'), ('known_error_content', '20000-1:2018', '8.6.3'),
        ('problem_resolution', '20000-1:2018', '8.6.3'), ('change_transition', '20000-1:2018', '8.5.1'),
        ('change_security_assessment', '27001:2013', 'A.12.1.2'), ('change_security_assessment', '27001:2013', 'A.14.2.2'),
        ('change_security_assessment', '20000-1:2018', '8.5.1.3'), ('change_segregation', '27001:2013', 'A.6.1.2'),
        ('change_window', '20000-1:2018', '8.5.1.3'), ('emergency_change_review', '20000-1:2018', '8.5.1.3'),
        ('failed_change_incident', '20000-1:2018', '8.5.1.3'), ('release_changes_approved', '20000-1:2018', '8.5.3')
    ) AS design (rule, standard, ref)
    EXCEPT
    SELECT rule, standard, coalesce(clause_ref, control_ref)::text FROM ims.rule_basis
$$, 'every clause and control DESIGN.md names as motivation of a rule is a basis row of that rule');
SELECT is_empty($$
    SELECT r FROM unnest(ARRAY['security_incident_assessment', 'change_security_assessment']) AS r
    WHERE NOT EXISTS (SELECT FROM ims.rule_basis b WHERE b.rule = r AND b.standard LIKE '27001:%')
       OR NOT EXISTS (SELECT FROM ims.rule_basis b WHERE b.rule = r AND b.standard LIKE '20000-1:%')
$$, 'the rules DESIGN.md motivates from both standards have basis rows in both families (27001 and 20000-1)');
SELECT is((SELECT count(*)::int FROM ims.rule_basis b
           LEFT JOIN ims.clause c ON b.clause_ref IS NOT NULL AND c.standard = b.standard AND c.ref = b.clause_ref
           LEFT JOIN ims.control k ON b.control_ref IS NOT NULL AND k.standard = b.standard AND k.ref = b.control_ref
           WHERE c.ref IS NOT NULL OR k.ref IS NOT NULL),
          (SELECT count(*)::int FROM ims.rule_basis),
          'every basis row points at an existing clause or control of the catalogue');
SELECT results_eq(
    $$SELECT r.name FROM ims.rule r JOIN ims.rule_basis b ON b.rule = r.name
      WHERE b.standard = '20000-1:2018' AND b.clause_ref = '8.5.1.3' ORDER BY r.name$$,
    $$VALUES ('change_security_assessment'), ('change_transition'), ('change_window'),
             ('emergency_change_review'), ('failed_change_incident')$$,
    'which rules enforce 20000-1 8.5.1.3: one query');
SELECT results_eq(
    $$SELECT name, guidance_27013::text FROM ims.rule
      WHERE name IN ('incident_priority', 'major_incident_review', 'change_security_assessment') ORDER BY name$$,
    $$VALUES ('change_security_assessment', '6.2.11'), ('incident_priority', '6.2.10'), ('major_incident_review', '6.2.9')$$,
    'the ISO/IEC 27013 guidance DESIGN.md names is recorded');
SELECT is(test_helpers.violation($$INSERT INTO ims.rule_basis (rule, standard, clause_ref) VALUES ('change_window', '20000-1:2018', '99.9')$$),
          '23503 rule_basis_clause_fk rule_basis', 'a basis row cannot point at a clause the catalogue does not have');

-- ---------------------------------------------------------------------------
-- A new organization starts with the default priority matrix.
SELECT is((SELECT count(*)::int FROM ims.default_priority_matrix), 16, 'the default priority matrix has 16 cells');
SELECT is((SELECT count(*)::int FROM ims.priority_matrix WHERE org_id = :org_c), 16, 'a new organization has 16 matrix cells');
SELECT set_eq(format('SELECT impact, urgency, priority FROM ims.priority_matrix WHERE org_id = %s', :org_c),
              'SELECT impact, urgency, priority FROM ims.default_priority_matrix',
              '... equal to ims.default_priority_matrix');
SELECT results_eq(
    'SELECT (impact + urgency)::int AS s, min(priority), max(priority) FROM ims.default_priority_matrix GROUP BY 1 ORDER BY 1',
    $$VALUES (2, 1::smallint, 1::smallint), (3, 2::smallint, 2::smallint), (4, 3::smallint, 3::smallint),
             (5, 4::smallint, 4::smallint), (6, 4::smallint, 4::smallint), (7, 5::smallint, 5::smallint),
             (8, 5::smallint, 5::smallint)$$,
    'the default matrix: 1+1 -> 1, sum 3 -> 2, sum 4 -> 3, sums 5-6 -> 4, sums 7-8 -> 5');
INSERT INTO ims.organization (code, name) SELECT 't44-bulk-' || i, 'Bulk ' || i FROM generate_series(1, 3) AS i;
SELECT is((SELECT count(*)::int FROM ims.priority_matrix m JOIN ims.organization o USING (org_id) WHERE o.code LIKE 't44-bulk-%'),
          48, 'organizations created in bulk get a matrix each');

SELECT * FROM finish();
ROLLBACK;
