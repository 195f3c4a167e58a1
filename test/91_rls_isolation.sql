-- Row-level security across two organizations (issue 9): a role that is a
-- member of organization A only sees, changes and links nothing of
-- organization B, by any path: every table with an org_id, every view,
-- the functions, the rule triggers and COPY; the setting ims.org_id narrows
-- a member of both to one of them.  docs/security.md.
BEGIN;

-- The tables and views the loops below cover (all of schema ims, found in
-- the catalogue, so a new register is covered without editing this file).
SELECT count(*) AS n_tables
FROM pg_catalog.pg_class c
WHERE c.relnamespace = 'ims'::regnamespace AND c.relkind = 'r'
  AND EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'org_id' AND NOT a.attisdropped)
\gset
SELECT count(*) AS n_views
FROM pg_catalog.pg_class c
WHERE c.relnamespace = 'ims'::regnamespace AND c.relkind = 'v'
  AND EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'org_id' AND NOT a.attisdropped)
\gset
SELECT plan(:n_tables + :n_views + 52);

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

-- Run a statement as role r, report what it did, then undo it.  The report
-- is the number of rows it affected, 'denied' (42501 permission denied),
-- 'refused by row-level security' (42501 new row violates the policy) or
-- 'SQLSTATE message'; with a probe query, followed by ' / ' and what the
-- probe (run as the superuser, before the undo) answers.
CREATE FUNCTION pg_temp.attempt_as(r name, statement text, probe text DEFAULT NULL) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    n bigint;
    outcome text;
    seen text;
BEGIN
    BEGIN
        EXECUTE format('SET LOCAL ROLE %I', r);
        BEGIN
            EXECUTE statement;
            GET DIAGNOSTICS n = ROW_COUNT;
            SET CONSTRAINTS ALL IMMEDIATE;
            outcome := n::text;
        EXCEPTION WHEN others THEN
            outcome := CASE
                WHEN SQLSTATE = '42501' AND SQLERRM LIKE 'permission denied%' THEN 'denied'
                WHEN SQLSTATE = '42501' AND SQLERRM LIKE 'new row violates row-level security policy%'
                    THEN 'refused by row-level security'
                ELSE SQLSTATE || ' ' || SQLERRM END;
        END;
        RESET ROLE;
        IF probe IS NOT NULL THEN
            EXECUTE probe INTO seen;
            outcome := outcome || ' / ' || coalesce(seen, 'NULL');
        END IF;
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'undo the attempt';
    EXCEPTION WHEN raise_exception THEN
        NULL;
    END;
    SET CONSTRAINTS ALL DEFERRED;
    RETURN outcome;
END $$;

-- ---------------------------------------------------------------------------
-- Two organizations with data in every table that has an org_id.

-- The first row of each register is in its starting status, so that a copy
-- of it is a valid new row (used below to try to insert into B).
CREATE FUNCTION pg_temp.fill(org bigint, tag text, freeze_period tstzrange) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    isms bigint; sms bigint; svc bigint; ci1 bigint; ci2 bigint; cal bigint;
    inc1 bigint; inc2 bigint; prob bigint; chg bigint; rel bigint; sr bigint;
    ev bigint; rsk bigint; soa bigint; sup bigint; cus bigint; agr bigint;
    obj bigint; prog bigint; aud bigint; nc bigint; mr bigint; cp bigint; thr bigint;
