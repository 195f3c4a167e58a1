-- The rules of ims.change (issue 4): change_transition,
-- change_security_assessment, change_segregation, change_window,
-- emergency_change_review, failed_change_incident; the milestones the rules
-- set (approved_at, actual_start, actual_end, closed_at) and the status
-- history they write.  Every rule both ways: the compliant path works, and
-- every way to break it raises SQLSTATE 23514 with the rule name as
-- constraint name and table "change", and leaves nothing behind.
--
-- Emergency changes are exempt from change_window: they need no planned
-- window, may be implemented outside one, and neither freezes nor other
-- scheduled changes stop them (tested in the change_window section).
BEGIN;
SELECT plan(166);

SET ims.actor = 'tester.tom';

-- A milestone recorded by the rules in this transaction: at clock time, not before it began.
CREATE FUNCTION pg_temp.recent(ts timestamptz) RETURNS boolean
LANGUAGE sql AS $$ SELECT coalesce(ts BETWEEN now() AND clock_timestamp(), false) $$;

-- ---------------------------------------------------------------------------
-- Set-up: one organization, CIs (one per scenario so the scenarios do not
-- overlap on a CI), change models and an incident.
INSERT INTO ims.organization (code, name) VALUES ('t42', 'Test 42') RETURNING org_id AS org \gset
INSERT INTO ims.ci (org_id, name, ci_class)
SELECT :org, n, 'server'
FROM unnest(ARRAY['ci_path', 'ci_emg', 'ci_std', 'ci_forbid', 'ci_sa', 'ci_sa2', 'ci_seg', 'ci_win',
                  'ci_ov', 'ci_ov2', 'ci_fz', 'ci_fz_other', 'ci_all', 'ci_fc', 'ci_fc2', 'ci_bulk']) AS n;
SELECT id AS ci_path FROM ims.ci WHERE org_id = :org AND name = 'ci_path' \gset
SELECT id AS ci_emg FROM ims.ci WHERE org_id = :org AND name = 'ci_emg' \gset
SELECT id AS ci_std FROM ims.ci WHERE org_id = :org AND name = 'ci_std' \gset
SELECT id AS ci_forbid FROM ims.ci WHERE org_id = :org AND name = 'ci_forbid' \gset
SELECT id AS ci_sa FROM ims.ci WHERE org_id = :org AND name = 'ci_sa' \gset
SELECT id AS ci_sa2 FROM ims.ci WHERE org_id = :org AND name = 'ci_sa2' \gset
SELECT id AS ci_seg FROM ims.ci WHERE org_id = :org AND name = 'ci_seg' \gset
SELECT id AS ci_win FROM ims.ci WHERE org_id = :org AND name = 'ci_win' \gset
SELECT id AS ci_ov FROM ims.ci WHERE org_id = :org AND name = 'ci_ov' \gset
SELECT id AS ci_ov2 FROM ims.ci WHERE org_id = :org AND name = 'ci_ov2' \gset
SELECT id AS ci_fz FROM ims.ci WHERE org_id = :org AND name = 'ci_fz' \gset
SELECT id AS ci_fz_other FROM ims.ci WHERE org_id = :org AND name = 'ci_fz_other' \gset
SELECT id AS ci_all FROM ims.ci WHERE org_id = :org AND name = 'ci_all' \gset
SELECT id AS ci_fc FROM ims.ci WHERE org_id = :org AND name = 'ci_fc' \gset
SELECT id AS ci_fc2 FROM ims.ci WHERE org_id = :org AND name = 'ci_fc2' \gset
SELECT id AS ci_bulk FROM ims.ci WHERE org_id = :org AND name = 'ci_bulk' \gset

INSERT INTO ims.change_model (org_id, name, risk_level, security_impact_assessment, authorized_by)
VALUES (:org, 'Monthly OS patch', 'low', 'Vendor patches only; no change to access rights.', 'cab.model')
RETURNING id AS model \gset
INSERT INTO ims.change_model (org_id, name, risk_level, security_impact_assessment, authorized_by, is_active)
VALUES (:org, 'Retired model', 'medium', 'Superseded.', 'cab.model', false)
RETURNING id AS model_off \gset
INSERT INTO ims.change_model (org_id, name, risk_level, security_impact_assessment, authorized_by)
VALUES (:org, 'Self-authorized model', 'low', 'Certificate renewal.', 'req.alice')
RETURNING id AS model_self \gset
INSERT INTO ims.incident (org_id, title) VALUES (:org, 'Outage after a change') RETURNING id AS inc \gset
INSERT INTO ims.incident (org_id, title) VALUES (:org, 'Rollback outage') RETURNING id AS inc2 \gset

-- Helpers: the text of an UPDATE of one change, and the status of a change.
CREATE FUNCTION pg_temp.upd(p_org bigint, p_id bigint, p_set text) RETURNS text
LANGUAGE sql AS $$ SELECT format('UPDATE ims.change SET %s WHERE org_id = %s AND id = %s', p_set, p_org, p_id) $$;
CREATE FUNCTION pg_temp.st(p_org bigint, p_id bigint) RETURNS text
LANGUAGE sql AS $$ SELECT status FROM ims.change WHERE org_id = p_org AND id = p_id $$;
-- Take a normal change from draft to review (window around now) with an outcome.
CREATE FUNCTION pg_temp.to_review(p_org bigint, p_id bigint, p_outcome text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE ims.change SET status = 'submitted' WHERE org_id = p_org AND id = p_id;
    UPDATE ims.change SET status = 'approved', risk_level = 'low', approved_by = 'cab.bob',
           security_impact_assessment = 'No effect on confidentiality, integrity or availability.'
    WHERE org_id = p_org AND id = p_id;
    UPDATE ims.change SET status = 'scheduled', planned_start = now() - interval '1 hour',
           planned_end = now() + interval '1 hour'
    WHERE org_id = p_org AND id = p_id;
    UPDATE ims.change SET status = 'implementing' WHERE org_id = p_org AND id = p_id;
    UPDATE ims.change SET status = 'review', outcome = p_outcome WHERE org_id = p_org AND id = p_id;
END $$;

-- ---------------------------------------------------------------------------
-- change_transition: the normal path end to end, with milestones and history.
INSERT INTO ims.change (org_id, title, requested_by) VALUES (:org, 'Normal path', 'req.alice')
RETURNING id AS n1, status AS n1_status, change_type AS n1_type \gset
INSERT INTO ims.change_ci (org_id, change_id, ci_id) VALUES (:org, :n1, :ci_path);
SELECT is(:'n1_status' || ' ' || :'n1_type', 'draft normal', 'a change is created as a normal change in draft by default');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :n1, $$status = 'submitted'$$)), 'no error',
          'normal: draft -> submitted');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :n1,
          $$status = 'approved', risk_level = 'medium', approved_by = 'cab.bob',
            security_impact_assessment = 'Restart of the application server; sessions are dropped.'$$)),
          'no error', 'normal: submitted -> approved with risk level, assessment, approver and an affected CI');
