-- Improvement (issue 5): rules corrective_action_owner (owner, due date,
-- effectiveness reviewed after done by someone other than the owner),
-- nonconformity_closure (a cause at the statement; at commit every
-- corrective action done and verified effective) and finding_nonconformity
-- (a completed audit has its nonconformity findings raised), the stamps the
-- rules set, tenant_immutable and bulk statements.
BEGIN;
SELECT plan(73);

SET ims.actor = 'auditor.t63';
INSERT INTO ims.organization (code, name) VALUES ('t63a', 'Test 63 A') RETURNING org_id AS org \gset
INSERT INTO ims.organization (code, name) VALUES ('t63b', 'Test 63 B') RETURNING org_id AS org2 \gset
INSERT INTO ims.management_system (org_id, kind, standard, name) VALUES (:org, 'isms', '27001:2022', 'ISMS')
RETURNING id AS isms \gset

CREATE FUNCTION pg_temp.upd(o bigint, i bigint, s text, tab text) RETURNS text LANGUAGE sql AS $$
    SELECT format('UPDATE ims.%I SET %s WHERE org_id = %s AND id = %s', tab, s, o, i) $$;
CREATE FUNCTION pg_temp.col(o bigint, i bigint, c text, tab text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE r text;
BEGIN
    EXECUTE format('SELECT (%s)::text FROM ims.%I WHERE org_id = $1 AND id = $2', c, tab) INTO r USING o, i;
    RETURN r;
END $$;
CREATE FUNCTION pg_temp.recent(t timestamptz) RETURNS boolean LANGUAGE sql AS $$
    SELECT coalesce(t BETWEEN pg_catalog.now() AND pg_catalog.clock_timestamp(), false) $$;
-- A new nonconformity (against 27001:2022 clause 9.2.2 unless told), its id.
CREATE FUNCTION pg_temp.nc(o bigint, t text, f bigint DEFAULT NULL) RETURNS bigint LANGUAGE sql AS $$
    INSERT INTO ims.nonconformity (org_id, finding_id, source, standard, clause_ref, title)
    VALUES (o, f, CASE WHEN f IS NULL THEN 'incident' ELSE 'audit' END, '27001:2022', '9.2.2', t) RETURNING id $$;
-- A new corrective action owned by own, due in a month, its id.
CREATE FUNCTION pg_temp.ca(o bigint, n bigint, d text, own text DEFAULT 'owner.t63') RETURNS bigint LANGUAGE sql AS $$
    INSERT INTO ims.corrective_action (org_id, nonconformity_id, description, owner, due_date)
    VALUES (o, n, d, own, CURRENT_DATE + 30) RETURNING id $$;

-- ---------------------------------------------------------------------------
-- corrective_action_owner
SELECT pg_temp.nc(:org, 'Audit programme not approved') AS nc1 \gset
SELECT is(test_helpers.violation(format($$INSERT INTO ims.corrective_action (org_id, nonconformity_id, description, due_date) VALUES (%s, %s, 'x', CURRENT_DATE)$$, :org, :nc1)),
          '23514 corrective_action_owner corrective_action', 'a corrective action without an owner is refused');
SELECT is(test_helpers.violation(format($$INSERT INTO ims.corrective_action (org_id, nonconformity_id, description, owner) VALUES (%s, %s, 'x', 'owner.t63')$$, :org, :nc1)),
          '23514 corrective_action_owner corrective_action', 'a corrective action without a due date is refused');
SELECT is(test_helpers.violation(format($$INSERT INTO ims.corrective_action (org_id, nonconformity_id, description, owner, due_date) VALUES (%s, %s, 'x', ' ', CURRENT_DATE)$$, :org, :nc1)),
          '23514 corrective_action_owner corrective_action', 'a blank owner is no owner');
SELECT is((SELECT count(*)::int FROM ims.corrective_action WHERE org_id = :org), 0, '... and none of them persists');
SELECT pg_temp.ca(:org, :nc1, 'Have the programme approved by management') AS ca1 \gset
SELECT is(pg_temp.col(:org, :ca1, '(status, done_at, effective, effectiveness_verified_at, created_by)', 'corrective_action'), '(open,,,,auditor.t63)',
          'a new corrective action is open, with no stamps');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :ca1, 'due_date = NULL', 'corrective_action')), '23514 corrective_action_owner corrective_action',
          'removing the due date is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :ca1, $$effective = true, effectiveness_verified_by = 'reviewer.t63'$$, 'corrective_action')),
          '23514 corrective_action_owner corrective_action', 'verifying the effectiveness of an action not done is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :ca1, $$status = 'done'$$, 'corrective_action')), 'no error', 'marking it done is accepted');