BEGIN
    INSERT INTO ims.management_system (org_id, kind, standard, name)
    VALUES (org, 'isms', '27001:2022', tag || ' ISMS') RETURNING id INTO isms;
    INSERT INTO ims.management_system (org_id, kind, standard, name)
    VALUES (org, 'sms', '20000-1:2018', tag || ' SMS') RETURNING id INTO sms;
    INSERT INTO ims.service (org_id, name) VALUES (org, tag || ' payments') RETURNING id INTO svc;
    INSERT INTO ims.service_scope (org_id, service_id, management_system_id) VALUES (org, svc, sms);
    INSERT INTO ims.ci (org_id, name, ci_class) VALUES (org, tag || '-db', 'database') RETURNING id INTO ci1;
    INSERT INTO ims.ci (org_id, name, ci_class) VALUES (org, tag || '-app', 'application') RETURNING id INTO ci2;
    INSERT INTO ims.ci_relation (org_id, source_ci_id, relation_type, target_ci_id) VALUES (org, ci2, 'depends_on', ci1);
    INSERT INTO ims.service_ci (org_id, service_id, ci_id) VALUES (org, svc, ci2);

    -- incidents: the first stays new; the second is a major security incident in progress
    INSERT INTO ims.incident (org_id, title, service_id, reported_at)
    VALUES (org, tag || ' slow pages', svc, now() - interval '3 days') RETURNING id INTO inc1;
    INSERT INTO ims.incident (org_id, title, service_id, impact, urgency, reported_at)
    VALUES (org, tag || ' payments down', svc, 1, 1, now() - interval '3 days') RETURNING id INTO inc2;
    UPDATE ims.incident SET status = 'in_progress', is_major = true, security_class = 'incident',
           security_assessed_by = 'ciso', affects_integrity = true
    WHERE org_id = org AND id = inc2;
    INSERT INTO ims.incident_ci (org_id, incident_id, ci_id) VALUES (org, inc1, ci1);
    INSERT INTO ims.problem (org_id, title) VALUES (org, tag || ' root cause') RETURNING id INTO prob;
    INSERT INTO ims.problem_incident (org_id, problem_id, incident_id) VALUES (org, prob, inc2);
    INSERT INTO ims.known_error (org_id, problem_id, root_cause, workaround) VALUES (org, prob, 'disk full', 'purge logs');

    INSERT INTO ims.change_model (org_id, name, risk_level, security_impact_assessment, authorized_by)
    VALUES (org, tag || ' restart', 'low', 'none', 'cab');
    INSERT INTO ims.change (org_id, title, requested_by, planned_start, planned_end)
    VALUES (org, tag || ' patch', 'dev', '2030-03-01 10:00+00', '2030-03-01 12:00+00') RETURNING id INTO chg;
    INSERT INTO ims.change_ci (org_id, change_id, ci_id) VALUES (org, chg, ci1);
    INSERT INTO ims.change_problem (org_id, change_id, problem_id) VALUES (org, chg, prob);
    INSERT INTO ims.change_incident (org_id, change_id, incident_id) VALUES (org, chg, inc1);
    INSERT INTO ims.change_freeze (org_id, name, period) VALUES (org, tag || ' freeze', freeze_period);
    INSERT INTO ims.release (org_id, name) VALUES (org, tag || ' R1') RETURNING id INTO rel;
    INSERT INTO ims.release_change (org_id, release_id, change_id) VALUES (org, rel, chg);
    INSERT INTO ims.service_request (org_id, title, service_id, reported_at)
    VALUES (org, tag || ' access', svc, now() - interval '3 days') RETURNING id INTO sr;

    -- configuration
    SELECT c.id INTO cal FROM ims.calendar c WHERE c.org_id = org;
    INSERT INTO ims.calendar_exception (org_id, calendar_id, day, reason) VALUES (org, cal, '2030-12-25', 'holiday');
    INSERT INTO ims.lifecycle_transition (org_id, record_kind, variant, from_status, to_status, is_reopen)
    SELECT org, t.record_kind, t.variant, t.from_status, t.to_status, t.is_reopen
    FROM ims.lifecycle_transition t WHERE t.org_id IS NULL AND t.record_kind = 'release';
    INSERT INTO ims.clock_pause_status (org_id, record_kind, status) VALUES (org, 'service_request', 'on_hold');
    INSERT INTO ims.sla_target (org_id, agreement_kind, agreement_name, record_kind, metric, target, calendar_id) VALUES
        (org, 'sla', 'Gold', 'incident', 'response', '1 hour', cal),
        (org, 'sla', 'Gold', 'incident', 'resolution', '8 hours', cal),
        (org, 'sla', 'Gold', 'service_request', 'resolution', '2 days', cal);
    INSERT INTO ims.escalation_log (org_id, record_kind, record_id, from_level, to_level, reason)
    VALUES (org, 'service_request', sr, 0, 1, 'fixture');
    INSERT INTO ims.organization_regime (org_id, regime) VALUES (org, 'nis2');
    INSERT INTO ims.regulatory_report (org_id, incident_id, regime, step) VALUES (org, inc2, 'nis2', 'early_warning');

    -- registers, part 2
    INSERT INTO ims.risk (org_id, title, owner, inherent_likelihood, inherent_impact)
    VALUES (org, tag || ' data loss', 'cro', 2, 3) RETURNING id INTO rsk;
    INSERT INTO ims.risk_ci (org_id, risk_id, ci_id) VALUES (org, rsk, ci1);
    INSERT INTO ims.risk_service (org_id, risk_id, service_id) VALUES (org, rsk, svc);
    INSERT INTO ims.problem_risk (org_id, problem_id, risk_id) VALUES (org, prob, rsk);
    INSERT INTO ims.soa_entry (org_id, management_system_id, control_set, control_ref, applicable, justification)
    VALUES (org, isms, '27001:2022', 'A.5.1', true, 'policies are needed') RETURNING id INTO soa;
    INSERT INTO ims.soa_evidence (org_id, soa_entry_id, reference) VALUES (org, soa, 'policy v1');
    INSERT INTO ims.soa_requirement (org_id, soa_entry_id, standard, clause_ref) VALUES (org, soa, '27001:2022', '5.2');
    INSERT INTO ims.risk_control (org_id, risk_id, soa_entry_id) VALUES (org, rsk, soa);
    INSERT INTO ims.supplier (org_id, name) VALUES (org, tag || ' hosting') RETURNING id INTO sup;
    INSERT INTO ims.customer (org_id, name) VALUES (org, tag || ' retail') RETURNING id INTO cus;
    INSERT INTO ims.agreement (org_id, kind, title, supplier_id)
    VALUES (org, 'underpinning_contract', tag || ' hosting UC', sup) RETURNING id INTO agr;
    INSERT INTO ims.agreement_service (org_id, agreement_id, service_id) VALUES (org, agr, svc);
    INSERT INTO ims.risk_supplier (org_id, risk_id, supplier_id) VALUES (org, rsk, sup);
    INSERT INTO ims.risk_customer (org_id, risk_id, customer_id) VALUES (org, rsk, cus);
    INSERT INTO ims.objective (org_id, management_system_id, title, measure, target)
    VALUES (org, sms, tag || ' availability', 'uptime', 99.9) RETURNING id INTO obj;
    INSERT INTO ims.objective_measurement (org_id, objective_id, value) VALUES (org, obj, 99.95);
    INSERT INTO ims.audit_programme (org_id, name) VALUES (org, tag || ' programme') RETURNING id INTO prog;
    INSERT INTO ims.audit (org_id, programme_id, management_system_id, title)
    VALUES (org, prog, isms, tag || ' internal audit') RETURNING id INTO aud;
    INSERT INTO ims.audit_clause (org_id, audit_id, standard, clause_ref) VALUES (org, aud, '27001:2022', '9.2');
    INSERT INTO ims.finding (org_id, audit_id, kind, description) VALUES (org, aud, 'observation', 'logs kept');
    INSERT INTO ims.nonconformity (org_id, management_system_id, source, standard, clause_ref, title)
    VALUES (org, isms, 'monitoring', '27001:2022', '7.5', tag || ' missing records') RETURNING id INTO nc;
    INSERT INTO ims.corrective_action (org_id, nonconformity_id, description, owner, due_date)
    VALUES (org, nc, 'restore records', 'qm', '2030-01-31');
    INSERT INTO ims.management_review (org_id, management_system_id, title)
    VALUES (org, isms, tag || ' review') RETURNING id INTO mr;
    INSERT INTO ims.management_review_item (org_id, review_id, kind, topic, content)
    VALUES (org, mr, 'input', 'audits', 'one observation');
    INSERT INTO ims.continuity_plan (org_id, service_id, title) VALUES (org, svc, tag || ' DR plan') RETURNING id INTO cp;
    INSERT INTO ims.continuity_test (org_id, plan_id, tested_on, outcome) VALUES (org, cp, '2026-01-15', 'passed');
    INSERT INTO ims.availability_target (org_id, service_id, target_percent) VALUES (org, svc, 99.9);
    INSERT INTO ims.service_outage (org_id, service_id, period, incident_id)
    VALUES (org, svc, tstzrange(now() - interval '3 days', now() - interval '2 days'), inc2);
    INSERT INTO ims.capacity_threshold (org_id, ci_id, metric, warning_level, critical_level)
    VALUES (org, ci1, 'disk_pct', 80, 95) RETURNING id INTO thr;
    INSERT INTO ims.capacity_record (org_id, threshold_id, value) VALUES (org, thr, 85);

    -- evidence, sealed into the chain; then one change that is not sealed yet
    INSERT INTO ims.evidence (org_id, title, uri) VALUES (org, tag || ' server log', 'file:///logs/1') RETURNING id INTO ev;
    INSERT INTO ims.evidence_link (org_id, evidence_id, record_kind, record_id) VALUES (org, ev, 'incident', inc2);
    INSERT INTO ims.custody_event (org_id, evidence_id, from_party, to_party, reason) VALUES (org, ev, 'ops', 'ciso', 'analysis');
    PERFORM ims.seal_chain(org);
    UPDATE ims.service SET description = 'changed after sealing' WHERE org_id = org AND id = svc;