SELECT ok((SELECT pg_temp.recent(approved_at) FROM ims.change WHERE org_id = :org AND id = :n1),
          'approved_at is set when the change is approved');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :n1,
          $$status = 'scheduled', planned_start = now() - interval '1 hour', planned_end = now() + interval '1 hour'$$)),
          'no error', 'normal: approved -> scheduled with a window');
SELECT is((SELECT actual_start FROM ims.change WHERE org_id = :org AND id = :n1), NULL,
          'actual_start is empty before implementation');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :n1, $$status = 'implementing'$$)), 'no error',
          'normal: scheduled -> implementing inside the window');
SELECT ok((SELECT pg_temp.recent(actual_start) FROM ims.change WHERE org_id = :org AND id = :n1),
          'actual_start is set when implementation starts');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :n1, $$status = 'review'$$)),
          '23514 change_transition change', 'leaving implementing without an outcome is refused');
SELECT is((SELECT status || ' ' || coalesce(actual_end::text, 'no end') FROM ims.change WHERE org_id = :org AND id = :n1),
          'implementing no end', '... and the change stays implementing without actual_end');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :n1, $$status = 'review', outcome = 'successful'$$)),
          'no error', 'normal: implementing -> review with an outcome');
SELECT ok((SELECT pg_temp.recent(actual_end) FROM ims.change WHERE org_id = :org AND id = :n1),
          'actual_end is set when implementation ends');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :n1, $$status = 'closed'$$)), 'no error',
          'normal: review -> closed (a successful normal change needs neither a review text nor an incident)');
SELECT ok((SELECT pg_temp.recent(closed_at) FROM ims.change WHERE org_id = :org AND id = :n1),
          'closed_at is set when the change closes');
SELECT results_eq(
    format($$SELECT from_status, to_status, changed_by FROM ims.status_history
             WHERE org_id = %s AND record_kind = 'change' AND record_id = %s AND from_status <> '' ORDER BY id$$, :org, :n1),
    $$VALUES ('draft', 'submitted', 'tester.tom'), ('submitted', 'approved', 'tester.tom'),
             ('approved', 'scheduled', 'tester.tom'), ('scheduled', 'implementing', 'tester.tom'),
             ('implementing', 'review', 'tester.tom'), ('review', 'closed', 'tester.tom')$$,
    'one status_history row per status change of the normal change, with the actor, and none for refused steps');
SELECT ok((SELECT approved_at <= actual_start AND actual_start <= actual_end AND actual_end <= closed_at
                  AND closed_at <= updated_at FROM ims.change WHERE org_id = :org AND id = :n1),
          'the milestones are in order: approved_at <= actual_start <= actual_end <= closed_at <= updated_at');
SELECT is((SELECT array_agg(changed_at ORDER BY id) = array_agg(changed_at ORDER BY changed_at) FROM ims.status_history
           WHERE org_id = :org AND record_kind = 'change' AND record_id = :n1), true,
          'the status history of the change is in time order');
SELECT is((SELECT updated_by FROM ims.change WHERE org_id = :org AND id = :n1), 'tester.tom',
          'updated_by is the acting user');

-- Any step from closed is refused.
SELECT is(test_helpers.violation(pg_temp.upd(:org, :n1, $$status = 'review'$$)),
          '23514 change_transition change', 'closed -> review is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :n1, $$status = 'cancelled'$$)),
          '23514 change_transition change', 'closed -> cancelled is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :n1, $$status = 'draft'$$)),
          '23514 change_transition change', 'closed -> draft is refused');
SELECT is(pg_temp.st(:org, :n1), 'closed', '... and the change stays closed');

-- The emergency path: draft -> approved -> implementing -> review -> closed.
INSERT INTO ims.change (org_id, title, change_type, requested_by)
VALUES (:org, 'Emergency path', 'emergency', 'req.alice') RETURNING id AS e1 \gset
INSERT INTO ims.change_ci (org_id, change_id, ci_id) VALUES (:org, :e1, :ci_emg);
SELECT is(test_helpers.violation(pg_temp.upd(:org, :e1, $$status = 'submitted'$$)),
          '23514 change_transition change', 'emergency: draft -> submitted is refused (no submission step)');
SELECT is(pg_temp.st(:org, :e1), 'draft', '... and the emergency change stays in draft');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :e1,
          $$status = 'approved', risk_level = 'high', approved_by = 'ecab.erin',
            security_impact_assessment = 'Hotfix for an exploited vulnerability.'$$)),
          'no error', 'emergency: draft -> approved');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :e1, $$status = 'scheduled', planned_start = now(), planned_end = now() + interval '1 hour'$$)),
          '23514 change_transition change', 'emergency: approved -> scheduled is refused (no scheduling step)');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :e1, $$status = 'implementing'$$)), 'no error',
          'emergency: approved -> implementing without any planned window');
SELECT ok((SELECT pg_temp.recent(actual_start) FROM ims.change WHERE org_id = :org AND id = :e1),
          'actual_start is set for an emergency change too');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :e1, $$status = 'review', outcome = 'successful'$$)),
          'no error', 'emergency: implementing -> review');

-- emergency_change_review
SELECT is(test_helpers.violation(pg_temp.upd(:org, :e1, $$status = 'closed'$$)),
          '23514 emergency_change_review change', 'closing an emergency change without a post-implementation review is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :e1, $$status = 'closed', post_implementation_review = '  '$$)),
          '23514 emergency_change_review change', 'closing an emergency change with a blank post-implementation review is refused');
SELECT is((SELECT status || ' ' || coalesce(closed_at::text, 'open') FROM ims.change WHERE org_id = :org AND id = :e1),
          'review open', '... and the emergency change stays in review');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :e1,
          $$status = 'closed', post_implementation_review = 'Fix held; monitoring added.'$$)),
          'no error', 'closing an emergency change with its post-implementation review works');