SELECT is(pg_temp.col(:org, :ca1, '(status, pg_temp.recent(done_at), updated_by)', 'corrective_action'), '(done,t,auditor.t63)',
          '... done_at is set');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :ca1, $$effective = true$$, 'corrective_action')),
          '23514 corrective_action_owner corrective_action', 'an effectiveness result without who verified it is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :ca1, $$effectiveness_verified_by = 'reviewer.t63'$$, 'corrective_action')),
          '23514 corrective_action_owner corrective_action', 'a verifier without a result is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :ca1, $$effective = true, effectiveness_verified_by = 'owner.t63'$$, 'corrective_action')),
          '23514 corrective_action_owner corrective_action', 'the owner verifying the effectiveness of their own action is refused');
SELECT is(pg_temp.col(:org, :ca1, '(effective, effectiveness_verified_by, effectiveness_verified_at)', 'corrective_action'), '(,,)',
          '... and the action is as before');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :ca1, $$effective = true, effectiveness_verified_by = 'reviewer.t63', effectiveness_note = 'Programme approved in MR 2026-04'$$, 'corrective_action')),
          'no error', 'someone else verifying it effective is accepted');
SELECT is(pg_temp.col(:org, :ca1, 'pg_temp.recent(effectiveness_verified_at)', 'corrective_action'), 'true', '... effectiveness_verified_at is set');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :ca1, $$owner = 'reviewer.t63'$$, 'corrective_action')),
          '23514 corrective_action_owner corrective_action', 'making the verifier the owner afterwards is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :ca1, $$status = 'open'$$, 'corrective_action')),
          '23514 corrective_action_owner corrective_action', 'reopening without clearing the effectiveness review is refused');
SELECT is(test_helpers.violation(format(
    $$INSERT INTO ims.corrective_action (org_id, nonconformity_id, description, owner, due_date)
      SELECT %s, %s, 'bulk ' || g, CASE WHEN g = 13 THEN NULL ELSE 'owner.t63' END, CURRENT_DATE + g FROM generate_series(1, 30) g$$, :org, :nc1)),
    '23514 corrective_action_owner corrective_action', 'a bulk INSERT of 30 actions with one without an owner is refused');
SELECT is((SELECT count(*)::int FROM ims.corrective_action WHERE org_id = :org AND description LIKE 'bulk %'), 0, '... and none of them persists');
SELECT is(test_helpers.violation(format(
    $$UPDATE ims.corrective_action SET effective = true, effectiveness_verified_by = 'owner.t63' WHERE org_id = %s$$, :org)),
    '23514 corrective_action_owner corrective_action', 'a bulk UPDATE having the owner verify is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :ca1, format('org_id = %s', :org2), 'corrective_action')),
          '23514 tenant_immutable corrective_action', 'a corrective action cannot move to another organization');

-- ---------------------------------------------------------------------------
-- nonconformity_closure
SELECT is(test_helpers.violation_at_commit('SELECT 1'), 'no error', 'setup: everything so far satisfies the rules at commit');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :nc1, $$status = 'closed'$$, 'nonconformity')), '23514 nonconformity_closure nonconformity',
          'closing a nonconformity without its cause is refused at the statement');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :nc1, $$status = 'closed', cause = ' '$$, 'nonconformity')), '23514 nonconformity_closure nonconformity',
          '... also with a blank cause');
