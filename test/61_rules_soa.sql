-- The Statement of Applicability (issue 5): rule soa_justification (a
-- justification for every decision at the statement; an applicable control
-- marked implemented references evidence or a reason, at commit), the
-- entry names a control of an ISMS, decision and review stamps,
-- tenant_immutable, bulk statements, ims.soa_completeness and carrying an
-- SoA from 27001:2013 to 27001:2022 (ims.soa_carry).
BEGIN;
SELECT plan(70);

SET ims.actor = 'ciso.t61';
INSERT INTO ims.organization (code, name) VALUES ('t61a', 'Test 61 A') RETURNING org_id AS org \gset
INSERT INTO ims.organization (code, name) VALUES ('t61b', 'Test 61 B') RETURNING org_id AS org2 \gset
INSERT INTO ims.management_system (org_id, kind, standard, name) VALUES (:org, 'isms', '27001:2013', 'ISMS 2013')
RETURNING id AS isms \gset
INSERT INTO ims.management_system (org_id, kind, standard, name) VALUES (:org, 'isms', '27001:2013', 'Second ISMS')
RETURNING id AS isms2 \gset
INSERT INTO ims.management_system (org_id, kind, standard, name) VALUES (:org, 'sms', '20000-1:2018', 'SMS')
RETURNING id AS sms \gset

-- The text of an INSERT of one SoA entry.
CREATE FUNCTION pg_temp.ins(o bigint, ms bigint, cs text, ref text, extra_cols text DEFAULT '', extra_vals text DEFAULT '')
RETURNS text LANGUAGE sql AS $$
    SELECT format('INSERT INTO ims.soa_entry (org_id, management_system_id, control_set, control_ref%s) VALUES (%s, %s, %L, %L%s)',
                  extra_cols, o, ms, cs, ref, extra_vals) $$;
-- The text of an UPDATE of one row (default: soa_entry).
CREATE FUNCTION pg_temp.upd(o bigint, i bigint, s text, tab text DEFAULT 'soa_entry') RETURNS text LANGUAGE sql AS $$
    SELECT format('UPDATE ims.%I SET %s WHERE org_id = %s AND id = %s', tab, s, o, i) $$;
-- An expression over one row of a table, as text.
CREATE FUNCTION pg_temp.col(o bigint, i bigint, c text, tab text DEFAULT 'soa_entry') RETURNS text LANGUAGE plpgsql AS $$
DECLARE r text;
BEGIN
    EXECUTE format('SELECT (%s)::text FROM ims.%I WHERE org_id = $1 AND id = $2', c, tab) INTO r USING o, i;
    RETURN r;
END $$;
-- The id of the entry of a control.
CREATE FUNCTION pg_temp.entry(o bigint, ms bigint, cs text, ref text) RETURNS bigint LANGUAGE sql AS $$
    SELECT id FROM ims.soa_entry WHERE org_id = o AND management_system_id = ms AND control_set = cs AND control_ref = ref::ims.isoref $$;
CREATE FUNCTION pg_temp.recent(t timestamptz) RETURNS boolean LANGUAGE sql AS $$
    SELECT coalesce(t BETWEEN pg_catalog.now() AND pg_catalog.clock_timestamp(), false) $$;
CREATE FUNCTION pg_temp.entries(o bigint, ms bigint) RETURNS bigint LANGUAGE sql AS $$
    SELECT count(*) FROM ims.soa_entry WHERE org_id = o AND management_system_id = ms $$;

-- ---------------------------------------------------------------------------
-- soa_justification, at the statement: every decision is justified.
SELECT is(test_helpers.violation(pg_temp.ins(:org, :isms, '27001:2013', 'A.9.1.1', ', applicable', ', true')),
          '23514 soa_justification soa_entry', 'including a control without a justification is refused');
SELECT is(test_helpers.violation(pg_temp.ins(:org, :isms, '27001:2013', 'A.9.1.1', ', applicable', ', false')),
          '23514 soa_justification soa_entry', 'excluding a control without a justification is refused');
