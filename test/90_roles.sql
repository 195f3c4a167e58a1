-- The roles of the extension (issue 9): ims_reader, ims_operator,
-- ims_manager, ims_auditor, ims_admin exist with their hierarchy, and for
-- each, the actions it is meant for work while the others fail with 42501.
-- Every test role is a member of one organization; isolation between
-- organizations is test/91_rls_isolation.sql.  docs/security.md.
BEGIN;
SELECT plan(62);

-- ---------------------------------------------------------------------------
-- Acting as another role.  pgTAP itself runs as the superuser (it writes its
-- own temporary tables); each helper switches to the role for one statement
-- and back.  The roles call test_helpers.*, so they need USAGE on that
-- schema (granted here, rolled back with the rest).
GRANT USAGE ON SCHEMA test_helpers TO PUBLIC;

-- test_helpers.violation(statement), run as role r: 'no error' (the
-- statement's effects stay) or 'SQLSTATE constraint table' (nothing stays).
CREATE FUNCTION pg_temp.violation_as(r name, statement text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    result text;
BEGIN
    EXECUTE format('SET LOCAL ROLE %I', r);
    result := test_helpers.violation(statement);
    RESET ROLE;
    RETURN result;
END $$;

-- The same, then the checks deferred to commit (test_helpers.violation_at_commit).
CREATE FUNCTION pg_temp.violation_at_commit_as(r name, statement text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    result text;
BEGIN
    EXECUTE format('SET LOCAL ROLE %I', r);
    result := test_helpers.violation_at_commit(statement);
    RESET ROLE;
    RETURN result;
END $$;

-- test_helpers.error_text(statement) as role r: 'SQLSTATE | message | detail | hint'.
CREATE FUNCTION pg_temp.error_text_as(r name, statement text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    result text;
BEGIN
    EXECUTE format('SET LOCAL ROLE %I', r);
    result := test_helpers.error_text(statement);
    RESET ROLE;
    RETURN result;
END $$;

-- The first column of the first row of a query run as role r, as text; or
-- 'ERROR SQLSTATE' (the failed query leaves nothing behind).
CREATE FUNCTION pg_temp.value_as(r name, query text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    result text;
BEGIN
    EXECUTE format('SET LOCAL ROLE %I', r);
    EXECUTE query INTO result;
    RESET ROLE;
    RETURN result;
EXCEPTION WHEN others THEN
    RETURN 'ERROR ' || SQLSTATE;
END $$;

-- The same as violation_as, but whatever the statement did is undone (for
-- statements that must fail: a wrongly accepted one leaves no trace that
-- would disturb the tests after it).
CREATE FUNCTION pg_temp.violation_undone_as(r name, statement text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    result text;
BEGIN
    BEGIN
        result := pg_temp.violation_as(r, statement);
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'undo';
    EXCEPTION WHEN raise_exception THEN
        NULL;
    END;
    RETURN result;
END $$;

-- Several statements as role r, each on its own and undone: 'label:
-- outcome' for those whose outcome (test_helpers.violation) is not the
-- expected one; NULL when all are as expected.
CREATE FUNCTION pg_temp.unexpected_as(r name, expected text, statements text[][]) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    i int;
    outcome text;
    report text;
BEGIN
    FOR i IN 1 .. array_length(statements, 1) LOOP
        outcome := pg_temp.violation_undone_as(r, statements[i][2]);
        IF outcome IS DISTINCT FROM expected THEN
            report := concat_ws('; ', report, statements[i][1] || ': ' || outcome);
        END IF;
    END LOOP;
    RETURN report;
END $$;

-- ---------------------------------------------------------------------------
-- The roles exist after CREATE EXTENSION, with their hierarchy.

SELECT is((SELECT string_agg(format('%s%s', r.rolname,
                                    CASE WHEN r.rolcanlogin OR r.rolsuper OR r.rolcreaterole OR r.rolcreatedb
                                              OR r.rolbypassrls OR r.rolreplication THEN ' (has attributes)' ELSE '' END),
                             ', ' ORDER BY r.rolname)
           FROM pg_catalog.pg_roles r
           WHERE r.rolname IN ('ims_reader', 'ims_operator', 'ims_manager', 'ims_auditor', 'ims_admin')),
          'ims_admin, ims_auditor, ims_manager, ims_operator, ims_reader',
          'the five roles exist: NOLOGIN, no superuser, CREATEROLE, CREATEDB, REPLICATION or BYPASSRLS');
SELECT set_eq($$
    SELECT m.rolname::text AS member, r.rolname::text AS role
    FROM pg_catalog.pg_auth_members a
    JOIN pg_catalog.pg_roles r ON r.oid = a.roleid
    JOIN pg_catalog.pg_roles m ON m.oid = a.member
    WHERE r.rolname LIKE 'ims\_%' AND m.rolname LIKE 'ims\_%'
$$, $$VALUES ('ims_operator', 'ims_reader'), ('ims_manager', 'ims_operator'), ('ims_auditor', 'ims_reader'),
             ('ims_admin', 'ims_manager'), ('ims_admin', 'ims_auditor')$$,
   'direct memberships: operator in reader, manager in operator, auditor in reader, admin in manager and auditor');
SELECT set_eq($$
    SELECT m, r FROM unnest(ARRAY['ims_reader', 'ims_operator', 'ims_manager', 'ims_auditor', 'ims_admin']) AS m,
                     unnest(ARRAY['ims_reader', 'ims_operator', 'ims_manager', 'ims_auditor', 'ims_admin']) AS r
    WHERE m <> r AND pg_catalog.pg_has_role(m, r, 'USAGE')
$$, $$VALUES ('ims_operator', 'ims_reader'),
             ('ims_manager', 'ims_operator'), ('ims_manager', 'ims_reader'),
             ('ims_auditor', 'ims_reader'),
             ('ims_admin', 'ims_manager'), ('ims_admin', 'ims_operator'), ('ims_admin', 'ims_reader'), ('ims_admin', 'ims_auditor')$$,
   'inherited privileges: manager has operator''s and reader''s, auditor has reader''s, admin has all; reader and operator are not auditors');
SELECT is((SELECT string_agg(r, ', ' ORDER BY r)
           FROM unnest(ARRAY['ims_reader', 'ims_operator', 'ims_manager', 'ims_auditor', 'ims_admin']) AS r
           WHERE NOT has_schema_privilege(r, 'ims', 'USAGE') OR has_schema_privilege(r, 'ims', 'CREATE')),
          NULL, 'every role may use schema ims, none may create objects in it');

-- ---------------------------------------------------------------------------
-- One organization and one member of it per role; a second organization none
-- of them belongs to.

CREATE ROLE t90_reader IN ROLE ims_reader;
CREATE ROLE t90_op IN ROLE ims_operator;
CREATE ROLE t90_mgr IN ROLE ims_manager;
CREATE ROLE t90_aud IN ROLE ims_auditor;
CREATE ROLE t90_admin IN ROLE ims_admin;
CREATE ROLE t90_outsider IN ROLE ims_admin;
SELECT ims.create_organization('t90', 'Test 90', 't90_op') AS org \gset
SELECT ims.create_organization('t90x', 'Test 90 other', 't90_outsider') AS other \gset
INSERT INTO ims.org_member (org_id, role_name) VALUES
    (:org, 't90_reader'), (:org, 't90_mgr'), (:org, 't90_aud'), (:org, 't90_admin');
SET ims.actor = 'tester.t90';

-- ---------------------------------------------------------------------------
-- ims_operator: records incidents, requests, problems, changes, evidence.

SELECT is(pg_temp.violation_as('t90_op', format($$
    INSERT INTO ims.service (org_id, name) VALUES (%1$s, 'Payments');
    INSERT INTO ims.ci (org_id, name, ci_class) VALUES (%1$s, 'pay-db', 'database'), (%1$s, 'pay-api', 'application');
    INSERT INTO ims.ci_relation (org_id, source_ci_id, relation_type, target_ci_id)
    SELECT %1$s, a.id, 'depends_on', d.id FROM ims.ci a, ims.ci d
    WHERE a.org_id = %1$s AND a.name = 'pay-api' AND d.org_id = %1$s AND d.name = 'pay-db';
    INSERT INTO ims.service_ci (org_id, service_id, ci_id)
    SELECT %1$s, s.id, c.id FROM ims.service s, ims.ci c WHERE s.org_id = %1$s AND c.org_id = %1$s AND c.name = 'pay-api'$$, :org)),
          'no error', 'an operator records a service, its CIs and their relations');
SELECT id AS svc FROM ims.service WHERE org_id = :org \gset
SELECT id AS db FROM ims.ci WHERE org_id = :org AND name = 'pay-db' \gset

SELECT is(pg_temp.violation_as('t90_op', format($$
    INSERT INTO ims.incident (org_id, title, service_id, impact, urgency) VALUES (%1$s, 'Payments failing', %2$s, 1, 1);
    INSERT INTO ims.incident (org_id, title, service_id) VALUES (%1$s, 'Slow reports', %2$s)$$, :org, :svc)),
          'no error', 'an operator records incidents');
SELECT id AS inc FROM ims.incident WHERE org_id = :org AND title = 'Payments failing' \gset
SELECT id AS inc2 FROM ims.incident WHERE org_id = :org AND title = 'Slow reports' \gset
SELECT is(pg_temp.violation_as('t90_op', format($$
    INSERT INTO ims.incident_ci (org_id, incident_id, ci_id) VALUES (%1$s, %2$s, %3$s), (%1$s, %4$s, %3$s);
    UPDATE ims.incident SET status = 'in_progress', is_major = true, assignee = 'ops.olga' WHERE org_id = %1$s AND id = %2$s$$,
    :org, :inc, :db, :inc2)),
          'no error', 'an operator links the affected CIs, starts work and declares the incident major');
SELECT is(format('%s/%s', has_table_privilege('t90_op', 'ims.status_history', 'INSERT')::text,
                 (SELECT count(*) FROM ims.status_history WHERE org_id = :org AND record_kind = 'incident' AND record_id = :inc)),
          'false/1', 'the rules wrote the status history of the incident, which the operator may not write itself');
SELECT is(pg_temp.violation_at_commit_as('t90_op', format($$
    INSERT INTO ims.problem (org_id, id, title) OVERRIDING SYSTEM VALUE VALUES (%1$s, 900001, 'Payments root cause');
    INSERT INTO ims.problem_incident (org_id, problem_id, incident_id) VALUES (%1$s, 900001, %2$s)$$, :org, :inc)),
          'no error', 'an operator records a problem linked to the incident (checked at commit)');
SELECT is(pg_temp.violation_as('t90_op', format($$
    INSERT INTO ims.service_request (org_id, title, service_id) VALUES (%1$s, 'New laptop', %2$s);
    INSERT INTO ims.service_request (org_id, title, service_id) VALUES (%1$s, 'Password reset', %2$s)$$, :org, :svc)),
          'no error', 'an operator records service requests');
SELECT is(pg_temp.violation_at_commit_as('t90_op', format($$
    INSERT INTO ims.change (org_id, id, title, change_type, requested_by) OVERRIDING SYSTEM VALUE
    VALUES (%1$s, 900001, 'Patch pay-db', 'normal', 'dev.dan'), (%1$s, 900002, 'Hotfix pay-db', 'emergency', 'dev.dan');
    INSERT INTO ims.change_ci (org_id, change_id, ci_id) VALUES (%1$s, 900001, %2$s), (%1$s, 900002, %2$s);
    UPDATE ims.change SET status = 'submitted' WHERE org_id = %1$s AND id = 900001$$, :org, :db)),
          'no error', 'an operator records a normal change (and submits it) and an emergency change');
SELECT is(pg_temp.violation_as('t90_op', format($$
    INSERT INTO ims.evidence (org_id, title, uri) VALUES (%1$s, 'DB audit log', 'file:///evidence/1');
    INSERT INTO ims.evidence_link (org_id, evidence_id, record_kind, record_id)
    SELECT %1$s, e.id, 'incident', %2$s FROM ims.evidence e WHERE e.org_id = %1$s;
    INSERT INTO ims.custody_event (org_id, evidence_id, from_party, to_party, reason)
    SELECT %1$s, e.id, 'ops.olga', 'ciso.carla', 'forensics' FROM ims.evidence e WHERE e.org_id = %1$s$$, :org, :inc)),
          'no error', 'an operator records evidence, links it to the incident and hands it over');
SELECT is(pg_temp.value_as('t90_op', format('SELECT count(*) FROM ims.escalate_due(%s)', :org)), '0',
          'an operator runs ims.escalate_due for its organization');

-- What an operator may not do.
SELECT is((SELECT split_part(e, ' | ', 1) || ' | ' || split_part(e, ' | ', 2)
           FROM pg_temp.error_text_as('t90_op', format($$
    UPDATE ims.change SET status = 'approved', risk_level = 'low', security_impact_assessment = 'Index rebuild only.',
           approved_by = 'ops.olga'
    WHERE org_id = %s AND id = 900001$$, :org)) AS e),
          '42501 | permission denied to approve change 900001',
          'an operator cannot approve a normal change (42501 from the rules)');
SELECT is(pg_temp.violation_as('t90_op', format($$
    UPDATE ims.change SET status = 'approved', risk_level = 'high', security_impact_assessment = 'Closes the hole.',
           approved_by = 'ops.olga'
    WHERE org_id = %s AND id = 900002$$, :org)),
          '42501  ', 'an operator cannot approve an emergency change');
SELECT is((SELECT string_agg(status || coalesce(approved_by, ''), ',' ORDER BY id) FROM ims.change WHERE org_id = :org),
          'submitted,draft', 'both changes are as they were');

SELECT is(pg_temp.violation_as('t90_op', format($$
    UPDATE ims.incident SET status = 'resolved', resolution_code = 'fixed', resolution_note = 'Restarted the pool.'
    WHERE org_id = %s AND id = %s$$, :org, :inc)),
          'no error', 'an operator resolves the major incident');
SELECT is(split_part(pg_temp.error_text_as('t90_op', format($$
    UPDATE ims.incident SET status = 'closed', post_incident_review = 'Pool too small.' WHERE org_id = %s AND id = %s$$,
    :org, :inc)), ' | ', 2),
          format('permission denied to close major incident %s', :inc),
          'an operator cannot close a major incident (42501 from the rules)');
SELECT is((SELECT status || ' ' || is_major::text FROM ims.incident WHERE org_id = :org AND id = :inc),
          'resolved true', 'the major incident is still resolved and major');
SELECT is(pg_temp.violation_undone_as('t90_op', format($$
    UPDATE ims.incident SET status = 'closed', is_major = false, post_incident_review = 'Pool too small.'
    WHERE org_id = %s AND id = %s$$, :org, :inc)),
          '42501  ', '... nor by clearing is_major in the same statement');
SELECT is(split_part(pg_temp.error_text_as('t90_op', format($$
    UPDATE ims.incident SET is_major = false WHERE org_id = %s AND id = %s$$, :org, :inc)), ' | ', 2),
          format('permission denied to downgrade major incident %s', :inc),
          '... nor by clearing is_major first, to close it later as an ordinary incident');
SELECT is(pg_temp.violation_undone_as('t90_op', format($$
    INSERT INTO ims.change_model (org_id, name, risk_level, security_impact_assessment, authorized_by)
    VALUES (%s, 'Restart pay-api', 'low', 'No data touched.', 'ops.olga')$$, :org)),
          '42501  ', 'an operator cannot create a change model (a standing approval of standard changes)');
SELECT is(pg_temp.violation_undone_as('t90_op', format($$
    INSERT INTO ims.risk (org_id, title, owner, inherent_likelihood, inherent_impact, treatment, accepted_by)
    VALUES (%s, 'Single DB host', 'ops.olga', 1, 2, 'retain', 'ops.olga')$$, :org)),
          '42501  ', 'an operator cannot accept a risk');
SELECT is(pg_temp.unexpected_as('t90_op', '42501  ', ARRAY[
    ['incident', format('DELETE FROM ims.incident WHERE org_id = %s AND id = %s', :org, :inc2)],
    ['problem', format('DELETE FROM ims.problem WHERE org_id = %s', :org)],
    ['change', format('DELETE FROM ims.change WHERE org_id = %s', :org)],
    ['service_request', format('DELETE FROM ims.service_request WHERE org_id = %s', :org)],
    ['ci', format('DELETE FROM ims.ci WHERE org_id = %s', :org)],
    ['service', format('DELETE FROM ims.service WHERE org_id = %s', :org)]]),
          NULL, 'an operator cannot delete rows of registers (incident, problem, change, service request, CI, service)');
SELECT is_empty($$
    SELECT c.relname FROM pg_catalog.pg_class c
    WHERE c.relnamespace = 'ims'::regnamespace AND c.relkind = 'r'
      AND has_table_privilege('ims_operator', c.oid, 'DELETE')
      AND EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'id' AND NOT a.attisdropped)
$$, 'ims_operator may delete from no table whose rows have an id (only from link tables)');
SELECT is(pg_temp.violation_as('t90_op', format('DELETE FROM ims.incident_ci WHERE org_id = %s AND incident_id = %s', :org, :inc2)),
          'no error', 'an operator may unlink (delete a row of a link table)');
SELECT is(pg_temp.unexpected_as('t90_op', '42501  ', ARRAY[
    ['calendar', format($$INSERT INTO ims.calendar (org_id, name, time_zone) VALUES (%s, 'office', 'Europe/Berlin')$$, :org)],
    ['calendar_hours', format('UPDATE ims.calendar_hours SET end_time = end_time WHERE org_id = %s', :org)],
    ['calendar_exception', format($$INSERT INTO ims.calendar_exception (org_id, calendar_id, day) SELECT org_id, id, '2030-01-01' FROM ims.calendar WHERE org_id = %s$$, :org)],
    ['sla_target', format($$INSERT INTO ims.sla_target (org_id, agreement_kind, agreement_name, metric, target, calendar_id) SELECT org_id, 'sla', 'Gold', 'response', '1 hour', id FROM ims.calendar WHERE org_id = %s$$, :org)],
    ['priority_matrix', format('UPDATE ims.priority_matrix SET priority = 5 WHERE org_id = %s', :org)],
    ['lifecycle_transition', format($$INSERT INTO ims.lifecycle_transition (org_id, record_kind, from_status, to_status) VALUES (%s, 'incident', '', 'new')$$, :org)],
    ['clock_pause_status', format($$INSERT INTO ims.clock_pause_status (org_id, record_kind, status) VALUES (%s, 'incident', 'new')$$, :org)],
    ['organization', format($$UPDATE ims.organization SET incident_reopen_window = '1 year' WHERE org_id = %s$$, :org)],
    ['org_member', format($$INSERT INTO ims.org_member (org_id, role_name) VALUES (%s, 't90_reader2')$$, :org)],
    ['organization_regime', format($$INSERT INTO ims.organization_regime (org_id, regime) VALUES (%s, 'nis2')$$, :org)],
    ['management_system', format($$INSERT INTO ims.management_system (org_id, kind, standard, name) VALUES (%s, 'isms', '27001:2022', 'ISMS')$$, :org)],
    ['risk_matrix', format('UPDATE ims.risk_matrix SET appetite = 25 WHERE org_id = %s', :org)],
    ['risk_matrix_level', format('UPDATE ims.risk_matrix_level SET max_score = 25 WHERE org_id = %s AND level = %L', :org, 'low')]]),
          NULL, 'an operator writes no configuration table (calendars, SLA targets, matrices, lifecycles, membership, organization)');
SELECT is(pg_temp.violation_as('t90_op', $$SELECT ims.create_organization('t90op', 'By an operator', 't90_op')$$),
          '42501  ', 'an operator cannot create organizations');
SELECT is(pg_temp.violation_as('t90_op', format('SELECT ims.seal_chain(%s)', :org)),
          '42501  ', 'an operator cannot seal the chain');
SELECT is(pg_temp.unexpected_as('t90_op', '42501  ', ARRAY[
    ['evidence update', format($$UPDATE ims.evidence SET title = 'tampered' WHERE org_id = %s$$, :org)],
    ['evidence delete', format('DELETE FROM ims.evidence WHERE org_id = %s', :org)],
    ['history', format('SELECT count(*) FROM ims.history WHERE org_id = %s', :org)],
    ['chain_seal', format('SELECT count(*) FROM ims.chain_seal WHERE org_id = %s', :org)],
    ['audit_trail', format('SELECT count(*) FROM ims.audit_trail WHERE org_id = %s', :org)],
    ['verify_chain', format('SELECT * FROM ims.verify_chain(%s)', :org)]]),
          NULL, 'an operator cannot change evidence, nor read the history or the chain (that is the auditor''s)');
SELECT is(pg_temp.violation_as('t90_op', $$SELECT ims.import_correspondence('27013-A', E'from_ref,to_ref,relation\n4,4,equivalent\n')$$),
          '42501  ', 'an operator cannot import correspondences');

-- ---------------------------------------------------------------------------
-- ims_manager: approves changes, closes major incidents, accepts risks, deletes.

SELECT is(pg_temp.violation_at_commit_as('t90_mgr', format($$
    UPDATE ims.change SET status = 'approved', risk_level = 'low', security_impact_assessment = 'Index rebuild only.',
           approved_by = 'mgr.mia'
    WHERE org_id = %s AND id = 900001$$, :org)),
          'no error', 'a manager approves the normal change');
SELECT is(pg_temp.violation_at_commit_as('t90_mgr', format($$
    UPDATE ims.change SET status = 'approved', risk_level = 'high', security_impact_assessment = 'Closes the hole.',
           approved_by = 'mgr.mia'
    WHERE org_id = %s AND id = 900002$$, :org)),
          'no error', 'a manager approves the emergency change');
SELECT is((SELECT string_agg(status || ' ' || approved_by || ' ' || (approved_at IS NOT NULL), ',' ORDER BY id)
           FROM ims.change WHERE org_id = :org),
          'approved mgr.mia true,approved mgr.mia true', 'both changes are approved, with the instant of approval');
SELECT is(pg_temp.violation_at_commit_as('t90_mgr', format($$
    UPDATE ims.incident SET status = 'closed', post_incident_review = 'Pool too small; alerting added.'
    WHERE org_id = %s AND id = %s$$, :org, :inc)),
          'no error', 'a manager closes the major incident (with its review and linked problem)');
SELECT is((SELECT status || ' ' || (closed_at IS NOT NULL) FROM ims.incident WHERE org_id = :org AND id = :inc),
          'closed true', 'the major incident is closed');
SELECT is(pg_temp.violation_as('t90_mgr', format($$
    INSERT INTO ims.risk (org_id, title, owner, inherent_likelihood, inherent_impact, treatment, accepted_by)
    VALUES (%s, 'Single DB host', 'mgr.mia', 1, 2, 'retain', 'mgr.mia')$$, :org)),
          'no error', 'a manager accepts a risk it owns');
SELECT id AS sr FROM ims.service_request WHERE org_id = :org AND title = 'Password reset' \gset
SELECT is(pg_temp.violation_as('t90_mgr', format('DELETE FROM ims.service_request WHERE org_id = %s AND id = %s', :org, :sr)),
          'no error', 'a manager deletes a service request');
SELECT is(format('%s/%s', (SELECT count(*) FROM ims.service_request WHERE org_id = :org AND id = :sr),
                 (SELECT count(*) FROM ims.history WHERE org_id = :org AND table_name = 'service_request' AND operation = 'DELETE')),
          '0/1', 'the service request is gone and its deletion is in the history');
SELECT is(pg_temp.unexpected_as('t90_mgr', '42501  ', ARRAY[
    ['calendar', format($$INSERT INTO ims.calendar (org_id, name, time_zone) VALUES (%s, 'office', 'Europe/Berlin')$$, :org)],
    ['priority_matrix', format('UPDATE ims.priority_matrix SET priority = 5 WHERE org_id = %s', :org)],
    ['create_organization', $$SELECT ims.create_organization('t90mgr', 'By a manager', 't90_mgr')$$],
    ['seal_chain', format('SELECT ims.seal_chain(%s)', :org)],
    ['history', format('SELECT count(*) FROM ims.history WHERE org_id = %s', :org)]]),
          NULL, 'a manager writes no configuration, creates no organization, seals nothing and does not read the history');

-- ---------------------------------------------------------------------------
-- ims_admin: organizations, members, calendars, matrices, the chain, the catalogue.

SELECT is(pg_temp.value_as('t90_admin', $$SELECT ims.create_organization('t90new', 'Test 90 new', 't90_admin') IS NOT NULL$$),
          'true', 'an admin creates an organization with ims.create_organization');
SELECT is(pg_temp.value_as('t90_admin', $$SELECT string_agg(o.code || ':' || m.role_name, ',') FROM ims.organization o JOIN ims.org_member m USING (org_id) WHERE o.code = 't90new'$$),
          't90new:t90_admin', '... sees it, and is its member');
SELECT is(pg_temp.violation_as('t90_admin', $$INSERT INTO ims.organization (code, name) VALUES ('t90direct', 'Direct')$$),
          '42501  ', 'an admin cannot insert into ims.organization directly (it would not be a member of it)');
SELECT is(pg_temp.violation_as('t90_admin', format($$
    INSERT INTO ims.calendar (org_id, id, name, time_zone) OVERRIDING SYSTEM VALUE VALUES (%1$s, 900001, 'office', 'Europe/Berlin');
    INSERT INTO ims.calendar_hours (org_id, calendar_id, weekday, start_time, end_time)
    SELECT %1$s, 900001, d, '08:00', '18:00' FROM generate_series(1, 5) AS d;
    INSERT INTO ims.calendar_exception (org_id, calendar_id, day, reason) VALUES (%1$s, 900001, '2030-12-25', 'Christmas');
    UPDATE ims.calendar SET description = 'Frankfurt office' WHERE org_id = %1$s AND id = 900001$$, :org)),
          'no error', 'an admin edits calendars (hours and holidays)');
SELECT is(pg_temp.violation_as('t90_admin', format($$
    UPDATE ims.priority_matrix SET priority = 2 WHERE org_id = %1$s AND impact = 1 AND urgency = 2;
    INSERT INTO ims.sla_target (org_id, agreement_kind, agreement_name, metric, target, calendar_id)
    VALUES (%1$s, 'sla', 'Gold', 'response', '2 hours', 900001);
    UPDATE ims.risk_matrix SET appetite = 8, top_management = ARRAY['ceo.carl'] WHERE org_id = %1$s;
    INSERT INTO ims.lifecycle_transition (org_id, record_kind, variant, from_status, to_status)
    SELECT %1$s, record_kind, variant, from_status, to_status FROM ims.lifecycle_transition
    WHERE org_id IS NULL AND record_kind = 'release' AND to_status <> 'cancelled';
    UPDATE ims.organization SET incident_reopen_window = '7 days' WHERE org_id = %1$s$$, :org)),
          'no error', 'an admin edits the priority and risk matrices, SLA targets, lifecycles and the organization''s settings');
SELECT cmp_ok(pg_temp.value_as('t90_admin', format('SELECT ims.seal_chain(%s)', :org))::int, '>', 0,
              'an admin seals the chain of its organization');
SELECT is(pg_temp.value_as('t90_admin', $$SELECT ims.import_correspondence('27013-A',
              E'from_ref,to_ref,relation,note\r\n4,4,equivalent,official\r\n4.1,4.1,equivalent,\r\n,6.3,no_counterpart,\r\n')$$),
          '3', 'an admin imports a correspondence table (ims.import_correspondence)');
SELECT is(pg_temp.value_as('t90_admin', $$SELECT ims.drop_imported_correspondence('27013-A')$$),
          '3', '... and drops it again');
SELECT is(pg_temp.violation_as('t90_admin', format($$INSERT INTO ims.org_member (org_id, role_name) VALUES (%s, 't90_newcomer')$$, :org)),
          'no error', 'an admin adds a member to its organization');
SELECT is(pg_temp.violation_as('t90_admin', format($$INSERT INTO ims.org_member (org_id, role_name) VALUES (%s, 't90_admin')$$, :other)),
          '42501  ', 'an admin cannot add members (itself included) to an organization it does not see');
SELECT is((SELECT string_agg(role_name, ',' ORDER BY role_name) FROM ims.org_member WHERE org_id = :other),
          't90_outsider', '... and the other organization''s members are unchanged');
SELECT is(pg_temp.unexpected_as('t90_admin', '42501  ', ARRAY[
    ['history', format($$UPDATE ims.history SET actor = 'nobody' WHERE org_id = %s$$, :org)],
    ['chain_seal', format('DELETE FROM ims.chain_seal WHERE org_id = %s', :org)],
    ['organization', format('DELETE FROM ims.organization WHERE org_id = %s', :org)],
    ['status_history', format('DELETE FROM ims.status_history WHERE org_id = %s', :org)]]),
          NULL, 'an admin cannot rewrite the history or the chain, nor delete an organization');

-- ---------------------------------------------------------------------------
-- ims_auditor: reads everything, history and evidence included; writes nothing.

SELECT is((SELECT string_agg(t || ' ' || pg_temp.value_as('t90_aud', format('SELECT count(*) > 0 FROM ims.%I WHERE org_id = %s', t, :org)),
                             ', ' ORDER BY t)
           FROM unnest(ARRAY['history', 'evidence', 'evidence_link', 'custody_event', 'chain_seal', 'chain_head',
                             'audit_trail', 'evidence_index', 'status_history', 'incident']) AS t),
          'audit_trail true, chain_head true, chain_seal true, custody_event true, evidence true, evidence_index true, evidence_link true, history true, incident true, status_history true',
          'an auditor reads the history, the evidence, the chain and the registers');
SELECT is(pg_temp.value_as('t90_aud', format('SELECT format(%L, is_valid::text, (links_checked > 0)::text) FROM ims.verify_chain(%s)', '%s %s', :org)),
          'true true', 'an auditor runs ims.verify_chain');
SELECT is(pg_temp.value_as('t90_aud', format('SELECT count(*) FROM ims.as_of(NULL::ims.incident, %s, clock_timestamp())', :org)),
          (SELECT count(*)::text FROM ims.incident WHERE org_id = :org), 'an auditor reads a register as of an instant (ims.as_of)');
SELECT is(pg_temp.value_as('t90_aud', format('SELECT count(*) FROM ims.chain_head(%s)', :org)), '1',
          'an auditor reads the chain head');
SELECT is(pg_temp.unexpected_as('t90_aud', '42501  ', ARRAY[
    ['incident insert', format($$INSERT INTO ims.incident (org_id, title) VALUES (%s, 'by the auditor')$$, :org)],
    ['incident update', format($$UPDATE ims.incident SET assignee = 'aud' WHERE org_id = %s$$, :org)],
    ['evidence insert', format($$INSERT INTO ims.evidence (org_id, title, uri) VALUES (%s, 'by the auditor', 'x')$$, :org)],
    ['change delete', format('DELETE FROM ims.change WHERE org_id = %s', :org)],
    ['seal_chain', format('SELECT ims.seal_chain(%s)', :org)],
    ['escalate_due', format('SELECT * FROM ims.escalate_due(%s)', :org)]]),
          NULL, 'an auditor writes nothing and runs nothing that writes');

-- ---------------------------------------------------------------------------
-- ims_reader: reads registers and views; nothing else.

SELECT is((SELECT string_agg(c.relname || ' ' || pg_temp.value_as('t90_reader', format('SELECT count(*) FROM ims.%I', c.relname)), ', ' ORDER BY c.relname)
           FROM pg_catalog.pg_class c
           WHERE c.relnamespace = 'ims'::regnamespace AND c.relkind IN ('r', 'v')
             AND c.relname NOT IN ('history', 'evidence', 'evidence_link', 'custody_event', 'chain_seal', 'chain_head',
                                   'audit_trail', 'evidence_index')
             AND pg_temp.value_as('t90_reader', format('SELECT count(*) FROM ims.%I', c.relname)) LIKE 'ERROR%'),
          NULL, 'a reader reads every register, catalogue table and view (the history and evidence ones aside)');
SELECT cmp_ok(pg_temp.value_as('t90_reader', format('SELECT count(*) FROM ims.incident WHERE org_id = %s', :org))::int, '>', 0,
              'a reader sees the incidents of its organization');
SELECT is((SELECT string_agg(t || ' ' || pg_temp.value_as('t90_reader', format('SELECT count(*) FROM ims.%I', t)), ', ' ORDER BY t)
           FROM unnest(ARRAY['history', 'evidence', 'evidence_link', 'custody_event', 'chain_seal', 'chain_head',
                             'audit_trail', 'evidence_index']) AS t),
          'audit_trail ERROR 42501, chain_head ERROR 42501, chain_seal ERROR 42501, custody_event ERROR 42501, evidence ERROR 42501, evidence_index ERROR 42501, evidence_link ERROR 42501, history ERROR 42501',
          'a reader cannot read the history, the evidence or the chain (directly or through their views)');
SELECT is(pg_temp.unexpected_as('t90_reader', '42501  ', ARRAY[
    ['incident insert', format($$INSERT INTO ims.incident (org_id, title) VALUES (%s, 'by the reader')$$, :org)],
    ['incident update', format($$UPDATE ims.incident SET assignee = 'reader' WHERE org_id = %s$$, :org)],
    ['incident delete', format('DELETE FROM ims.incident WHERE org_id = %s', :org)],
    ['incident truncate', 'TRUNCATE ims.incident_ci'],
    ['ci insert', format($$INSERT INTO ims.ci (org_id, name, ci_class) VALUES (%s, 'x', 'y')$$, :org)],
    ['priority_matrix update', format('UPDATE ims.priority_matrix SET priority = 5 WHERE org_id = %s', :org)],
    ['correspondence insert', $$INSERT INTO ims.correspondence (mapping, from_ref, to_ref, relation) VALUES ('27013-A', '4', '4', 'equivalent')$$],
    ['verify_chain', format('SELECT * FROM ims.verify_chain(%s)', :org)],
    ['as_of', format('SELECT * FROM ims.as_of(NULL::ims.incident, %s, now())', :org)],
    ['seal_chain', format('SELECT ims.seal_chain(%s)', :org)],
    ['escalate_due', format('SELECT * FROM ims.escalate_due(%s)', :org)],
    ['create_organization', $$SELECT ims.create_organization('t90r', 'By a reader', 't90_reader')$$],
    ['import_correspondence', $$SELECT ims.import_correspondence('27013-A', E'from_ref,to_ref,relation\n4,4,equivalent\n')$$]]),
          NULL, 'a reader writes nothing, and runs none of the functions of the other roles');
SELECT is_empty($$
    SELECT r || ' ' || c.relname || ' ' || p
    FROM unnest(ARRAY['ims_reader', 'ims_auditor']) AS r,
         pg_catalog.pg_class c,
         unnest(ARRAY['INSERT', 'UPDATE', 'DELETE', 'TRUNCATE']) AS p
    WHERE c.relnamespace = 'ims'::regnamespace AND c.relkind IN ('r', 'v', 'S')
      AND has_table_privilege(r, c.oid, p)
$$, 'ims_reader and ims_auditor hold no write privilege on any table, view or sequence of schema ims');

SELECT * FROM finish();
ROLLBACK;