SELECT pg_temp.ca(:org, :nc1, 'Add the programme to the management review agenda') AS ca2 \gset
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :nc1, $$status = 'closed', cause = 'No owner for the audit programme'$$, 'nonconformity')),
          '23514 nonconformity_closure nonconformity', 'closing it while a corrective action is open fails at commit');
SELECT is(pg_temp.col(:org, :nc1, '(status, cause, closed_at)', 'nonconformity'), '(open,,)', '... and the nonconformity is as before');
UPDATE ims.corrective_action SET status = 'done' WHERE org_id = :org AND id = :ca2;
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :nc1, $$status = 'closed', cause = 'No owner for the audit programme'$$, 'nonconformity')),
          '23514 nonconformity_closure nonconformity', 'closing it while an action is done but not verified fails at commit');
UPDATE ims.corrective_action SET effective = false, effectiveness_verified_by = 'reviewer.t63' WHERE org_id = :org AND id = :ca2;
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :nc1, $$status = 'closed', cause = 'No owner for the audit programme'$$, 'nonconformity')),
          '23514 nonconformity_closure nonconformity', 'closing it while an action was found not effective fails at commit');
UPDATE ims.corrective_action SET effective = true WHERE org_id = :org AND id = :ca2;
SET ims.actor = 'quality.t63';
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :nc1, $$status = 'closed', cause = 'No owner for the audit programme'$$, 'nonconformity')),
          'no error', 'closing it once every action is done and verified effective by someone other than its owner passes');
SELECT is(pg_temp.col(:org, :nc1, '(status, pg_temp.recent(closed_at), closed_by, updated_by)', 'nonconformity'), '(closed,t,quality.t63,quality.t63)',
          '... closed_at and closed_by are set');
SET ims.actor = 'auditor.t63';
-- A closed nonconformity keeps its actions done and verified.
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :ca2, $$status = 'open', effective = NULL, effectiveness_verified_by = NULL$$, 'corrective_action')),
          '23514 nonconformity_closure nonconformity', 'reopening a corrective action of a closed nonconformity fails at commit');
SELECT is(pg_temp.col(:org, :ca2, '(status, effective)', 'corrective_action'), '(done,t)', '... and the action is as before');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :ca2, $$effective = false$$, 'corrective_action')),
          '23514 nonconformity_closure nonconformity', 'judging an action of a closed nonconformity not effective fails at commit');
SELECT is(test_helpers.violation_at_commit(format($$INSERT INTO ims.corrective_action (org_id, nonconformity_id, description, owner, due_date) VALUES (%s, %s, 'late action', 'owner.t63', CURRENT_DATE)$$, :org, :nc1)),
          '23514 nonconformity_closure nonconformity', 'adding an open action to a closed nonconformity fails at commit');
SELECT is(test_helpers.violation_at_commit(format($$DELETE FROM ims.corrective_action WHERE org_id = %s AND nonconformity_id = %s$$, :org, :nc1)),
          '23514 nonconformity_closure nonconformity', 'deleting every action of a closed nonconformity fails at commit');
SELECT is(test_helpers.violation_at_commit(format($$DELETE FROM ims.corrective_action WHERE org_id = %s AND id = %s$$, :org, :ca2)),
          'no error', 'deleting one of two verified actions leaves the closure valid');
SELECT is(test_helpers.violation_at_commit(format(
    $$UPDATE ims.nonconformity SET status = 'open' WHERE org_id = %s AND id = %s;
      UPDATE ims.corrective_action SET status = 'open', effective = NULL, effectiveness_verified_by = NULL WHERE org_id = %1$s AND id = %s$$, :org, :nc1, :ca2)),
    'no error', 'reopening the nonconformity, then its action, passes');
SELECT is(pg_temp.col(:org, :nc1, '(status, closed_at, closed_by)', 'nonconformity'), '(open,,)', '... reopening clears closed_at and closed_by');
-- Without any corrective action.
SELECT pg_temp.nc(:org, 'Visitor log incomplete') AS nc2 \gset
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :nc2, $$status = 'closed', cause = 'Reception understaffed', correction = 'Log completed'$$, 'nonconformity')),
          '23514 nonconformity_closure nonconformity', 'closing a nonconformity without any corrective action fails at commit');