END $$;

-- Roles: members of A only (one per role of the extension), a member of B,
-- and a member of both.
CREATE ROLE t91_a_admin IN ROLE ims_admin;
CREATE ROLE t91_a_op IN ROLE ims_operator;
CREATE ROLE t91_a_reader IN ROLE ims_reader;
CREATE ROLE t91_a_auditor IN ROLE ims_auditor;
CREATE ROLE t91_b_op IN ROLE ims_operator;
CREATE ROLE t91_ab IN ROLE ims_operator;
SELECT ims.create_organization('t91a', 'Test 91 A', 't91_a_admin') AS a \gset
SELECT ims.create_organization('t91b', 'Test 91 B', 't91_b_op') AS b \gset
SELECT ims.create_organization('t91c', 'Test 91 C', 't91_b_op') AS c \gset
INSERT INTO ims.org_member (org_id, role_name) VALUES
    (:a, 't91_a_op'), (:a, 't91_a_reader'), (:a, 't91_a_auditor'), (:a, 't91_ab'), (:b, 't91_ab');
SELECT pg_temp.fill(:a, 'A', tstzrange('2030-06-01', '2030-06-15'));
SELECT pg_temp.fill(:b, 'B', tstzrange('2030-12-20', '2031-01-05'));
-- everything above is valid at commit
SET CONSTRAINTS ALL IMMEDIATE;
SET CONSTRAINTS ALL DEFERRED;

SELECT id AS a_inc FROM ims.incident WHERE org_id = :a AND title = 'A slow pages' \gset
SELECT id AS a_ci FROM ims.ci WHERE org_id = :a AND name = 'A-db' \gset
SELECT id AS a_app FROM ims.ci WHERE org_id = :a AND name = 'A-app' \gset
SELECT id AS a_svc FROM ims.service WHERE org_id = :a \gset
SELECT id AS a_prob FROM ims.problem WHERE org_id = :a \gset
SELECT id AS a_chg FROM ims.change WHERE org_id = :a \gset
SELECT id AS a_rel FROM ims.release WHERE org_id = :a \gset
SELECT id AS a_risk FROM ims.risk WHERE org_id = :a \gset
SELECT id AS b_inc FROM ims.incident WHERE org_id = :b AND title = 'B payments down' \gset
SELECT id AS b_ci FROM ims.ci WHERE org_id = :b AND name = 'B-db' \gset
SELECT id AS b_svc FROM ims.service WHERE org_id = :b \gset
SELECT id AS b_chg FROM ims.change WHERE org_id = :b \gset
SELECT id AS b_sr FROM ims.service_request WHERE org_id = :b \gset
SELECT id AS b_ev FROM ims.evidence WHERE org_id = :b \gset
SELECT id AS b_cal FROM ims.calendar WHERE org_id = :b \gset
SELECT id AS b_model FROM ims.change_model WHERE org_id = :b \gset
SELECT count(*) AS b_chain FROM ims.chain_seal WHERE org_id = :b \gset

-- What B holds now, table by table (compared at the end).
CREATE TEMP TABLE b_before (relname name PRIMARY KEY, n bigint NOT NULL);
DO $$
DECLARE
    t name;
    n bigint;
    b bigint := (SELECT org_id FROM ims.organization WHERE code = 't91b');
BEGIN
    FOR t IN SELECT c.relname FROM pg_catalog.pg_class c
             WHERE c.relnamespace = 'ims'::regnamespace AND c.relkind = 'r'
               AND EXISTS (SELECT FROM pg_catalog.pg_attribute a
                           WHERE a.attrelid = c.oid AND a.attname = 'org_id' AND NOT a.attisdropped)
    LOOP
        EXECUTE format('SELECT count(*) FROM ims.%I WHERE org_id = $1', t) INTO n USING b;
        INSERT INTO b_before VALUES (t, n);
    END LOOP;