SELECT is((SELECT approved_at IS NOT NULL AND pg_temp.recent(actual_end) AND pg_temp.recent(closed_at) FROM ims.change WHERE org_id = :org AND id = :e1),
          true, 'the emergency change has approved_at, actual_end and closed_at');
SELECT results_eq(
    format($$SELECT from_status, to_status FROM ims.status_history
             WHERE org_id = %s AND record_kind = 'change' AND record_id = %s AND from_status <> '' ORDER BY id$$, :org, :e1),
    $$VALUES ('draft', 'approved'), ('approved', 'implementing'), ('implementing', 'review'), ('review', 'closed')$$,
    'the emergency path is in the status history');

-- The standard path: from an active change model.
INSERT INTO ims.change (org_id, title, change_type, change_model_id, requested_by)
VALUES (:org, 'Standard path', 'standard', :model, 'req.alice') RETURNING id AS s1 \gset
INSERT INTO ims.change_ci (org_id, change_id, ci_id) VALUES (:org, :s1, :ci_std);
SELECT is(test_helpers.violation(pg_temp.upd(:org, :s1, $$status = 'submitted'$$)),
          '23514 change_transition change', 'standard: draft -> submitted is refused (pre-authorized, no submission)');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :s1, $$status = 'approved'$$)), 'no error',
          'standard: draft -> approved from an active change model, with nothing else given');
SELECT is((SELECT row(risk_level, security_impact_assessment, approved_by)::text FROM ims.change WHERE org_id = :org AND id = :s1),
          row('low', 'Vendor patches only; no change to access rights.', 'cab.model')::text,
          'a standard change takes risk_level, security_impact_assessment and approved_by (= authorized_by) from its model');
SELECT ok((SELECT pg_temp.recent(approved_at) FROM ims.change WHERE org_id = :org AND id = :s1),
          'approved_at is set for a standard change');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :s1, $$status = 'scheduled'$$)),
          '23514 change_window change', 'standard: scheduling without a window is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :s1, $$status = 'scheduled', planned_start = now()$$)),
          '23514 change_window change', 'standard: scheduling without planned_end is refused');
SELECT is(pg_temp.st(:org, :s1), 'approved', '... and the standard change stays approved');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :s1,
          $$status = 'scheduled', planned_start = now() - interval '30 minutes', planned_end = now() + interval '30 minutes'$$)),
          'no error', 'standard: approved -> scheduled with a window');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :s1, $$status = 'implementing'$$)), 'no error',
          'standard: scheduled -> implementing inside the window');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :s1, $$status = 'review', outcome = 'successful'$$)), 'no error',
          'standard: implementing -> review');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :s1, $$status = 'closed'$$)), 'no error',
          'standard: review -> closed');

-- A standard change may also be created directly as approved (with its CI in the same transaction).
SELECT is(test_helpers.violation_at_commit(format(
          $$WITH c AS (INSERT INTO ims.change (org_id, title, change_type, change_model_id, status, requested_by)
                       VALUES (%s, 'Standard created approved', 'standard', %s, 'approved', 'req.alice') RETURNING org_id, id)
            INSERT INTO ims.change_ci (org_id, change_id, ci_id) SELECT org_id, id, %s FROM c$$, :org, :model, :ci_std)),
          'no error', 'standard: created directly as approved from an active model');
SELECT is((SELECT row(risk_level, approved_by, pg_temp.recent(approved_at))::text FROM ims.change
           WHERE org_id = :org AND title = 'Standard created approved'),
          row('low', 'cab.model', true)::text, '... and it takes the model''s pre-authorization and approved_at');

-- Forbidden steps and starts.
SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.change (org_id, title, change_type, change_model_id, status, requested_by)
            VALUES (%s, 'Standard created submitted', 'standard', %s, 'submitted', 'req.alice')$$, :org, :model)),
          '23514 change_transition change', 'a standard change cannot be created as submitted');
SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.change (org_id, title, status, requested_by, risk_level, security_impact_assessment, approved_by)
            VALUES (%s, 'Normal created approved', 'approved', 'req.alice', 'low', 'Assessed.', 'cab.bob')$$, :org)),
          '23514 change_transition change', 'a normal change cannot be created as approved');
SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.change (org_id, title, change_type, status, requested_by)
            VALUES (%s, 'Emergency created implementing', 'emergency', 'implementing', 'req.alice')$$, :org)),
          '23514 change_transition change', 'an emergency change cannot be created as implementing');
SELECT is((SELECT count(*)::int FROM ims.change WHERE org_id = :org AND title LIKE '% created %' AND title <> 'Standard created approved'),
          0, '... and none of the refused changes exists');

INSERT INTO ims.change (org_id, title, requested_by) VALUES (:org, 'Forbidden steps', 'req.alice') RETURNING id AS nf \gset
INSERT INTO ims.change_ci (org_id, change_id, ci_id) VALUES (:org, :nf, :ci_forbid);
SELECT is(test_helpers.violation(pg_temp.upd(:org, :nf,
          $$status = 'approved', risk_level = 'low', approved_by = 'cab.bob', security_impact_assessment = 'Assessed.'$$)),
          '23514 change_transition change', 'normal: draft -> approved is refused even with a full assessment');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :nf, $$status = 'closed'$$)),
          '23514 change_transition change', 'normal: draft -> closed is refused');
SELECT is((SELECT row(status, risk_level, approved_by, approved_at)::text FROM ims.change WHERE org_id = :org AND id = :nf),
          row('draft', NULL, NULL, NULL)::text, '... and the change is unchanged');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :nf, $$change_type = 'emergency'$$)), 'no error',
          'the change type can change in draft');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :nf, $$change_type = 'normal'$$)), 'no error',
          '... and back');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :nf, $$status = 'submitted'$$)), 'no error',
          'normal: draft -> submitted');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :nf, $$change_type = 'emergency'$$)),
          '23514 change_transition change', 'the change type cannot change after draft');