SELECT is(test_helpers.violation_at_commit(format(
    $$INSERT INTO ims.nonconformity (org_id, source, standard, control_ref, title, cause, status) VALUES (%s, 'review', '27001:2022', 'A.7.2', 'Born closed', 'x', 'closed')$$, :org)),
    '23514 nonconformity_closure nonconformity', 'inserting a closed nonconformity without actions fails at commit');
-- Bulk: closing many at once, one not ready.
SELECT is(test_helpers.violation_at_commit(format(
    $$WITH n AS (INSERT INTO ims.nonconformity (org_id, source, standard, clause_ref, title, cause)
                 SELECT %s, 'monitoring', '27001:2022', '9.1', 'bulk ' || g, 'cause ' || g FROM generate_series(1, 20) g RETURNING id)
      INSERT INTO ims.corrective_action (org_id, nonconformity_id, description, owner, due_date, status, effective, effectiveness_verified_by)
      SELECT %1$s, id, 'fix', 'owner.t63', CURRENT_DATE, 'done', true, 'reviewer.t63' FROM n;
      UPDATE ims.corrective_action SET effective = false
      WHERE org_id = %1$s AND nonconformity_id = (SELECT max(id) FROM ims.nonconformity WHERE org_id = %1$s AND title LIKE 'bulk %%');
      UPDATE ims.nonconformity SET status = 'closed' WHERE org_id = %1$s AND title LIKE 'bulk %%'$$, :org)),
    '23514 nonconformity_closure nonconformity', 'a bulk UPDATE closing 20 nonconformities, one with an ineffective action, fails at commit');
SELECT is((SELECT count(*)::int FROM ims.nonconformity WHERE org_id = :org AND title LIKE 'bulk %'), 0, '... and nothing of the transaction persists');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :nc1, format('org_id = %s', :org2), 'nonconformity')),
          '23514 tenant_immutable nonconformity', 'a nonconformity cannot move to another organization');
SELECT is(test_helpers.violation(format($$INSERT INTO ims.nonconformity (org_id, standard, clause_ref, title) VALUES (%s, '27001:2022', '11.1', 'x')$$, :org)),
          '23503 nonconformity_clause_fk nonconformity', 'a nonconformity against a clause the standard does not have is refused');
SELECT is(test_helpers.violation(format($$INSERT INTO ims.nonconformity (org_id, standard, title) VALUES (%s, '27001:2022', 'x')$$, :org)),
          '23514 nonconformity_one_ref_check nonconformity', 'a nonconformity names the clause or control it is against');

-- ---------------------------------------------------------------------------
-- finding_nonconformity and audits
INSERT INTO ims.audit_programme (org_id, name, period_start, period_end) VALUES (:org, 'Programme 2026', '2026-01-01', '2026-12-31')
RETURNING id AS prog \gset
INSERT INTO ims.audit (org_id, programme_id, management_system_id, title, scope, lead_auditor, planned_start, planned_end)
VALUES (:org, :prog, :isms, 'Internal audit Q2', 'Clauses 7 to 10, Annex A 5.15-5.18', 'auditor.t63', '2026-05-04', '2026-05-06')
RETURNING id AS aud \gset
INSERT INTO ims.audit_clause (org_id, audit_id, standard, clause_ref, control_ref)
VALUES (:org, :aud, '27001:2022', '9.2', NULL), (:org, :aud, '27001:2022', NULL, 'A.5.15');
INSERT INTO ims.finding (org_id, audit_id, kind, standard, control_ref, description)
VALUES (:org, :aud, 'minor_nonconformity', '27001:2022', 'A.5.15', 'Leavers keep access for weeks') RETURNING id AS f1 \gset
INSERT INTO ims.finding (org_id, audit_id, kind, description)
VALUES (:org, :aud, 'opportunity_for_improvement', 'Automate joiner/mover/leaver') RETURNING id AS f2 \gset
SELECT is(test_helpers.violation_at_commit('SELECT 1'), 'no error', 'setup: an audit in progress with findings passes at commit');
SELECT is(test_helpers.violation(format($$INSERT INTO ims.finding (org_id, audit_id, kind, description) VALUES (%s, %s, 'major_nonconformity', 'x')$$, :org, :aud)),
          '23514 finding_nonconformity_ref_check finding', 'a nonconformity finding names the standard of its clause or control');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :aud, $$status = 'completed'$$, 'audit')),
          '23514 finding_nonconformity audit', 'completing an audit whose nonconformity finding was not raised fails at commit');