END $$;

-- ---------------------------------------------------------------------------
-- Functions that take an organization: nothing of B for a member of A.
-- (Business time first, while no clock of B has been computed in this session.)

SELECT is(pg_temp.value_as('t91_a_admin', format('SELECT ims.business_duration(%s, %L, %L)', :b_cal, '2026-01-05', '2026-01-06')),
          'ERROR 42704', 'ims.business_duration on a calendar of B: does not exist for a member of A');
SELECT is(ims.business_duration(:b_cal, '2026-01-05', '2026-01-06'), '24:00'::interval,
          'the superuser computes business time on the calendar of B (which caches it in this session)');
SELECT is(pg_temp.value_as('t91_a_admin', format('SELECT ims.business_duration(%s, %L, %L)', :b_cal, '2026-01-05', '2026-01-06')),
          'ERROR 42704', 'ims.business_duration on a calendar of B still does not exist for a member of A once it is cached in the session');
SELECT is(format('%s/%s', pg_temp.value_as('t91_a_admin', format('SELECT count(*) FROM ims.incident_clock(%s, %s)', :b, :b_inc)),
                 (SELECT count(*) FROM ims.incident_clock(:b, :b_inc))),
          '0/2', 'ims.incident_clock of an incident of B: no clock for a member of A (the superuser sees 2)');
SELECT is(format('%s/%s', pg_temp.value_as('t91_a_admin', format('SELECT count(*) FROM ims.record_clock(%s, %L, %s)', :b, 'service_request', :b_sr)),
                 (SELECT count(*) FROM ims.record_clock(:b, 'service_request', :b_sr))),
          '0/1', 'ims.record_clock of a service request of B: no clock for a member of A (the superuser sees 1)');
SELECT is(pg_temp.value_as('t91_a_auditor', format('SELECT format(%L, is_valid::text, links_checked, unsealed_rows) FROM ims.verify_chain(%s)', '%s %s %s', :b)),
          'true 0 0', 'ims.verify_chain(B) for an auditor of A: no link and no row of B');
SELECT cmp_ok((SELECT links_checked FROM ims.verify_chain(:b)), '>', 0::bigint, 'the chain of B has links (seen by the superuser)');
SELECT is(format('%s/%s', pg_temp.value_as('t91_a_auditor', format('SELECT count(*) FROM ims.chain_head(%s)', :b)),
                 (SELECT count(*) FROM ims.chain_head(:b))),
          '0/1', 'ims.chain_head(B): nothing for an auditor of A');
SELECT is(format('%s/%s', pg_temp.value_as('t91_a_auditor', format('SELECT count(*) FROM ims.as_of(NULL::ims.incident, %s, clock_timestamp())', :b)),
                 (SELECT count(*) FROM ims.as_of(NULL::ims.incident, :b, clock_timestamp()))),
          '0/2', 'ims.as_of(incident, B): no row for an auditor of A');
SELECT is(format('%s/%s', pg_temp.value_as('t91_a_auditor', format('SELECT count(*) FROM ims.as_of_rows(%L, %s, clock_timestamp())', 'ims.incident', :b)),
                 (SELECT count(*) FROM ims.as_of_rows('ims.incident', :b, clock_timestamp()))),
          '0/2', 'ims.as_of_rows(incident, B): no row for an auditor of A');
SELECT is(pg_temp.value_as('t91_a_auditor', format('SELECT coalesce(ims.canonical_row(%L, %s, %s), %L)', 'evidence', :b, :b_ev, 'nothing')),
          'nothing', 'ims.canonical_row of evidence of B: nothing for an auditor of A');
SELECT is(format('%s/%s', pg_temp.value_as('t91_a_admin', format('SELECT count(*) FROM ims.ci_impact(%s, %s)', :b, :b_ci)),
                 (SELECT count(*) FROM ims.ci_impact(:b, :b_ci))),
          '0/2', 'ims.ci_impact of a CI of B: nothing for a member of A');
SELECT is(format('%s/%s', pg_temp.value_as('t91_a_admin', format('SELECT count(*) FROM ims.impacted_services(%s, %s)', :b, :b_ci)),
                 (SELECT count(*) FROM ims.impacted_services(:b, :b_ci))),
          '0/1', 'ims.impacted_services of a CI of B: nothing for a member of A');
SELECT is(pg_temp.attempt_as('t91_a_op', format('SELECT * FROM ims.escalate_due(%s)', :b),
                             format('SELECT count(*) || %L || sum(escalation_level) FROM ims.incident WHERE org_id = %s', ' incidents, levels ', :b)),
          format('22023 organization %s does not exist / 2 incidents, levels 0', :b),
          'ims.escalate_due(B) run by an operator of A: B does not exist for it, and no incident of B is escalated');
SELECT cmp_ok(pg_temp.attempt_as(session_user, format('SELECT * FROM ims.escalate_due(%s)', :b))::int, '>', 0,
              '(B has incidents due for escalation: the superuser would escalate them)');
SELECT is(split_part(pg_temp.attempt_as('t91_a_admin', format('SELECT ims.seal_chain(%s)', :b),
                                        format('SELECT count(*) FROM ims.chain_seal WHERE org_id = %s', :b)), ' / ', 2),
          :'b_chain', 'ims.seal_chain(B) run by an admin of A seals nothing into the chain of B');
SELECT matches(pg_temp.attempt_as(session_user, format('SELECT ims.seal_chain(%s)', :b),
                                  format('SELECT count(*) - %s FROM ims.chain_seal WHERE org_id = %s', :b_chain, :b)),
               '^1 / [1-9]', '(B has rows waiting to be sealed: the superuser would seal them)');