SELECT is((SELECT change_type FROM ims.change WHERE org_id = :org AND id = :nf), 'normal', '... and it stays normal');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :nf,
          $$status = 'scheduled', planned_start = now() + interval '1 day', planned_end = now() + interval '25 hours'$$)),
          '23514 change_transition change', 'normal: submitted -> scheduled (skipping approval) is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :nf, $$status = 'rejected'$$)), 'no error',
          'normal: submitted -> rejected');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :nf,
          $$status = 'approved', risk_level = 'low', approved_by = 'cab.bob', security_impact_assessment = 'Assessed.'$$)),
          '23514 change_transition change', 'rejected -> approved is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :nf, $$status = 'draft'$$)),
          '23514 change_transition change', 'rejected -> draft is refused');
SELECT is(pg_temp.st(:org, :nf), 'rejected', '... and the change stays rejected');
INSERT INTO ims.change (org_id, title, requested_by) VALUES (:org, 'Cancelled', 'req.alice') RETURNING id AS nc \gset
SELECT is(test_helpers.violation(pg_temp.upd(:org, :nc, $$status = 'cancelled'$$)), 'no error', 'normal: draft -> cancelled');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :nc, $$status = 'draft'$$)),
          '23514 change_transition change', 'cancelled -> draft is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :nc, $$status = 'nonsense'$$)),
          '23514 change_transition change', 'an unknown status is refused');

-- ---------------------------------------------------------------------------
-- change_security_assessment
INSERT INTO ims.change (org_id, title, status, requested_by) VALUES (:org, 'Assessment', 'draft', 'req.alice') RETURNING id AS a1 \gset
INSERT INTO ims.change_ci (org_id, change_id, ci_id) VALUES (:org, :a1, :ci_sa);
UPDATE ims.change SET status = 'submitted' WHERE org_id = :org AND id = :a1;
SELECT is(test_helpers.violation(pg_temp.upd(:org, :a1,
          $$status = 'approved', approved_by = 'cab.bob', security_impact_assessment = 'Assessed.'$$)),
          '23514 change_security_assessment change', 'approving without a risk level is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :a1,
          $$status = 'approved', approved_by = 'cab.bob', risk_level = 'low'$$)),
          '23514 change_security_assessment change', 'approving without a security impact assessment is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :a1,
          $$status = 'approved', approved_by = 'cab.bob', risk_level = 'low', security_impact_assessment = ''$$)),
          '23514 change_security_assessment change', 'approving with an empty security impact assessment is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :a1,
          format('status = %L, approved_by = %L, risk_level = %L, security_impact_assessment = %L',
                 'approved', 'cab.bob', 'low', E' \t\n '))),
          '23514 change_security_assessment change', 'approving with a white-space security impact assessment is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :a1,
          $$status = 'approved', risk_level = 'low', security_impact_assessment = 'Assessed.'$$)),
          '23514 change_security_assessment change', 'approving without an approver is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :a1,
          $$status = 'approved', approved_by = ' ', risk_level = 'low', security_impact_assessment = 'Assessed.'$$)),
          '23514 change_security_assessment change', 'approving with a blank approver is refused');
SELECT is((SELECT row(status, risk_level, security_impact_assessment, approved_by, approved_at)::text
           FROM ims.change WHERE org_id = :org AND id = :a1),
          row('submitted', NULL, NULL, NULL, NULL)::text, '... and nothing of the refused approvals persists');
SELECT matches(test_helpers.error_text(pg_temp.upd(:org, :a1, $$status = 'approved', approved_by = 'cab.bob'$$)),
          '^23514 \| change \d+ cannot be approved without a risk level.*\| .*risk_level and security_impact_assessment are empty\..*\| .*',
          'the message names the change, and the detail names the missing fields');

-- The affected CIs are checked at commit.
INSERT INTO ims.change (org_id, title, requested_by) VALUES (:org, 'Assessment without CI', 'req.alice') RETURNING id AS a2 \gset
UPDATE ims.change SET status = 'submitted' WHERE org_id = :org AND id = :a2;
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :a2,
          $$status = 'approved', approved_by = 'cab.bob', risk_level = 'low', security_impact_assessment = 'Assessed.'$$)),
          '23514 change_security_assessment change', 'approving a change with no affected CI (ims.change_ci) is refused at commit');
SELECT is((SELECT row(status, approved_by, approved_at)::text FROM ims.change WHERE org_id = :org AND id = :a2),
          row('submitted', NULL, NULL)::text, '... and the change stays submitted');
SELECT is(test_helpers.violation_at_commit(format(
          $$INSERT INTO ims.change_ci (org_id, change_id, ci_id) VALUES (%s, %s, %s);
            UPDATE ims.change SET status = 'approved', approved_by = 'cab.bob', risk_level = 'low',
                   security_impact_assessment = 'Assessed.' WHERE org_id = %s AND id = %s$$,
          :org, :a2, :ci_sa, :org, :a2)),
          'no error', 'with an affected CI the approval commits');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :a1,
          $$status = 'approved', approved_by = 'cab.bob', risk_level = 'low', security_impact_assessment = 'Assessed.'$$)),
          'no error', 'approving with risk level, assessment, approver and a CI works');
SELECT ok((SELECT pg_temp.recent(approved_at) FROM ims.change WHERE org_id = :org AND id = :a1), 'approved_at is set automatically');
SELECT is(test_helpers.violation_at_commit(format('DELETE FROM ims.change_ci WHERE org_id = %s AND change_id = %s', :org, :a1)),
          '23514 change_security_assessment change', 'deleting the last affected CI of an approved change is refused at commit');
SELECT is((SELECT count(*)::int FROM ims.change_ci WHERE org_id = :org AND change_id = :a1), 1, '... and the CI link is still there');
INSERT INTO ims.change_ci (org_id, change_id, ci_id) VALUES (:org, :a1, :ci_sa2);
SELECT is(test_helpers.violation_at_commit(format('DELETE FROM ims.change_ci WHERE org_id = %s AND change_id = %s AND ci_id = %s', :org, :a1, :ci_sa)),
          'no error', 'deleting one of two affected CIs of an approved change works');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :a1, $$security_impact_assessment = NULL$$)),
          '23514 change_security_assessment change', 'clearing the assessment of an approved change is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :a1, $$security_impact_assessment = ''$$)),
          '23514 change_security_assessment change', 'blanking the assessment of an approved change is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :a1, $$risk_level = NULL$$)),
          '23514 change_security_assessment change', 'clearing the risk level of an approved change is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :a1, $$approved_by = NULL$$)),
          '23514 change_security_assessment change', 'clearing the approver of an approved change is refused');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :a1,
          $$status = 'scheduled', planned_start = now() + interval '3 days', planned_end = now() + interval '3 days 2 hours'$$)),
          'no error', 'the assessed change is scheduled');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :a1, $$security_impact_assessment = NULL$$)),
          '23514 change_security_assessment change', 'clearing the assessment of a scheduled change is refused');