SELECT is(test_helpers.violation(pg_temp.ins(:org, :isms, '27001:2013', 'A.9.1.1', ', applicable, justification', $$, false, '   '$$)),
          '23514 soa_justification soa_entry', 'a blank justification is no justification');
SELECT is(pg_temp.entries(:org, :isms), 0::bigint, '... and none of them persists');
SELECT is(test_helpers.violation(pg_temp.ins(:org, :isms, '27001:2013', 'A.9.1.1')), 'no error',
          'an entry without a decision needs no justification');
SELECT pg_temp.entry(:org, :isms, '27001:2013', 'A.9.1.1') AS e1 \gset
SELECT is(pg_temp.col(:org, :e1, '(applicable, decided_by, decided_at, review_required)'), '(,,,f)',
          '... it has no decision, no decision stamp and needs no review');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :e1, 'applicable = true')), '23514 soa_justification soa_entry',
          'deciding on it without a justification is refused');
SELECT is(pg_temp.col(:org, :e1, 'applicable'), NULL, '... and it stays undecided');
SET ims.actor = 'isms.officer.t61';
SELECT is(test_helpers.violation(pg_temp.upd(:org, :e1, $$applicable = true, justification = 'Access policy required by contract with Bank X'$$)),
          'no error', 'deciding with a justification is accepted');
SELECT is(pg_temp.col(:org, :e1, '(applicable, decided_by, pg_temp.recent(decided_at), updated_by)'), '(t,isms.officer.t61,t,isms.officer.t61)',
          '... decided_by and decided_at record who decided and when');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :e1, 'justification = NULL')), '23514 soa_justification soa_entry',
          'removing the justification of a decision is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :e1, $$applicable = false$$)), 'no error',
          'reversing the decision with the existing justification is accepted (the justification is the user''s to keep current)');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :e1, $$applicable = NULL, justification = NULL$$)), 'no error',
          'withdrawing a decision is accepted');
SELECT is(pg_temp.col(:org, :e1, '(decided_by, decided_at)'), '(,)', '... and clears the decision stamp');
SET ims.actor = 'ciso.t61';

-- The entry names a control of an ISMS.
SELECT is(test_helpers.violation(pg_temp.ins(:org, :isms, '27001:2013', 'A.9.1', ', applicable, justification', $$, true, 'x'$$)),
          '23514 soa_entry_control_check soa_entry', 'an entry for a control objective (A.9.1) is refused');
SELECT is(test_helpers.violation(pg_temp.ins(:org, :isms, '27001:2013', 'A.9')), '23514 soa_entry_control_check soa_entry',
          'an entry for a domain (A.9) is refused');
SELECT is(test_helpers.violation(pg_temp.ins(:org, :isms, '27001:2022', 'A.8')), '23514 soa_entry_control_check soa_entry',
          'an entry for a 2022 theme (A.8) is refused');
SELECT is(test_helpers.violation(pg_temp.ins(:org, :isms, '27001:2013', 'A.9.9.9')), '23503 soa_entry_control_fk soa_entry',
          'an entry for a control the catalogue does not have is refused');
SELECT is(test_helpers.violation(pg_temp.ins(:org, :isms, '20000-1:2018', '8.5.1')), '23514 soa_entry_control_set_check soa_entry',
          'an entry outside the two Annex A control sets is refused');
SELECT is(test_helpers.violation(pg_temp.ins(:org, :sms, '27001:2013', 'A.9.1.2')), '23514 soa_entry_management_system_check soa_entry',
          'an entry of an SMS is refused: the SoA belongs to an ISMS');
SELECT is(test_helpers.violation(pg_temp.ins(:org, :isms, '27001:2013', 'A.9.1.1')), '23505 soa_entry_key soa_entry',
          'a second entry for the same control of the same ISMS and set is refused');
SELECT is(test_helpers.violation(pg_temp.ins(:org, :isms, '27001:2013', 'A.9.1.2', ', applicable, justification, implementation_status', $$, false, 'Not used', 'planned'$$)),
          '23514 soa_entry_status_applicable_check soa_entry', 'an excluded control has no implementation status');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :e1, format('control_ref = %L', 'A.9.2'))), '23514 soa_entry_control_check soa_entry',
          'an UPDATE that points an entry at an objective is refused');