SELECT is(pg_temp.col(:org, :aud, '(status, completed_at)', 'audit'), '(planned,)', '... and the audit is as before');
SELECT pg_temp.nc(:org, 'Leavers keep access', :f1) AS nc3 \gset
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :aud, $$status = 'completed'$$, 'audit')), 'no error',
          'completing it once the finding is raised as a nonconformity passes');
SELECT is(pg_temp.col(:org, :aud, 'pg_temp.recent(completed_at)', 'audit'), 'true', '... completed_at is set');
SELECT is(test_helpers.violation_at_commit(format('DELETE FROM ims.nonconformity WHERE org_id = %s AND id = %s', :org, :nc3)),
          '23514 finding_nonconformity audit', 'deleting the nonconformity of a completed audit''s finding fails at commit');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :nc3, 'finding_id = NULL, source = $$other$$', 'nonconformity')),
          '23514 finding_nonconformity audit', 'detaching it from the finding fails at commit');
SELECT is(test_helpers.violation_at_commit(format(
    $$INSERT INTO ims.finding (org_id, audit_id, kind, standard, clause_ref, description) VALUES (%s, %s, 'major_nonconformity', '27001:2022', '7.2', 'No training records')$$, :org, :aud)),
    '23514 finding_nonconformity audit', 'adding an unraised nonconformity finding to a completed audit fails at commit');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :f2, $$kind = 'minor_nonconformity', standard = '27001:2022', clause_ref = '9.2'$$, 'finding')),
          '23514 finding_nonconformity audit', 'reclassifying an observation of a completed audit as a nonconformity without raising it fails at commit');
SELECT is(test_helpers.violation_at_commit(format(
    $$UPDATE ims.finding SET kind = 'minor_nonconformity', standard = '27001:2022', clause_ref = '9.2' WHERE org_id = %s AND id = %s;
      INSERT INTO ims.nonconformity (org_id, finding_id, source, standard, clause_ref, title) VALUES (%1$s, %2$s, 'audit', '27001:2022', '9.2', 'JML not automated')$$, :org, :f2)),
    'no error', '... and passes when it is raised in the same transaction');
SELECT is(test_helpers.violation_at_commit(format(
    $$INSERT INTO ims.finding (org_id, audit_id, kind, standard, clause_ref, description)
      SELECT %s, %s, CASE WHEN g = 8 THEN 'minor_nonconformity' ELSE 'observation' END, '27001:2022', '7.5', 'bulk finding ' || g
      FROM generate_series(1, 12) g$$, :org, :aud)),
    '23514 finding_nonconformity audit', 'a bulk INSERT of 12 findings into a completed audit, one an unraised nonconformity, fails at commit');
SELECT is((SELECT count(*)::int FROM ims.finding WHERE org_id = :org AND description LIKE 'bulk finding %'), 0, '... and none of them persists');
SELECT is(test_helpers.violation_at_commit(format(
    $$WITH a AS (INSERT INTO ims.audit (org_id, title) SELECT %s, 'bulk audit ' || g FROM generate_series(1, 10) g RETURNING org_id, id)
      INSERT INTO ims.finding (org_id, audit_id, kind, standard, clause_ref, description)
      SELECT org_id, id, 'major_nonconformity', '27001:2022', '8.1', 'x' FROM a WHERE id = (SELECT max(id) FROM a);
      UPDATE ims.audit SET status = 'completed' WHERE org_id = %1$s AND title LIKE 'bulk audit %%'$$, :org)),
    '23514 finding_nonconformity audit', 'a bulk UPDATE completing 10 audits, one with an unraised nonconformity finding, fails at commit');