SELECT is((SELECT row(status, risk_level, security_impact_assessment, approved_by)::text FROM ims.change WHERE org_id = :org AND id = :a1),
          row('scheduled', 'low', 'Assessed.', 'cab.bob')::text, '... and the assessment is unchanged');

-- Standard changes and their models.
INSERT INTO ims.change (org_id, title, change_type, change_model_id, requested_by)
VALUES (:org, 'From a retired model', 'standard', :model_off, 'req.alice') RETURNING id AS so \gset
INSERT INTO ims.change_ci (org_id, change_id, ci_id) VALUES (:org, :so, :ci_std);
SELECT is(test_helpers.violation(pg_temp.upd(:org, :so, $$status = 'approved'$$)),
          '23514 change_security_assessment change', 'a standard change from an inactive model cannot be approved');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :so,
          $$status = 'approved', risk_level = 'low', security_impact_assessment = 'Assessed.', approved_by = 'cab.bob'$$)),
          '23514 change_security_assessment change', '... not even with its own assessment and approver');
SELECT is((SELECT row(status, risk_level, approved_by, approved_at)::text FROM ims.change WHERE org_id = :org AND id = :so),
          row('draft', NULL, NULL, NULL)::text, '... and it stays in draft, unchanged');
SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.change (org_id, title, change_type, change_model_id, status, requested_by)
            VALUES (%s, 'Approved from a retired model', 'standard', %s, 'approved', 'req.alice')$$, :org, :model_off)),
          '23514 change_security_assessment change', 'a standard change from an inactive model cannot be created approved');
SELECT is((SELECT count(*)::int FROM ims.change WHERE org_id = :org AND title = 'Approved from a retired model'), 0,
          '... and it does not exist');
-- A model retired after the change was created also blocks approval.
INSERT INTO ims.change (org_id, title, change_type, change_model_id, requested_by)
VALUES (:org, 'Model retired meanwhile', 'standard', :model, 'req.alice') RETURNING id AS sr \gset
INSERT INTO ims.change_ci (org_id, change_id, ci_id) VALUES (:org, :sr, :ci_std);
UPDATE ims.change_model SET is_active = false WHERE org_id = :org AND id = :model;
SELECT is(test_helpers.violation(pg_temp.upd(:org, :sr, $$status = 'approved'$$)),
          '23514 change_security_assessment change', 'a standard change whose model was deactivated cannot be approved');
UPDATE ims.change_model SET is_active = true WHERE org_id = :org AND id = :model;
-- The pre-authorization comes from the model, not from the statement.
INSERT INTO ims.change (org_id, title, change_type, change_model_id, requested_by)
VALUES (:org, 'Standard with a claimed approver', 'standard', :model, 'req.alice') RETURNING id AS sc \gset
INSERT INTO ims.change_ci (org_id, change_id, ci_id) VALUES (:org, :sc, :ci_std);
SELECT ok(test_helpers.violation_at_commit(pg_temp.upd(:org, :sc, $$status = 'approved', approved_by = 'someone.else'$$))
          IN ('no error', '23514 change_security_assessment change'),
          'approving a standard change with a claimed approver is either accepted or refused as change_security_assessment');
SELECT ok((SELECT status = 'draft' OR approved_by = 'cab.model' FROM ims.change WHERE org_id = :org AND id = :sc),
          '... but it never ends up approved by anyone but its model''s authorized_by');

-- ---------------------------------------------------------------------------
-- change_segregation
INSERT INTO ims.change (org_id, title, requested_by) VALUES (:org, 'Segregation', 'req.alice') RETURNING id AS g1 \gset
INSERT INTO ims.change_ci (org_id, change_id, ci_id) VALUES (:org, :g1, :ci_seg);
UPDATE ims.change SET status = 'submitted' WHERE org_id = :org AND id = :g1;
SELECT is(test_helpers.violation(pg_temp.upd(:org, :g1,
          $$status = 'approved', approved_by = 'req.alice', risk_level = 'low', security_impact_assessment = 'Assessed.'$$)),
          '23514 change_segregation change', 'normal: the requester cannot approve the change');
SELECT is((SELECT row(status, approved_by)::text FROM ims.change WHERE org_id = :org AND id = :g1),
          row('submitted', NULL)::text, '... and the change stays submitted without an approver');
INSERT INTO ims.change (org_id, title, change_type, requested_by)
VALUES (:org, 'Segregation emergency', 'emergency', 'req.alice') RETURNING id AS g2 \gset
INSERT INTO ims.change_ci (org_id, change_id, ci_id) VALUES (:org, :g2, :ci_seg);
SELECT is(test_helpers.violation(pg_temp.upd(:org, :g2,
          $$status = 'approved', approved_by = 'req.alice', risk_level = 'high', security_impact_assessment = 'Assessed.'$$)),
          '23514 change_segregation change', 'emergency: the requester cannot approve the change');
SELECT is(pg_temp.st(:org, :g2), 'draft', '... and the emergency change stays in draft');
INSERT INTO ims.change (org_id, title, change_type, change_model_id, requested_by)
VALUES (:org, 'Segregation standard', 'standard', :model_self, 'req.alice') RETURNING id AS g3 \gset
INSERT INTO ims.change_ci (org_id, change_id, ci_id) VALUES (:org, :g3, :ci_seg);
SELECT is(test_helpers.violation(pg_temp.upd(:org, :g3, $$status = 'approved'$$)),
          '23514 change_segregation change', 'standard: a model authorized by the requester cannot approve the requester''s change');
SELECT is((SELECT row(status, approved_by)::text FROM ims.change WHERE org_id = :org AND id = :g3),
          row('draft', NULL)::text, '... and the standard change stays in draft');
SELECT matches(test_helpers.violation(pg_temp.upd(:org, :g3, $$status = 'approved', approved_by = 'cab.bob'$$)),
          '^23514 change_(segregation|security_assessment) change$',
          'standard: naming another approver does not get round a model authorized by the requester');