-- Bulk: the whole 2013 set in one statement.
SELECT is(test_helpers.violation(format(
    $$INSERT INTO ims.soa_entry (org_id, management_system_id, control_set, control_ref, applicable, justification)
      SELECT %s, %s, standard, ref, true, CASE WHEN ref::text = 'A.14.2.7' THEN '' ELSE 'Risk assessment 2026' END
      FROM ims.control WHERE standard = '27001:2013' AND kind = 'control' AND ref::text <> 'A.9.1.1'$$, :org, :isms)),
    '23514 soa_justification soa_entry', 'a bulk INSERT of 113 decisions with one empty justification is refused');
SELECT is(pg_temp.entries(:org, :isms), 1::bigint, '... and none of them persists');
SELECT is(test_helpers.violation(format(
    $$INSERT INTO ims.soa_entry (org_id, management_system_id, control_set, control_ref, applicable, justification)
      SELECT %s, %s, standard, ref, true, 'Risk assessment 2026'
      FROM ims.control WHERE standard = '27001:2013' AND kind = 'control' AND ref::text <> 'A.9.1.1'$$, :org, :isms)),
    'no error', 'the bulk INSERT with every justification is accepted');
SELECT is(pg_temp.entries(:org, :isms), 114::bigint, '... 114 entries');
SELECT results_eq(format($$SELECT gap, count(*)::int FROM ims.soa_completeness(%s, %s) GROUP BY gap$$, :org, :isms),
                  $$VALUES ('no decision', 1)$$, 'ims.soa_completeness: one control of the 2013 set is without a decision');
SELECT is(test_helpers.violation(format(
    $$UPDATE ims.soa_entry SET applicable = false, justification = CASE WHEN control_ref::text = 'A.11.1.6' THEN NULL ELSE 'Hosted: no premises' END
      WHERE org_id = %s AND management_system_id = %s AND control_ref OPERATOR(ims.<@) 'A.11.1'$$, :org, :isms)),
    '23514 soa_justification soa_entry', 'a bulk UPDATE excluding the six A.11.1 controls, one without justification, is refused');
SELECT is((SELECT count(*)::int FROM ims.soa_entry WHERE org_id = :org AND management_system_id = :isms AND NOT applicable), 0,
          '... and no control is excluded');
UPDATE ims.soa_entry SET applicable = false, justification = 'Hosted: no premises'
WHERE org_id = :org AND management_system_id = :isms AND control_ref OPERATOR(ims.<@) 'A.11.1';
UPDATE ims.soa_entry SET applicable = true, justification = 'Access control policy' WHERE org_id = :org AND id = :e1;
SELECT is_empty(format('SELECT * FROM ims.soa_completeness(%s, %s)', :org, :isms), 'ims.soa_completeness: every 2013 control decided');
SELECT is((SELECT count(*)::int FROM ims.soa_completeness(:org, :isms, '27001:2022') WHERE gap = 'no entry'), 93,
          'ims.soa_completeness for the 2022 set: all 93 controls have no entry');

-- ---------------------------------------------------------------------------
-- soa_justification, at commit: implemented needs evidence or a reason.
SELECT is(test_helpers.violation_at_commit('SELECT 1'), 'no error', 'setup: everything so far satisfies the rules at commit');
SELECT pg_temp.entry(:org, :isms, '27001:2013', 'A.12.3.1') AS e_bak \gset
SELECT pg_temp.entry(:org, :isms, '27001:2013', 'A.12.2.1') AS e_mal \gset
SELECT pg_temp.entry(:org, :isms, '27001:2013', 'A.11.1.1') AS e_excl \gset
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :e_bak, $$implementation_status = 'implemented'$$)),
          '23514 soa_justification soa_entry', 'marking a control implemented without evidence or a reason fails at commit');