-- ---------------------------------------------------------------------------
-- Every table with an org_id: row-level security on, and a member of A sees,
-- updates and deletes no row of B.  (The UPDATE and DELETE are undone.)

SELECT is_empty($$
    SELECT c.relname::text || CASE WHEN NOT c.relrowsecurity THEN ': row-level security is off'
                                   ELSE ': policies ' || coalesce((SELECT string_agg(p.polname, ',' ORDER BY p.polname)
                                                                   FROM pg_catalog.pg_policy p WHERE p.polrelid = c.oid), 'none') END
    FROM pg_catalog.pg_class c
    WHERE c.relnamespace = 'ims'::regnamespace AND c.relkind = 'r'
      AND EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'org_id' AND NOT a.attisdropped)
      AND NOT (c.relrowsecurity
               AND (SELECT array_agg(p.polname::text ORDER BY p.polname) FROM pg_catalog.pg_policy p WHERE p.polrelid = c.oid)
                   = CASE WHEN c.relname = 'org_member'
                          THEN ARRAY['org_member_add', 'org_member_change', 'org_member_read', 'org_member_remove']
                          ELSE ARRAY['org_isolation'] END
               AND NOT EXISTS (SELECT FROM pg_catalog.pg_policy p WHERE p.polrelid = c.oid AND NOT p.polpermissive))
$$, 'every table with an org_id has row-level security on, with policy org_isolation (org_member: its four policies)');

-- What a member of A (t91_a_admin, who holds every privilege of the
-- extension's roles) does with the rows of B in one table.
CREATE FUNCTION pg_temp.table_isolation(t name, a bigint, b bigint) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    r name := 't91_a_admin';
BEGIN
    RETURN format('sees rows of A: %s; sees rows of B: %s; UPDATE of B rows: %s; DELETE of B rows: %s; rows of B exist: %s',
        pg_temp.value_as(r, format('SELECT count(*) > 0 FROM ims.%I WHERE org_id = %s', t, a)),
        pg_temp.value_as(r, format('SELECT count(*) FROM ims.%I WHERE org_id = %s', t, b)),
        pg_temp.attempt_as(r, format('UPDATE ims.%I SET org_id = org_id WHERE org_id = %s', t, b)),
        pg_temp.attempt_as(r, format('DELETE FROM ims.%I WHERE org_id = %s', t, b)),
        (SELECT (n > 0)::text FROM b_before WHERE relname = t));
END $$;
CREATE FUNCTION pg_temp.table_isolation_expected(t name) RETURNS text
LANGUAGE sql AS $$
    SELECT format('sees rows of A: true; sees rows of B: 0; UPDATE of B rows: %s; DELETE of B rows: %s; rows of B exist: true',
                  CASE WHEN has_table_privilege('t91_a_admin', format('ims.%I', t), 'UPDATE') THEN '0' ELSE 'denied' END,
                  CASE WHEN has_table_privilege('t91_a_admin', format('ims.%I', t), 'DELETE') THEN '0' ELSE 'denied' END)
$$;

SELECT is(pg_temp.table_isolation(c.relname, :a, :b), pg_temp.table_isolation_expected(c.relname),
          format('table ims.%s: a member of A sees, updates and deletes no row of B', c.relname))
FROM pg_catalog.pg_class c
WHERE c.relnamespace = 'ims'::regnamespace AND c.relkind = 'r'
  AND EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'org_id' AND NOT a.attisdropped)
ORDER BY c.relname;