SELECT is(pg_temp.st(:org, :g3), 'draft', '... and the standard change stays in draft');
SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.change (org_id, title, change_type, change_model_id, status, requested_by)
            VALUES (%s, 'Segregation standard created approved', 'standard', %s, 'approved', 'req.alice')$$, :org, :model_self)),
          '23514 change_segregation change', 'standard: created approved by its own requester is refused');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :g1,
          $$status = 'approved', approved_by = 'cab.bob', risk_level = 'low', security_impact_assessment = 'Assessed.'$$)),
          'no error', 'someone other than the requester can approve');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :g1, $$requested_by = 'cab.bob'$$)),
          '23514 change_segregation change', 'making the approver the requester of an approved change is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :g1, $$approved_by = 'req.alice'$$)),
          '23514 change_segregation change', 'making the requester the approver of an approved change is refused');
SELECT is((SELECT row(requested_by, approved_by)::text FROM ims.change WHERE org_id = :org AND id = :g1),
          row('req.alice', 'cab.bob')::text, '... and requester and approver are unchanged');

-- ---------------------------------------------------------------------------
-- change_window (normal and standard changes; emergency changes are exempt).
INSERT INTO ims.change (org_id, title, requested_by) VALUES (:org, 'Window', 'req.alice') RETURNING id AS w1 \gset
INSERT INTO ims.change_ci (org_id, change_id, ci_id) VALUES (:org, :w1, :ci_win);
UPDATE ims.change SET status = 'submitted' WHERE org_id = :org AND id = :w1;
UPDATE ims.change SET status = 'approved', approved_by = 'cab.bob', risk_level = 'low', security_impact_assessment = 'Assessed.'
WHERE org_id = :org AND id = :w1;
SET CONSTRAINTS ALL IMMEDIATE;
SET CONSTRAINTS ALL DEFERRED;
SELECT is(test_helpers.violation(pg_temp.upd(:org, :w1, $$status = 'scheduled'$$)),
          '23514 change_window change', 'normal: scheduling without a window is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :w1, $$status = 'scheduled', planned_end = now() + interval '1 day'$$)),
          '23514 change_window change', 'normal: scheduling without planned_start is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :w1, $$status = 'scheduled', planned_start = now() + interval '1 day'$$)),
          '23514 change_window change', 'normal: scheduling without planned_end is refused');
SELECT is((SELECT row(status, planned_start, planned_end)::text FROM ims.change WHERE org_id = :org AND id = :w1),
          row('approved', NULL, NULL)::text, '... and the change stays approved without a window');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :w1,
          $$status = 'scheduled', planned_start = now() + interval '1 day', planned_end = now() + interval '1 day 2 hours'$$)),
          'no error', 'normal: scheduling with a window (in the future) works');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :w1, $$status = 'implementing'$$)),
          '23514 change_window change', 'implementing before the window opens is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :w1,
          $$status = 'implementing', actual_start = now() + interval '2 days'$$)),
          '23514 change_window change', 'implementing with an actual_start after the window is refused');
SELECT is((SELECT row(status, actual_start)::text FROM ims.change WHERE org_id = :org AND id = :w1),
          row('scheduled', NULL)::text, '... and the change stays scheduled without actual_start');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :w1,
          $$status = 'implementing', actual_start = now() + interval '1 day 1 hour'$$)),
          'no error', 'implementing with an actual_start inside the window works');
SELECT is((SELECT actual_start FROM ims.change WHERE org_id = :org AND id = :w1), now() + interval '1 day 1 hour',
          '... and a given actual_start is kept');

-- No two scheduled changes overlap on a shared CI (checked at commit).
CREATE FUNCTION pg_temp.approved_change(p_org bigint, p_title text, p_ci bigint) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    v bigint;
BEGIN
    INSERT INTO ims.change (org_id, title, requested_by) VALUES (p_org, p_title, 'req.alice') RETURNING id INTO v;
    INSERT INTO ims.change_ci (org_id, change_id, ci_id) VALUES (p_org, v, p_ci);
    UPDATE ims.change SET status = 'submitted' WHERE org_id = p_org AND id = v;
    UPDATE ims.change SET status = 'approved', approved_by = 'cab.bob', risk_level = 'low',
           security_impact_assessment = 'Assessed.' WHERE org_id = p_org AND id = v;
    RETURN v;
END $$;
SELECT pg_temp.approved_change(:org, 'Overlap 1', :ci_ov) AS o1 \gset
SELECT pg_temp.approved_change(:org, 'Overlap 2', :ci_ov) AS o2 \gset
SELECT pg_temp.approved_change(:org, 'Overlap 3 adjacent', :ci_ov) AS o3 \gset
SELECT pg_temp.approved_change(:org, 'Overlap 4 other CI', :ci_ov2) AS o4 \gset
SET CONSTRAINTS ALL IMMEDIATE;
SET CONSTRAINTS ALL DEFERRED;
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :o1,
          $$status = 'scheduled', planned_start = now() + interval '2 days', planned_end = now() + interval '2 days 2 hours'$$)),
          'no error', 'the first change on a CI is scheduled');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :o2,
          $$status = 'scheduled', planned_start = now() + interval '2 days 1 hour', planned_end = now() + interval '2 days 3 hours'$$)),
          '23514 change_window change', 'a second change with an overlapping window on the same CI is refused at commit');
SELECT is((SELECT row(status, planned_start)::text FROM ims.change WHERE org_id = :org AND id = :o2),
          row('approved', NULL)::text, '... and the second change stays approved without a window');
SELECT matches(test_helpers.error_text(pg_temp.upd(:org, :o2,
          $$status = 'scheduled', planned_start = now() + interval '2 days 1 hour', planned_end = now() + interval '2 days 3 hours'$$)),
          format('^23514 \| change %s overlaps change %s on CI %s \|', :o2, :o1, :ci_ov),
          'the message names both changes and the shared CI');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :o2,
          $$status = 'scheduled', planned_start = now() + interval '1 day 22 hours', planned_end = now() + interval '2 days 2 hours'$$)),
          '23514 change_window change', 'a window that encloses the other one is refused as well');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :o3,
          $$status = 'scheduled', planned_start = now() + interval '2 days 2 hours', planned_end = now() + interval '2 days 4 hours'$$)),
          'no error', 'a window that starts when the other one ends does not overlap');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :o4,
          $$status = 'scheduled', planned_start = now() + interval '2 days', planned_end = now() + interval '2 days 2 hours'$$)),
          'no error', 'the same window on a different CI works');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :o3,
          $$planned_start = now() + interval '2 days 1 hour'$$)),
          '23514 change_window change', 'moving the window of a scheduled change onto another one on the same CI is refused at commit');