SELECT is(pg_temp.col(:org, :e_bak, 'implementation_status'), NULL, '... and its status is unchanged');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :e_bak, $$implementation_status = 'implemented', evidence_reason = '  '$$)),
          '23514 soa_justification soa_entry', 'a blank evidence_reason is no reason');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :e_bak, $$implementation_status = 'partially_implemented'$$)),
          'no error', 'a control partially implemented needs no evidence');
SELECT is(test_helpers.violation_at_commit(format(
    $$INSERT INTO ims.soa_evidence (org_id, soa_entry_id, reference, evidence_date) VALUES (%s, %s, 'https://wiki.example/backup-report-2026-03', '2026-03-31');
      UPDATE ims.soa_entry SET implementation_status = 'implemented' WHERE org_id = %1$s AND id = %2$s$$, :org, :e_bak)),
    'no error', 'evidence and the implemented status in one transaction pass at commit');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :e_mal, $$implementation_status = 'implemented', evidence_reason = 'Checked on every server by the auditor on site'$$)),
          'no error', 'implemented with a reason and no evidence passes at commit');
SELECT is(test_helpers.violation_at_commit(format('DELETE FROM ims.soa_evidence WHERE org_id = %s AND soa_entry_id = %s', :org, :e_bak)),
          '23514 soa_justification soa_entry', 'deleting the only evidence of an implemented control fails at commit');
SELECT is((SELECT count(*)::int FROM ims.soa_evidence WHERE org_id = :org AND soa_entry_id = :e_bak), 1, '... and the evidence is still there');
SELECT is(test_helpers.violation_at_commit(format('UPDATE ims.soa_evidence SET soa_entry_id = %s WHERE org_id = %s AND soa_entry_id = %s', :e1, :org, :e_bak)),
          '23514 soa_justification soa_entry', 'moving the only evidence to another entry fails at commit');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :e_mal, 'evidence_reason = NULL')),
          '23514 soa_justification soa_entry', 'removing the reason of an implemented control without evidence fails at commit');
SELECT is(test_helpers.violation_at_commit(format(
    $$UPDATE ims.soa_entry SET implementation_status = 'implemented'
      WHERE org_id = %s AND management_system_id = %s AND control_ref OPERATOR(ims.<@) 'A.12'$$, :org, :isms)),
    '23514 soa_justification soa_entry', 'a bulk UPDATE marking the A.12 controls implemented, most without evidence, fails at commit');
SELECT is((SELECT count(*)::int FROM ims.soa_entry WHERE org_id = :org AND management_system_id = :isms AND implementation_status = 'implemented'), 2,
          '... and no status changed');
SELECT is(test_helpers.violation_at_commit(format(
    $$INSERT INTO ims.soa_entry (org_id, management_system_id, control_set, control_ref, applicable, justification, implementation_status)
      VALUES (%s, %s, '27001:2013', 'A.12.3.1', true, 'Backups', 'implemented')$$, :org, :isms2)),
    '23514 soa_justification soa_entry', 'inserting an implemented control without evidence or reason fails at commit');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :e_excl, $$justification = 'Hosted by a certified provider'$$)),
          'no error', 'an excluded control needs no evidence');
SELECT is(test_helpers.error_text(pg_temp.upd(:org, :e_mal, 'evidence_reason = NULL')),
          format('23514 | the SoA marks 27001:2013 A.12.2.1 implemented without evidence or a reason | In the SoA of management system %s the control is applicable and implemented, ims.soa_evidence has no row for it and evidence_reason is empty. | Reference the evidence (ims.soa_evidence), or say in evidence_reason why there is none.', :isms),
          'the commit-time error names the control and says how to comply');

-- tenant_immutable
INSERT INTO ims.soa_requirement (org_id, soa_entry_id, standard, clause_ref) VALUES (:org, :e_bak, '20000-1:2018', '8.7.2');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :e_bak, format('org_id = %s', :org2))), '23514 tenant_immutable soa_entry',
          'an SoA entry cannot move to another organization');
SELECT is(test_helpers.violation(format('UPDATE ims.soa_evidence SET org_id = %s WHERE org_id = %s', :org2, :org)),
          '23514 tenant_immutable soa_evidence', 'SoA evidence cannot move to another organization');