-- INSERT: a copy of a row of A with B's org_id is refused, by row-level
-- security where the role may insert into the table, by privileges where it
-- may not; no rule trigger answers first (which would tell A something about
-- B: the rules read B's data as the owner of schema ims).
CREATE FUNCTION pg_temp.copy_into(t name, a bigint, b bigint) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    cols text;
    vals text;
BEGIN
    SELECT string_agg(quote_ident(x.attname), ', ' ORDER BY x.attnum),
           string_agg(CASE WHEN x.attname = 'org_id' THEN b::text ELSE quote_ident(x.attname) END, ', ' ORDER BY x.attnum)
    INTO cols, vals
    FROM pg_catalog.pg_attribute x
    WHERE x.attrelid = format('ims.%I', t)::regclass AND x.attnum > 0 AND NOT x.attisdropped
      AND x.attgenerated = '' AND (x.attidentity = '' OR x.attname = 'org_id');
    RETURN pg_temp.attempt_as('t91_a_admin',
        format('INSERT INTO ims.%I (%s) SELECT %s FROM ims.%I WHERE org_id = %s ORDER BY %s LIMIT 1',
               t, cols, vals, t, a,
               CASE WHEN EXISTS (SELECT FROM pg_catalog.pg_attribute x
                                 WHERE x.attrelid = format('ims.%I', t)::regclass AND x.attname = 'id')
                    THEN 'id' ELSE '1' END));
END $$;
SELECT is((SELECT string_agg(format('%s: %s', c.relname, pg_temp.copy_into(c.relname, :a, :b)), E'\n' ORDER BY c.relname)
           FROM pg_catalog.pg_class c
           WHERE c.relnamespace = 'ims'::regnamespace AND c.relkind = 'r'
             AND EXISTS (SELECT FROM pg_catalog.pg_attribute x WHERE x.attrelid = c.oid AND x.attname = 'org_id' AND NOT x.attisdropped)
             AND pg_temp.copy_into(c.relname, :a, :b)
                 <> CASE WHEN has_table_privilege('t91_a_admin', c.oid, 'INSERT') THEN 'refused by row-level security' ELSE 'denied' END),
          NULL, 'INSERT of a row with the org_id of B into any table: refused by row-level security (or privileges), before any rule looks at it');

-- UPDATE: no row of A can be moved into B (rule tenant_immutable, and the
-- policy's WITH CHECK).
SELECT is((SELECT string_agg(format('%s: %s', c.relname, o.outcome), E'\n' ORDER BY c.relname)
           FROM pg_catalog.pg_class c
           CROSS JOIN LATERAL (SELECT pg_temp.attempt_as('t91_a_admin',
                                   format('UPDATE ims.%I SET org_id = %s WHERE org_id = %s', c.relname, :b, :a)) AS outcome) o
           WHERE c.relnamespace = 'ims'::regnamespace AND c.relkind = 'r'
             AND EXISTS (SELECT FROM pg_catalog.pg_attribute x WHERE x.attrelid = c.oid AND x.attname = 'org_id' AND NOT x.attisdropped)
             AND has_table_privilege('t91_a_admin', c.oid, 'UPDATE')
             AND o.outcome NOT LIKE '23514 %' AND o.outcome <> 'refused by row-level security'),
          NULL, 'UPDATE of org_id from A to B in any table: refused (tenant_immutable or row-level security)');

-- Two rule triggers that read B's data as the owner, before row-level security refuses the row.
SELECT is(pg_temp.attempt_as('t91_a_op', format('INSERT INTO ims.incident (org_id, title, impact, urgency, priority) VALUES (%s, %L, 1, 1, 5)', :b, 'probe')),
          'refused by row-level security',
          'an incident with the org_id of B and a made-up priority is refused by row-level security (not by incident_priority, whose DETAIL would quote the priority matrix of B)');
SELECT is(pg_temp.attempt_as('t91_a_op', format('INSERT INTO ims.change (org_id, title, change_type, change_model_id, status) VALUES (%s, %L, %L, %s, %L)', :b, 'probe', 'standard', :b_model, 'approved'))
          || ' | ' ||
          pg_temp.attempt_as('t91_a_op', format('INSERT INTO ims.change (org_id, title, change_type, change_model_id, status) VALUES (%s, %L, %L, %s, %L)', :b, 'probe', 'standard', :b_model + 1000000, 'approved')),
          'refused by row-level security | refused by row-level security',
          'a standard change with the org_id of B is refused alike whether B has the named change model or not (no existence oracle)');

-- ---------------------------------------------------------------------------
-- Every view: security_invoker, and a member of A sees no row of B.

SELECT is_empty($$
    SELECT c.relname FROM pg_catalog.pg_class c
    WHERE c.relnamespace = 'ims'::regnamespace AND c.relkind = 'v'
      AND NOT coalesce(c.reloptions @> ARRAY['security_invoker=true'], false)
$$, 'every view of schema ims runs with the privileges and row-level security of its caller (security_invoker)');

CREATE FUNCTION pg_temp.view_isolation(v name, a bigint, b bigint) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    n bigint;
BEGIN
    EXECUTE format('SELECT count(*) FROM ims.%I WHERE org_id = %s', v, b) INTO n;
    RETURN format('sees rows of A: %s; sees rows of B: %s; rows of B exist: %s',
        pg_temp.value_as('t91_a_admin', format('SELECT count(*) > 0 FROM ims.%I WHERE org_id = %s', v, a)),
        pg_temp.value_as('t91_a_admin', format('SELECT count(*) FROM ims.%I WHERE org_id = %s', v, b)),
        (n > 0)::text);
END $$;
SELECT is(pg_temp.view_isolation(c.relname, :a, :b), 'sees rows of A: true; sees rows of B: 0; rows of B exist: true',
          format('view ims.%s: a member of A sees no row of B', c.relname))
FROM pg_catalog.pg_class c
WHERE c.relnamespace = 'ims'::regnamespace AND c.relkind = 'v'
  AND EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'org_id' AND NOT a.attisdropped)
ORDER BY c.relname;

-- The same for a reader and an auditor of A, over everything they may read.
CREATE FUNCTION pg_temp.leaks_to(r name, b bigint) RETURNS text
LANGUAGE sql AS $$
    SELECT string_agg(c.relname, ', ' ORDER BY c.relname)
    FROM pg_catalog.pg_class c
    WHERE c.relnamespace = 'ims'::regnamespace AND c.relkind IN ('r', 'v')
      AND EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'org_id' AND NOT a.attisdropped)
      AND has_table_privilege(r, c.oid, 'SELECT')
      AND pg_temp.value_as(r, format('SELECT count(*) FROM ims.%I WHERE org_id = %s', c.relname, b)) NOT IN ('0', 'ERROR 42501')
$$;
SELECT is(pg_temp.leaks_to('t91_a_reader', :b), NULL, 'a reader of A sees no row of B in any table or view it may read');
SELECT is(pg_temp.leaks_to('t91_a_auditor', :b), NULL, 'an auditor of A sees no row of B in any table or view it may read (history and evidence included)');
SELECT cmp_ok(pg_temp.value_as('t91_a_auditor', format('SELECT count(*) FROM ims.history WHERE org_id = %s', :a))::int, '>', 0,
              'an auditor of A reads the history of A');

-- ---------------------------------------------------------------------------
-- Linking: an operator of A cannot link a row of A to a row of B.  The
-- composite foreign keys (org_id, id) refuse it; naming B's org_id instead
-- is refused by row-level security.  Nothing persists.

SELECT count(*) AS a_links FROM ims.incident_ci WHERE org_id = :a \gset
SELECT is(pg_temp.violation_as('t91_a_op', format('INSERT INTO ims.incident_ci (org_id, incident_id, ci_id) VALUES (%s, %s, %s)', :a, :a_inc, :b_ci)),
          '23503 incident_ci_ci_fk incident_ci', 'an incident of A cannot be linked to a CI of B');
SELECT is(pg_temp.violation_as('t91_a_op', format('INSERT INTO ims.incident_ci (org_id, incident_id, ci_id) VALUES (%s, %s, %s)', :b, :a_inc, :b_ci)),
          '42501  ', '... nor by giving the link the org_id of B');