SELECT is((SELECT planned_start FROM ims.change WHERE org_id = :org AND id = :o3), now() + interval '2 days 2 hours',
          '... and the window is unchanged');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :o3, $$planned_start = NULL, planned_end = NULL$$)),
          '23514 change_window change', 'clearing the window of a scheduled change is refused');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :o2,
          $$status = 'scheduled', planned_start = now() + interval '2 days 4 hours', planned_end = now() + interval '2 days 5 hours'$$)),
          'no error', 'once moved after the others, the second change is scheduled');
SELECT is(test_helpers.violation_at_commit(format('INSERT INTO ims.change_ci (org_id, change_id, ci_id) VALUES (%s, %s, %s)',
                                                  :org, :o1, :ci_ov2)),
          '23514 change_window change', 'adding a CI to a scheduled change that another change uses in an overlapping window is refused at commit');
SELECT is((SELECT count(*)::int FROM ims.change_ci WHERE org_id = :org AND change_id = :o1), 1, '... and the CI is not added');

-- Freezes: for one CI, or for every CI (ci_id NULL).
INSERT INTO ims.change_freeze (org_id, name, period, ci_id)
VALUES (:org, 'Year-end freeze of ci_fz', tstzrange(now() + interval '5 days', now() + interval '6 days'), :ci_fz);
INSERT INTO ims.change_freeze (org_id, name, period, ci_id)
VALUES (:org, 'Data centre move', tstzrange(now() + interval '10 days', now() + interval '11 days'), NULL);
SELECT pg_temp.approved_change(:org, 'Freeze 1', :ci_fz) AS f1 \gset
SELECT pg_temp.approved_change(:org, 'Freeze 2 other CI', :ci_fz_other) AS f2 \gset
SELECT pg_temp.approved_change(:org, 'Freeze 3 all CIs', :ci_all) AS f3 \gset
SET CONSTRAINTS ALL IMMEDIATE;
SET CONSTRAINTS ALL DEFERRED;
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :f1,
          $$status = 'scheduled', planned_start = now() + interval '5 days 23 hours', planned_end = now() + interval '6 days 1 hour'$$)),
          '23514 change_window change', 'a change whose window overlaps a freeze of its CI is refused at commit');
SELECT is(pg_temp.st(:org, :f1), 'approved', '... and it stays approved');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :f2,
          $$status = 'scheduled', planned_start = now() + interval '5 days 1 hour', planned_end = now() + interval '5 days 2 hours'$$)),
          'no error', 'a freeze of one CI does not hold other CIs');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :f3,
          $$status = 'scheduled', planned_start = now() + interval '10 days 1 hour', planned_end = now() + interval '10 days 2 hours'$$)),
          '23514 change_window change', 'a freeze with ci_id NULL holds every CI');
SELECT is(pg_temp.st(:org, :f3), 'approved', '... and the change stays approved');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :f1,
          $$status = 'scheduled', planned_start = now() + interval '6 days', planned_end = now() + interval '6 days 1 hour'$$)),
          'no error', 'a window that starts when the freeze ends works');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :f1,
          $$planned_start = now() + interval '10 days 23 hours', planned_end = now() + interval '11 days 1 hour'$$)),
          '23514 change_window change', 'moving a scheduled change into a freeze is refused at commit');
SELECT is(test_helpers.violation_at_commit(format('INSERT INTO ims.change_ci (org_id, change_id, ci_id) VALUES (%s, %s, %s)',
                                                  :org, :f2, :ci_fz)),
          '23514 change_window change', 'adding a frozen CI to a scheduled change whose window overlaps the freeze is refused at commit');

-- Emergency changes are exempt from windows and freezes.
INSERT INTO ims.change (org_id, title, change_type, requested_by, planned_start, planned_end)
VALUES (:org, 'Emergency in a freeze', 'emergency', 'req.alice', now() + interval '2 days', now() + interval '10 days 1 hour')
RETURNING id AS ef \gset
INSERT INTO ims.change_ci (org_id, change_id, ci_id) VALUES (:org, :ef, :ci_fz), (:org, :ef, :ci_ov);
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :ef,
          $$status = 'approved', approved_by = 'ecab.erin', risk_level = 'high', security_impact_assessment = 'Assessed.'$$)),
          'no error', 'an emergency change whose planned window is in a freeze is approved');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :ef, $$status = 'implementing'$$)),
          'no error', 'an emergency change is implemented now, outside its planned window, during a scheduled change on its CI');
UPDATE ims.change_freeze SET period = tstzrange(now() - interval '1 hour', now() + interval '1 hour')
WHERE org_id = :org AND name = 'Year-end freeze of ci_fz';
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :ef,
          $$planned_start = now() - interval '30 minutes', planned_end = now() + interval '30 minutes'$$)),
          'no error', 'an emergency change implementing during a freeze of its CI is not refused');

-- ---------------------------------------------------------------------------
-- failed_change_incident
INSERT INTO ims.change (org_id, title, requested_by) VALUES (:org, 'Fails', 'req.alice') RETURNING id AS fc1 \gset
INSERT INTO ims.change_ci (org_id, change_id, ci_id) VALUES (:org, :fc1, :ci_fc);
INSERT INTO ims.change (org_id, title, requested_by) VALUES (:org, 'Backed out', 'req.alice') RETURNING id AS fc2 \gset
INSERT INTO ims.change_ci (org_id, change_id, ci_id) VALUES (:org, :fc2, :ci_fc2);
SELECT pg_temp.to_review(:org, :fc1, 'failed');
SELECT pg_temp.to_review(:org, :fc2, 'backed_out');
SET CONSTRAINTS ALL IMMEDIATE;
SET CONSTRAINTS ALL DEFERRED;
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :fc1, $$status = 'closed'$$)),
          '23514 failed_change_incident change', 'closing a failed change without a linked incident is refused at commit');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :fc2, $$status = 'closed'$$)),
          '23514 failed_change_incident change', 'closing a backed-out change without a linked incident is refused at commit');