SELECT is((SELECT count(*)::int FROM ims.audit WHERE org_id = :org AND title LIKE 'bulk audit %'), 0, '... and nothing of the transaction persists');
SELECT is(test_helpers.violation(format($$INSERT INTO ims.nonconformity (org_id, finding_id, source, standard, clause_ref, title) VALUES (%s, %s, 'audit', '27001:2022', '9.2', 'twice')$$, :org, :f1)),
          '23505 nonconformity_finding_key nonconformity', 'a finding is raised as one nonconformity only');
SELECT is(test_helpers.violation(format($$INSERT INTO ims.nonconformity (org_id, finding_id, source, standard, clause_ref, title) VALUES (%s, %s, 'incident', '27001:2022', '9.2', 'x')$$, :org, :f1)),
          '23514 nonconformity_finding_source_check nonconformity', 'a nonconformity raised from a finding has source audit');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :aud, format('org_id = %s', :org2), 'audit')), '23514 tenant_immutable audit',
          'an audit cannot move to another organization');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :f1, format('org_id = %s', :org2), 'finding')), '23514 tenant_immutable finding',
          'a finding cannot move to another organization');
SELECT is(test_helpers.violation(format('UPDATE ims.audit_clause SET org_id = %s WHERE org_id = %s', :org2, :org)), '23514 tenant_immutable audit_clause',
          'an audit_clause row cannot move to another organization');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :prog, format('org_id = %s', :org2), 'audit_programme')), '23514 tenant_immutable audit_programme',
          'an audit programme cannot move to another organization');
SELECT is(test_helpers.violation(format($$INSERT INTO ims.audit_clause (org_id, audit_id, standard, clause_ref) VALUES (%s, %s, '27001:2022', '9.2')$$, :org, :aud)),
          '23505 audit_clause_key audit_clause', 'a clause is covered once per audit');

-- Objectives and management reviews: plain registers.
INSERT INTO ims.objective (org_id, management_system_id, title, measure, unit, target, direction)
VALUES (:org, :isms, 'Fast leaver processing', 'share of leavers disabled within 1 day', '%', 95, 'at_least') RETURNING id AS obj \gset
INSERT INTO ims.objective_measurement (org_id, objective_id, measured_at, value) VALUES (:org, :obj, '2026-04-30', 71);
INSERT INTO ims.management_review (org_id, title, planned_on) VALUES (:org, 'MR 2026', '2026-06-15') RETURNING id AS mr \gset
SELECT is(test_helpers.violation(pg_temp.upd(:org, :mr, $$status = 'held'$$, 'management_review')),
          '23514 management_review_held_check management_review', 'a held management review has a date');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :obj, format('org_id = %s', :org2), 'objective')), '23514 tenant_immutable objective',
          'an objective cannot move to another organization');
SELECT is(test_helpers.violation(format('UPDATE ims.objective_measurement SET org_id = %s WHERE org_id = %s', :org2, :org)),
          '23514 tenant_immutable objective_measurement', 'a measurement cannot move to another organization');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :mr, format('org_id = %s', :org2), 'management_review')), '23514 tenant_immutable management_review',
          'a management review cannot move to another organization');

-- The rule catalogue.
SELECT results_eq($$SELECT name, record_kind, checked FROM ims.rule
                    WHERE name IN ('nonconformity_closure', 'corrective_action_owner', 'finding_nonconformity') ORDER BY name$$,
                  $$VALUES ('corrective_action_owner', 'corrective_action', 'row'), ('finding_nonconformity', 'audit', 'commit'),
                           ('nonconformity_closure', 'nonconformity', 'row and commit')$$,
                  'the improvement rules are in ims.rule');
SELECT is((SELECT string_agg(standard || ' ' || clause_ref, ', ' ORDER BY standard) FROM ims.rule_basis WHERE rule = 'nonconformity_closure'),
          '20000-1:2018 10.1, 27001:2013 10.1, 27001:2022 10.2', 'nonconformity_closure rests on 10.1 of 2013 and 20000-1 and 10.2 of 27001:2022');

SELECT * FROM finish();
ROLLBACK;