SELECT is(pg_temp.violation_as('t91_a_op', format('UPDATE ims.incident_ci SET ci_id = %s WHERE org_id = %s AND incident_id = %s', :b_ci, :a, :a_inc)),
          '23503 incident_ci_ci_fk incident_ci', '... nor by pointing an existing link of A at a CI of B');
SELECT is(pg_temp.violation_as('t91_a_op', format('INSERT INTO ims.problem_incident (org_id, problem_id, incident_id) VALUES (%s, %s, %s)', :a, :a_prob, :b_inc)),
          '23503 problem_incident_incident_fk problem_incident', 'a problem of A cannot be linked to an incident of B');
SELECT is(pg_temp.violation_as('t91_a_op', format('INSERT INTO ims.change_ci (org_id, change_id, ci_id) VALUES (%s, %s, %s)', :a, :a_chg, :b_ci)),
          '23503 change_ci_ci_fk change_ci', 'a change of A cannot name a CI of B');
SELECT is(pg_temp.violation_as('t91_a_op', format('INSERT INTO ims.ci_relation (org_id, source_ci_id, relation_type, target_ci_id) VALUES (%s, %s, %L, %s)', :a, :a_app, 'runs_on', :b_ci)),
          '23503 ci_relation_target_fk ci_relation', 'a CI of A cannot depend on a CI of B');
SELECT is(pg_temp.violation_as('t91_a_op', format('INSERT INTO ims.service_ci (org_id, service_id, ci_id) VALUES (%s, %s, %s)', :a, :a_svc, :b_ci)),
          '23503 service_ci_ci_fk service_ci', 'a service of A cannot use a CI of B');
SELECT is(pg_temp.violation_as('t91_a_op', format('INSERT INTO ims.release_change (org_id, release_id, change_id) VALUES (%s, %s, %s)', :a, :a_rel, :b_chg)),
          '23503 release_change_change_fk release_change', 'a release of A cannot bundle a change of B');
SELECT is(pg_temp.violation_as('t91_a_op', format('INSERT INTO ims.risk_ci (org_id, risk_id, ci_id) VALUES (%s, %s, %s)', :a, :a_risk, :b_ci)),
          '23503 risk_ci_ci_fk risk_ci', 'a risk of A cannot name a CI of B');
SELECT is(pg_temp.violation_as('t91_a_op', format('INSERT INTO ims.incident (org_id, title, service_id) VALUES (%s, %L, %s)', :a, 'on B''s service', :b_svc)),
          '23503 incident_service_fk incident', 'an incident of A cannot be raised on a service of B');
SELECT is(pg_temp.violation_as('t91_a_op', format('INSERT INTO ims.evidence_link (org_id, evidence_id, record_kind, record_id) VALUES (%s, %s, %L, %s)', :a, :b_ev, 'incident', :a_inc)),
          '23503 evidence_link_evidence_fk evidence_link', 'an incident of A cannot cite evidence of B');
SELECT is((SELECT count(*) FROM ims.incident_ci WHERE org_id = :a AND ci_id = :b_ci) + (SELECT count(*) FROM ims.incident_ci WHERE org_id = :b AND incident_id = :a_inc)
          + (SELECT count(*) - :a_links FROM ims.incident_ci WHERE org_id = :a), 0::bigint,
          'none of the refused links persisted');

-- ---------------------------------------------------------------------------
-- Triggers: the rules run as the owner of schema ims, yet only on the rows of
-- the organization being written.