SELECT is((SELECT string_agg(status || ' ' || coalesce(closed_at::text, 'open'), ', ' ORDER BY id)
           FROM ims.change WHERE org_id = :org AND id IN (:fc1, :fc2)),
          'review open, review open', '... and both stay in review');
SELECT is(test_helpers.violation_at_commit(format(
          $$INSERT INTO ims.change_incident (org_id, change_id, incident_id, link_type) VALUES (%s, %s, %s, 'fixes');
            UPDATE ims.change SET status = 'closed' WHERE org_id = %s AND id = %s$$, :org, :fc1, :inc, :org, :fc1)),
          '23514 failed_change_incident change', 'an incident the failed change fixes does not count: it needs one it caused');
SELECT is(test_helpers.violation_at_commit(format(
          $$INSERT INTO ims.change_incident (org_id, change_id, incident_id) VALUES (%s, %s, %s);
            UPDATE ims.change SET status = 'closed' WHERE org_id = %s AND id = %s$$, :org, :fc1, :inc, :org, :fc1)),
          'no error', 'a failed change with a linked incident closes');
SELECT is(test_helpers.violation_at_commit(format(
          $$INSERT INTO ims.change_incident (org_id, change_id, incident_id) VALUES (%s, %s, %s);
            UPDATE ims.change SET status = 'closed' WHERE org_id = %s AND id = %s$$, :org, :fc2, :inc2, :org, :fc2)),
          'no error', 'a backed-out change with a linked incident closes');
SELECT is(test_helpers.violation_at_commit(format('DELETE FROM ims.change_incident WHERE org_id = %s AND change_id = %s', :org, :fc1)),
          '23514 failed_change_incident change', 'deleting the incident link of a closed failed change is refused at commit');
SELECT is((SELECT count(*)::int FROM ims.change_incident WHERE org_id = :org AND change_id = :fc1), 1,
          '... and the link is still there');
SELECT is(test_helpers.violation_at_commit(format('UPDATE ims.change_incident SET change_id = %s WHERE org_id = %s AND change_id = %s',
                                                  :n1, :org, :fc2)),
          '23514 failed_change_incident change', 'moving the incident link of a closed backed-out change to another change is refused at commit');

-- ---------------------------------------------------------------------------
-- Bulk statements: one bad row fails the whole statement and nothing persists.
INSERT INTO ims.change (org_id, title, requested_by, risk_level)
SELECT :org, 'Bulk ' || i, 'req.alice', CASE WHEN i = 4 THEN NULL ELSE 'low' END FROM generate_series(1, 6) AS i;
INSERT INTO ims.change_ci (org_id, change_id, ci_id)
SELECT org_id, id, :ci_bulk FROM ims.change WHERE org_id = :org AND title LIKE 'Bulk %';
SELECT is(test_helpers.violation(format($$UPDATE ims.change SET status = 'submitted' WHERE org_id = %s AND title LIKE 'Bulk %%'$$, :org)),
          'no error', 'a bulk UPDATE submitting six changes works');
SELECT is(test_helpers.violation_at_commit(format(
          $$UPDATE ims.change SET status = 'approved', approved_by = 'cab.bob', security_impact_assessment = 'Assessed.'
            WHERE org_id = %s AND title LIKE 'Bulk %%'$$, :org)),
          '23514 change_security_assessment change', 'a bulk UPDATE approving six changes, one without a risk level, is refused');
SELECT is((SELECT string_agg(DISTINCT status || '/' || coalesce(approved_by, '-') || '/' || coalesce(approved_at::text, '-'), ',')
           FROM ims.change WHERE org_id = :org AND title LIKE 'Bulk %'),
          'submitted/-/-', '... and none of the six changes is approved');
SELECT is((SELECT count(*)::int FROM ims.status_history h JOIN ims.change c ON c.org_id = h.org_id AND c.id = h.record_id
           WHERE h.org_id = :org AND h.record_kind = 'change' AND c.title LIKE 'Bulk %' AND h.to_status = 'approved'),
          0, '... and no approval is in the status history');
SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.change (org_id, title, requested_by, status)
            SELECT %s, 'Bulk insert ' || i, 'req.alice', CASE WHEN i = 5 THEN 'submitted' ELSE 'draft' END
            FROM generate_series(1, 8) AS i$$, :org)),
          '23514 change_transition change', 'a bulk INSERT of eight changes, one created as submitted, is refused');
SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.change (org_id, title, change_type, change_model_id, status, requested_by)
            SELECT %s, 'Bulk insert standard ' || i, 'standard', CASE WHEN i = 3 THEN %s ELSE %s END, 'approved', 'req.alice'
            FROM generate_series(1, 5) AS i$$, :org, :model_off, :model)),
          '23514 change_security_assessment change', 'a bulk INSERT of approved standard changes, one from an inactive model, is refused');
SELECT is((SELECT count(*)::int FROM ims.change WHERE org_id = :org AND title LIKE 'Bulk insert %'), 0,
          '... and none of the bulk-inserted changes exists');
SELECT is(test_helpers.violation(format(
          $$UPDATE ims.change SET status = 'approved', approved_by = CASE WHEN title = 'Bulk 2' THEN 'req.alice' ELSE 'cab.bob' END,
                   risk_level = 'low', security_impact_assessment = 'Assessed.'
            WHERE org_id = %s AND title LIKE 'Bulk %%'$$, :org)),
          '23514 change_segregation change', 'a bulk UPDATE where one change is approved by its requester is refused');
SELECT is((SELECT count(*)::int FROM ims.change WHERE org_id = :org AND title LIKE 'Bulk %' AND status = 'submitted' AND risk_level IS NULL),
          1, '... and the changes are unchanged (the one without a risk level still has none)');
SELECT is(test_helpers.violation_at_commit(format(
          $$UPDATE ims.change SET status = 'approved', approved_by = 'cab.bob', risk_level = coalesce(risk_level, 'high'),
                   security_impact_assessment = 'Assessed.' WHERE org_id = %s AND title LIKE 'Bulk %%'$$, :org)),
          'no error', 'a bulk UPDATE approving six fully assessed changes works');
SELECT is((SELECT count(*)::int FROM ims.change WHERE org_id = :org AND title LIKE 'Bulk %' AND status = 'approved' AND pg_temp.recent(approved_at)),
          6, '... and all six are approved with approved_at');

SELECT * FROM finish();
ROLLBACK;