SELECT is(test_helpers.violation(format('UPDATE ims.soa_requirement SET org_id = %s WHERE org_id = %s', :org2, :org)),
          '23514 tenant_immutable soa_requirement', 'an SoA requirement link cannot move to another organization');
SELECT is(test_helpers.violation(pg_temp.ins(:org2, :isms, '27001:2013', 'A.5.1.1')), '23503 soa_entry_management_system_fk soa_entry',
          'an entry of another organization''s ISMS is refused by the composite foreign key');

-- ---------------------------------------------------------------------------
-- ims.soa_carry: from 27001:2013 to 27001:2022.
-- A.5.1.1 implemented (evidence) + A.5.1.2 planned -> A.5.1; A.12.6.1
-- implemented with a reason -> A.8.8 (also fed by A.18.2.3, excluded);
-- A.18.2.3 -> A.5.36 and A.8.8; A.6.2.1 excluded -> A.8.1 excluded;
-- A.13.1.1 undecided -> no entry; A.12.1.2 linked to a risk -> A.8.32.
INSERT INTO ims.soa_entry (org_id, management_system_id, control_set, control_ref, applicable, justification, implementation_status, evidence_reason)
SELECT :org, :isms2, '27001:2013', ref::ims.isoref, app, j, st, why
FROM (VALUES ('A.5.1.1', true, 'Policy set required', 'implemented', NULL),
             ('A.5.1.2', true, 'Annual review', 'planned', NULL),
             ('A.12.6.1', true, 'Patch management', 'implemented', 'Scanner dashboard shown live'),
             ('A.18.2.3', false, 'Covered by external pentest only', NULL, NULL),
             ('A.6.2.1', false, 'No mobile devices', NULL, NULL),
             ('A.12.1.2', true, 'Change management', 'partially_implemented', NULL)) v (ref, app, j, st, why);
INSERT INTO ims.soa_evidence (org_id, soa_entry_id, reference, description, evidence_date)
VALUES (:org, pg_temp.entry(:org, :isms2, '27001:2013', 'A.5.1.1'), 'https://dms.example/policy-set-v3.pdf', 'Policy set v3', '2026-02-01');
INSERT INTO ims.soa_entry (org_id, management_system_id, control_set, control_ref) VALUES (:org, :isms2, '27001:2013', 'A.13.1.1');
INSERT INTO ims.risk (org_id, title, owner, inherent_likelihood, inherent_impact) VALUES (:org, 'Unreviewed changes', 'cio.t61', 3, 3)
RETURNING id AS risk \gset
INSERT INTO ims.risk_control (org_id, risk_id, soa_entry_id) VALUES (:org, :risk, pg_temp.entry(:org, :isms2, '27001:2013', 'A.12.1.2'));
UPDATE ims.risk SET treatment = 'modify' WHERE org_id = :org AND id = :risk;
SELECT is(test_helpers.violation_at_commit('SELECT 1'), 'no error', 'setup: the risk treated by the 2013 control passes at commit');

SET ims.actor = 'migration.t61';
SELECT results_eq(format($$SELECT control_ref::text, carried_from::text, applicable, implementation_status, evidence, risks
                            FROM ims.soa_carry(%s, %s)$$, :org, :isms2),
    $$VALUES ('A.5.1', '{A.5.1.1,A.5.1.2}', true, 'planned', 1, 0),
             ('A.5.36', '{A.18.2.3}', false, NULL, 0, 0),
             ('A.8.1', '{A.6.2.1}', false, NULL, 0, 0),
             ('A.8.8', '{A.12.6.1,A.18.2.3}', true, 'implemented', 0, 0),
             ('A.8.32', '{A.12.1.2}', true, 'partially_implemented', 0, 1)$$,
    'ims.soa_carry makes one 2022 entry per control with decided predecessors: merged decision, weakest status, evidence and risk links');