-- B freezes all its CIs over Christmas 2030; A's change in that window is not
-- affected (the freeze check at commit looks at A's freezes only) ...
SELECT value AS a_xmas FROM (SELECT pg_temp.value_as('t91_a_admin', format(
    'INSERT INTO ims.change (org_id, title, requested_by) VALUES (%s, %L, %L) RETURNING id', :a, 'A at Christmas', 'dev.a')) AS value) x \gset
SELECT is(pg_temp.violation_at_commit_as('t91_a_admin', format($$
    INSERT INTO ims.change_ci (org_id, change_id, ci_id) VALUES (%1$s, %2$s, %3$s);
    UPDATE ims.change SET status = 'submitted' WHERE org_id = %1$s AND id = %2$s;
    UPDATE ims.change SET status = 'approved', risk_level = 'low', security_impact_assessment = 'none', approved_by = 'mgr.a'
    WHERE org_id = %1$s AND id = %2$s;
    UPDATE ims.change SET status = 'scheduled', planned_start = '2030-12-24 10:00+00', planned_end = '2030-12-24 12:00+00'
    WHERE org_id = %1$s AND id = %2$s$$, :a, :a_xmas, :a_ci)),
          'no error', 'a change of A is scheduled in the window of a freeze of B');
-- ... while the same change in B is refused by B's freeze.
SELECT is(test_helpers.violation_at_commit(format($$
    INSERT INTO ims.change (org_id, id, title, requested_by, status) OVERRIDING SYSTEM VALUE VALUES (%1$s, 999999991, 'B at Christmas', 'dev.b', 'draft');
    INSERT INTO ims.change_ci (org_id, change_id, ci_id) VALUES (%1$s, 999999991, %2$s);
    UPDATE ims.change SET status = 'submitted' WHERE org_id = %1$s AND id = 999999991;
    UPDATE ims.change SET status = 'approved', risk_level = 'low', security_impact_assessment = 'none', approved_by = 'mgr.b'
    WHERE org_id = %1$s AND id = 999999991;
    UPDATE ims.change SET status = 'scheduled', planned_start = '2030-12-24 10:00+00', planned_end = '2030-12-24 12:00+00'
    WHERE org_id = %1$s AND id = 999999991$$, :b, :b_ci)),
          '23514 change_window change', '(the freeze holds in B: the same change there is refused)');

-- A's priority matrix changes A's priorities only (the rules cache matrices per organization).
SELECT is(pg_temp.violation_as('t91_a_admin', format('UPDATE ims.priority_matrix SET priority = 3 WHERE org_id = %s AND impact = 1 AND urgency = 1', :a)),
          'no error', 'an admin of A changes the priority matrix of A');
SELECT is(pg_temp.value_as('t91_a_op', format('INSERT INTO ims.incident (org_id, title, impact, urgency) VALUES (%s, %L, 1, 1) RETURNING priority', :a, 'A critical'))
          || '/' ||
          pg_temp.value_as('t91_b_op', format('INSERT INTO ims.incident (org_id, title, impact, urgency) VALUES (%s, %L, 1, 1) RETURNING priority', :b, 'B critical')),
          '3/1', 'impact 1 x urgency 1 gives priority 3 in A and still 1 in B');
-- A's lifecycle changes A's lifecycle only.
SELECT is(pg_temp.violation_as('t91_a_admin', format($$DELETE FROM ims.lifecycle_transition WHERE org_id = %s AND record_kind = 'release' AND to_status = 'cancelled'$$, :a)),
          'no error', 'an admin of A removes the cancellation of releases from the lifecycle of A');
SELECT is(pg_temp.violation_as('t91_a_op', format($$UPDATE ims.release SET status = 'cancelled' WHERE org_id = %s$$, :a))
          || ' / ' ||
          pg_temp.violation_as('t91_b_op', format($$UPDATE ims.release SET status = 'cancelled' WHERE org_id = %s$$, :b)),
          '23514 release_transition release / no error', 'a release of A can no longer be cancelled; a release of B still can');

-- ---------------------------------------------------------------------------
-- ims.org_id narrows a member of A and B to one of them.

SELECT is(pg_temp.value_as('t91_ab', 'SELECT array_agg(DISTINCT org_id ORDER BY org_id)::text FROM ims.incident'),
          format('{%s,%s}', :a, :b), 'a member of A and B sees the incidents of both');
SET LOCAL ims.org_id = :'a';
SELECT is(pg_temp.value_as('t91_ab', 'SELECT array_agg(DISTINCT org_id ORDER BY org_id)::text FROM ims.incident'),
          format('{%s}', :a), 'SET ims.org_id = A: only those of A');
SELECT is(pg_temp.violation_as('t91_ab', format('INSERT INTO ims.incident (org_id, title) VALUES (%s, %L)', :b, 'into B while narrowed to A')),
          '42501  ', '... and it cannot write into B');
SET LOCAL ims.org_id = :'b';
SELECT is(pg_temp.value_as('t91_ab', 'SELECT array_agg(DISTINCT org_id ORDER BY org_id)::text FROM ims.incident'),
          format('{%s}', :b), 'SET ims.org_id = B: only those of B');
SET LOCAL ims.org_id = :'c';
SELECT is(pg_temp.value_as('t91_ab', 'SELECT count(*) FROM ims.incident') || '/' || pg_temp.value_as('t91_ab', 'SELECT ims.visible_orgs()::text'),
          '0/{}', 'SET ims.org_id to an organization the role is not a member of: nothing at all');
RESET ims.org_id;

-- ---------------------------------------------------------------------------
-- COPY, as an operator of A: COPY TO shows only A's rows (the policy applies);
-- COPY FROM is refused on every table with row-level security (0A000, "use
-- INSERT statements instead"), so no row of B can come in that way.

SELECT '/tmp/ims27013_91_copy_' || pg_backend_pid() || '.txt' AS copyfile \gset
SELECT count(*) AS a_incidents FROM ims.incident WHERE org_id = :a \gset
SET LOCAL ROLE t91_a_op;
\o :copyfile
\copy ims.incident (org_id) TO STDOUT
\copy (SELECT org_id FROM ims.incident) TO STDOUT
\o
RESET ROLE;
\set copied `cat :copyfile; rm -f :copyfile`
SELECT is((SELECT format('%s lines, organizations %s', count(*), array_agg(DISTINCT x ORDER BY x))
           FROM regexp_split_to_table(:'copied', E'\n') AS x WHERE x <> ''),
          format('%s lines, organizations {%s}', 2 * :a_incidents, :a),
          'COPY ims.incident TO STDOUT and COPY (SELECT ...) TO STDOUT as an operator of A: the incidents of A, none of B');

-- COPY FROM with a row of B, run by the operator of A (who is given the right
-- to run server programs for this, to feed COPY without a file).
GRANT pg_execute_server_program TO t91_a_op;
SELECT is(pg_temp.attempt_as('t91_a_op', format($$COPY ims.incident (org_id, title) FROM PROGRAM 'printf "%s\tcopied in\n"'$$, :b)),
          '0A000 COPY FROM not supported with row-level security',
          'COPY ims.incident FROM with a row of B, as an operator of A: refused (COPY FROM does not run under row-level security)');
REVOKE pg_execute_server_program FROM t91_a_op;

-- ---------------------------------------------------------------------------
-- B after all of the above: nothing of it changed.

SELECT is((SELECT string_agg(format('%s %s', b.relname, to_char(x.n - b.n, 'FMSG9999')), ', ' ORDER BY b.relname)
           FROM b_before b
           CROSS JOIN LATERAL (SELECT (xpath('/row/n/text()',
                                             query_to_xml(format('SELECT count(*) AS n FROM ims.%I WHERE org_id = %s', b.relname, :b),
                                                          false, true, '')))[1]::text::bigint AS n) x
           WHERE x.n <> b.n),
          'history +2, incident +1, status_history +1',
          'B changed only by what its own operator did above (one incident recorded, one release cancelled)');

SELECT * FROM finish();
ROLLBACK;