SELECT is(pg_temp.col(:org, pg_temp.entry(:org, :isms2, '27001:2022', 'A.8.8'), '(justification, evidence_reason, review_required, created_by)'),
          '("Carried from 27001:2013 A.12.6.1 (applicable): Patch management; A.18.2.3 (excluded): Covered by external pentest only","A.12.6.1: Scanner dashboard shown live",t,migration.t61)',
          'a carried entry keeps every predecessor''s decision and justification, the reason for missing evidence, and is marked for review');
SELECT is((SELECT reference || ' ' || description || ' ' || evidence_date FROM ims.soa_evidence
           WHERE org_id = :org AND soa_entry_id = pg_temp.entry(:org, :isms2, '27001:2022', 'A.5.1')),
          'https://dms.example/policy-set-v3.pdf Policy set v3 (carried from A.5.1.1) 2026-02-01', 'evidence is carried with its date and where it came from');
SELECT is(test_helpers.violation_at_commit('SELECT 1'), 'no error', 'the carried SoA satisfies soa_justification and risk_treatment_controls at commit');
SELECT is(test_helpers.violation(format('SELECT count(*) FROM ims.soa_carry(%s, %s)', :org, :isms2)), 'no error', 'carrying again is accepted ...');
SELECT is((SELECT count(*)::int FROM ims.soa_carry(:org, :isms2)), 0, '... and adds nothing: existing 2022 entries are kept');
SELECT is((SELECT count(*)::int FROM ims.soa_entry WHERE org_id = :org AND management_system_id = :isms2 AND control_set = '27001:2022'), 5,
          '... still five 2022 entries');
SELECT results_eq(format($$SELECT gap, count(*)::int FROM ims.soa_completeness(%s, %s, '27001:2022') GROUP BY gap ORDER BY gap$$, :org, :isms2),
                  $$VALUES ('no entry', 88), ('review', 5)$$,
                  'ims.soa_completeness lists the 88 controls without an entry and the 5 carried decisions to review');
SELECT is((SELECT gap FROM ims.soa_completeness(:org, :isms2, '27001:2022') WHERE control_ref = 'A.5.7'), 'no entry',
          'a control new in 2022 (A.5.7 threat intelligence) is listed as without an entry');
SET ims.actor = 'ciso.t61';
SELECT is(test_helpers.violation(format($$UPDATE ims.soa_entry SET review_required = false WHERE org_id = %s AND management_system_id = %s AND control_set = '27001:2022'$$, :org, :isms2)),
          'no error', 'clearing the review marks is accepted');
SELECT is((SELECT string_agg(DISTINCT reviewed_by || ' ' || pg_temp.recent(reviewed_at), ', ') FROM ims.soa_entry
           WHERE org_id = :org AND management_system_id = :isms2 AND control_set = '27001:2022'),
          'ciso.t61 true', '... and records who reviewed and when');
SELECT is((SELECT count(*)::int FROM ims.soa_completeness(:org, :isms2, '27001:2022') WHERE gap = 'review'), 0, '... no decision is left to review');
SELECT throws_ok(format('SELECT * FROM ims.soa_carry(%s, %s)', :org, :sms), '22023', format('management system %s is not an ISMS', :sms),
                 'carrying the SoA of an SMS is refused');
SELECT throws_ok(format('SELECT * FROM ims.soa_carry(%s, %s)', :org2, :isms), '22023', format('organization %s has no management system %s', :org2, :isms),
                 'carrying another organization''s SoA is refused');
SELECT is((SELECT count(*)::int FROM ims.soa_entry WHERE org_id = :org AND management_system_id = :isms2 AND control_set = '27001:2013'), 7,
          'the 2013 entries are kept');

-- The rule catalogue.
SELECT is((SELECT (record_kind, checked)::text FROM ims.rule WHERE name = 'soa_justification'), '(soa_entry,"row and commit")',
          'soa_justification is in ims.rule, checked at the statement and at commit');
SELECT is((SELECT string_agg(standard || ' ' || clause_ref, ', ' ORDER BY standard) FROM ims.rule_basis WHERE rule = 'soa_justification'),
          '27001:2013 6.1.3, 27001:2022 6.1.3', '... motivated by 27001 6.1.3 in both editions');

SELECT * FROM finish();
ROLLBACK;
