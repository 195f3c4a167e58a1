-- The rules of ims.problem and ims.known_error: problem_transition,
-- problem_needs_incident, known_error_content, problem_resolution (root
-- cause at the statement, a successfully closed change at commit) and
-- tenant_immutable; bulk statements; milestones, status history and the
-- wording of the errors.
BEGIN;
SELECT plan(93);

SET ims.actor = 'agent.t41';
INSERT INTO ims.organization (code, name) VALUES ('t41a', 'Test 41 A') RETURNING org_id AS org \gset
INSERT INTO ims.organization (code, name) VALUES ('t41b', 'Test 41 B') RETURNING org_id AS org2 \gset

-- A new problem (proactive unless told), its id.
CREATE FUNCTION pg_temp.prb(o bigint, t text, proactive boolean DEFAULT true) RETURNS bigint LANGUAGE sql AS $$
    INSERT INTO ims.problem (org_id, title, is_proactive) VALUES (o, t, proactive) RETURNING id $$;
-- Move a problem through statuses, one UPDATE each; its final status.
CREATE FUNCTION pg_temp.go(o bigint, i bigint, VARIADIC s text[]) RETURNS text LANGUAGE plpgsql AS $$
DECLARE x text;
BEGIN
    FOREACH x IN ARRAY s LOOP
        UPDATE ims.problem SET status = x WHERE org_id = o AND id = i;
    END LOOP;
    RETURN (SELECT status FROM ims.problem WHERE org_id = o AND id = i);
END $$;
-- Apply SET clauses to a change, one UPDATE each.
CREATE FUNCTION pg_temp.chg(o bigint, i bigint, VARIADIC s text[]) RETURNS text LANGUAGE plpgsql AS $$
DECLARE x text;
BEGIN
    FOREACH x IN ARRAY s LOOP
        EXECUTE format('UPDATE ims.change SET %s WHERE org_id = $1 AND id = $2', x) USING o, i;
    END LOOP;
    RETURN (SELECT status FROM ims.change WHERE org_id = o AND id = i);
END $$;
-- The text of an UPDATE of one problem (or known error).
CREATE FUNCTION pg_temp.upd(o bigint, i bigint, s text, tab text DEFAULT 'problem') RETURNS text LANGUAGE sql AS $$
    SELECT format('UPDATE ims.%I SET %s WHERE org_id = %s AND id = %s', tab, s, o, i) $$;
-- A problem's status history as 'from>to from>to ...'.
CREATE FUNCTION pg_temp.hist(o bigint, i bigint) RETURNS text LANGUAGE sql AS $$
    SELECT coalesce(string_agg(from_status || '>' || to_status, ' ' ORDER BY id), '')
    FROM ims.status_history WHERE org_id = o AND record_kind = 'problem' AND record_id = i $$;
-- Was t written by this transaction's rules: between its start and the clock now?
CREATE FUNCTION pg_temp.recent(t timestamptz) RETURNS boolean LANGUAGE sql AS $$
    SELECT t BETWEEN pg_catalog.now() AND pg_catalog.clock_timestamp() $$;
-- An expression over one row of a register, as text.
CREATE FUNCTION pg_temp.col(o bigint, i bigint, c text, tab text DEFAULT 'problem') RETURNS text LANGUAGE plpgsql AS $$
DECLARE r text;
BEGIN
    EXECUTE format('SELECT (%s)::text FROM ims.%I WHERE org_id = $1 AND id = $2', c, tab) INTO r USING o, i;
    RETURN r;
END $$;

-- Incidents, a CI and changes to link: c_ok a normal change closed with
-- outcome successful, c_fail an emergency change closed failed (with the
-- incident it caused), c_rev a successful emergency change still in review,
-- c_ok2 another successful closed emergency change (linked to an incident).
INSERT INTO ims.ci (org_id, name, ci_class) VALUES (:org, 'app-1', 'application') RETURNING id AS ci \gset
INSERT INTO ims.incident (org_id, title) VALUES (:org, 'Slow logins') RETURNING id AS inc \gset
INSERT INTO ims.incident (org_id, title) VALUES (:org, 'Login errors') RETURNING id AS inc2 \gset
INSERT INTO ims.incident (org_id, title) VALUES (:org2, 'Other organization') RETURNING id AS inc_b \gset
INSERT INTO ims.change (org_id, title) VALUES (:org, 'Resize login pool') RETURNING id AS c_ok \gset
INSERT INTO ims.change (org_id, title, change_type) VALUES (:org, 'Hotfix that failed', 'emergency') RETURNING id AS c_fail \gset
INSERT INTO ims.change (org_id, title, change_type) VALUES (:org, 'Hotfix in review', 'emergency') RETURNING id AS c_rev \gset
INSERT INTO ims.change (org_id, title, change_type) VALUES (:org, 'Hotfix that worked', 'emergency') RETURNING id AS c_ok2 \gset
INSERT INTO ims.change_ci (org_id, change_id, ci_id) SELECT :org, id, :ci FROM ims.change WHERE org_id = :org;
INSERT INTO ims.change_incident (org_id, change_id, incident_id, link_type)
VALUES (:org, :c_fail, :inc, 'caused'), (:org, :c_ok2, :inc, 'fixes');
SELECT pg_temp.chg(:org, :c_ok, $$status = 'submitted'$$,
    $$status = 'approved', approved_by = 'cab.t41', risk_level = 'low', security_impact_assessment = 'No effect on C, I or A.'$$,
    $$status = 'scheduled', planned_start = now() - interval '1 hour', planned_end = now() + interval '1 hour'$$,
    $$status = 'implementing'$$, $$status = 'review', outcome = 'successful'$$, $$status = 'closed'$$) AS ignore \gset
SELECT string_agg(pg_temp.chg(:org, c,
    $$status = 'approved', approved_by = 'ecab.t41', risk_level = 'high', security_impact_assessment = 'Brief outage.'$$,
    $$status = 'implementing'$$, format('status = %L, outcome = %L', 'review', CASE WHEN c = :c_fail THEN 'failed' ELSE 'successful' END)), ',') AS ignore
FROM unnest(ARRAY[:c_fail, :c_rev, :c_ok2]::bigint[]) c \gset
SELECT string_agg(pg_temp.chg(:org, c, $$status = 'closed', post_implementation_review = 'Reviewed.'$$), ',') AS ignore
FROM unnest(ARRAY[:c_fail, :c_ok2]::bigint[]) c \gset
SET CONSTRAINTS ALL IMMEDIATE;
SET CONSTRAINTS ALL DEFERRED;
SELECT is((SELECT string_agg(status || '/' || outcome, ',' ORDER BY id) FROM ims.change WHERE org_id = :org),
          'closed/successful,closed/failed,review/successful,closed/successful', 'setup: the changes are where the tests need them');

-- ---------------------------------------------------------------------------
-- problem_transition, milestones and status history
SET ims.actor = 'pm.t41';
SELECT pg_temp.prb(:org, 'walk one') AS q1 \gset
SELECT pg_temp.prb(:org, 'walk two') AS q2 \gset
SELECT pg_temp.prb(:org, 'walk three') AS q3 \gset
SELECT pg_temp.prb(:org, 'walk four') AS q4 \gset
SELECT pg_temp.prb(:org, 'forbidden') AS q5 \gset
SELECT is(pg_temp.col(:org, :q1, '(created_by, updated_at, updated_by, resolved_at, closed_at)'), '(pm.t41,,,,)',
          'a new problem has no milestones and no update stamp');
UPDATE ims.problem SET root_cause = 'Pool too small.' WHERE org_id = :org AND id IN (:q1, :q2, :q5);
INSERT INTO ims.change_problem (org_id, change_id, problem_id) VALUES (:org, :c_ok, :q1), (:org, :c_ok, :q2), (:org, :c_ok, :q5);
SELECT is(pg_temp.hist(:org, :q1), '', 'creation writes no status history');
SELECT is(pg_temp.go(:org, :q1, 'investigating', 'known_error'), 'known_error', 'new -> investigating -> known_error works');
SET ims.actor = 'lead.t41';
SELECT is(pg_temp.go(:org, :q1, 'resolved', 'closed'), 'closed', 'known_error -> resolved -> closed works');
SELECT is(pg_temp.go(:org, :q2, 'investigating', 'resolved'), 'resolved', 'investigating -> resolved works');
SELECT is(pg_temp.go(:org, :q3, 'cancelled'), 'cancelled', 'new -> cancelled works');
SELECT is(pg_temp.go(:org, :q4, 'investigating', 'cancelled'), 'cancelled', 'investigating -> cancelled works');
SELECT is(test_helpers.violation_at_commit('SELECT 1'), 'no error', 'the allowed steps commit');
SELECT is(pg_temp.col(:org, :q1, '(pg_temp.recent(resolved_at), pg_temp.recent(closed_at), pg_temp.recent(updated_at), updated_by)'), '(t,t,t,lead.t41)',
          'resolved_at, closed_at, updated_at and updated_by (= ims.actor) are set');
SELECT results_eq(
    format($$SELECT from_status, to_status, changed_by FROM ims.status_history
             WHERE org_id = %s AND record_kind = 'problem' AND record_id = %s ORDER BY id$$, :org, :q1),
    $$VALUES ('new', 'investigating', 'pm.t41'), ('investigating', 'known_error', 'pm.t41'),
             ('known_error', 'resolved', 'lead.t41'), ('resolved', 'closed', 'lead.t41')$$,
    'one status_history row per status change, with from, to and changed_by');

SELECT is(test_helpers.violation(pg_temp.upd(:org, :q5, $$status = 'resolved'$$)),
          '23514 problem_transition problem', 'new -> resolved is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :q5, $$status = 'known_error'$$)),
          '23514 problem_transition problem', 'new -> known_error is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :q5, $$status = 'closed'$$)),
          '23514 problem_transition problem', 'new -> closed is refused');
SELECT pg_temp.go(:org, :q5, 'investigating') AS ignore \gset
SELECT is(test_helpers.violation(pg_temp.upd(:org, :q5, $$status = 'new'$$)),
          '23514 problem_transition problem', 'investigating -> new is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :q5, $$status = 'closed'$$)),
          '23514 problem_transition problem', 'investigating -> closed is refused');
SELECT pg_temp.go(:org, :q5, 'known_error') AS ignore \gset
SELECT is(test_helpers.violation(pg_temp.upd(:org, :q5, $$status = 'investigating'$$)),
          '23514 problem_transition problem', 'known_error -> investigating is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :q5, $$status = 'cancelled'$$)),
          '23514 problem_transition problem', 'known_error -> cancelled is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :q2, $$status = 'investigating'$$)),
          '23514 problem_transition problem', 'resolved -> investigating is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :q1, $$status = 'resolved'$$)),
          '23514 problem_transition problem', 'closed -> resolved is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :q3, $$status = 'new'$$)),
          '23514 problem_transition problem', 'cancelled -> new is refused');
SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.problem (org_id, title, is_proactive, status) VALUES (%s, 'bad start', true, 'investigating')$$, :org)),
          '23514 problem_transition problem', 'creation with status investigating is refused');
SELECT is((SELECT string_agg(status, ',' ORDER BY id) FROM ims.problem WHERE org_id = :org AND id IN (:q1, :q2, :q3, :q5))
          || ' ' || (SELECT count(*) FROM ims.problem WHERE title = 'bad start'),
          'closed,resolved,cancelled,known_error 0', 'the refused steps changed and created nothing');
SELECT is(pg_temp.hist(:org, :q5), 'new>investigating investigating>known_error', 'the refused steps wrote no history');
SELECT is(test_helpers.error_text(pg_temp.upd(:org, :q5, $$status = 'cancelled'$$)),
          format('23514 | problem %s cannot move from "known_error" to "cancelled" | From "known_error" the lifecycle of a problem allows: "resolved". | Move the problem through the allowed statuses one step at a time (ims.lifecycle_transition).', :q5),
          'problem_transition error text');
SET ims.actor = 'agent.t41';

-- ---------------------------------------------------------------------------
-- problem_needs_incident
SELECT is(test_helpers.violation_at_commit(format($$INSERT INTO ims.problem (org_id, title) VALUES (%s, 'lonely')$$, :org)),
          '23514 problem_needs_incident problem', 'a problem without an incident fails at commit');
SELECT is((SELECT count(*) FROM ims.problem WHERE title = 'lonely'), 0::bigint, '... and is not kept');
SELECT matches(test_helpers.error_text(format($$INSERT INTO ims.problem (org_id, title) VALUES (%s, 'lonely')$$, :org)),
          '^23514 \| problem \d+ must link at least one incident \| The problem is not proactive and ims\.problem_incident has no row for it\. \| Link the incidents it causes, or set is_proactive = true for a problem found before any incident\.$',
          'problem_needs_incident error text');
SELECT is(test_helpers.violation_at_commit(format($$INSERT INTO ims.problem (org_id, title, is_proactive) VALUES (%s, 'proactive', true)$$, :org)),
          'no error', 'a proactive problem needs no incident');
SELECT pg_temp.prb(:org, 'linked later', false) AS n1 \gset
INSERT INTO ims.problem_incident (org_id, problem_id, incident_id) VALUES (:org, :n1, :inc);
SELECT is(test_helpers.violation_at_commit('SELECT 1'), 'no error', 'linking an incident later in the same transaction commits');
SELECT is(test_helpers.violation_at_commit(format(
          $$WITH p AS (INSERT INTO ims.problem (org_id, title) VALUES (%s, 'linked at once') RETURNING org_id, id)
            INSERT INTO ims.problem_incident (org_id, problem_id, incident_id) SELECT org_id, id, %s FROM p$$, :org, :inc)),
          'no error', 'a problem and its link in one statement commit');
INSERT INTO ims.problem_incident (org_id, problem_id, incident_id) VALUES (:org, :n1, :inc2);
SELECT is(test_helpers.violation_at_commit(format(
          'DELETE FROM ims.problem_incident WHERE org_id = %s AND problem_id = %s AND incident_id = %s', :org, :n1, :inc2)),
          'no error', 'deleting one of two links is fine');
SELECT is(test_helpers.violation_at_commit(format(
          'DELETE FROM ims.problem_incident WHERE org_id = %s AND problem_id = %s AND incident_id = %s', :org, :n1, :inc)),
          '23514 problem_needs_incident problem', 'deleting the last link fails at commit');
SELECT is(test_helpers.violation_at_commit(format(
          'UPDATE ims.problem_incident SET problem_id = %s WHERE org_id = %s AND problem_id = %s', :q1, :org, :n1)),
          '23514 problem_needs_incident problem', 'moving the last link to another problem fails at commit');
SELECT is((SELECT string_agg(incident_id::text, ',') FROM ims.problem_incident WHERE org_id = :org AND problem_id = :n1),
          :inc::text, 'the last link is still there');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :q3, 'is_proactive = false')),
          '23514 problem_needs_incident problem', 'switching is_proactive to false without links fails at commit');
SELECT is(pg_temp.col(:org, :q3, 'is_proactive'), 'true', 'the problem is still proactive');

-- ---------------------------------------------------------------------------
-- known_error_content
SELECT pg_temp.prb(:org, 'has a known error') AS kp \gset
SELECT is(test_helpers.violation(format($$INSERT INTO ims.known_error (org_id, problem_id, root_cause, workaround) VALUES (%s, %s, %s)$$,
          :org, :kp, r)), '23514 known_error_content known_error', 'INSERT refused: ' || r)
FROM unnest(ARRAY[$$NULL, 'Restart the pool.'$$, $$'  ', 'Restart the pool.'$$, $$'Pool too small.', NULL$$,
                  $$'Pool too small.', ''$$, 'NULL, NULL']) r;
SELECT is((SELECT count(*) FROM ims.known_error WHERE problem_id = :kp), 0::bigint, 'no known error was inserted');
INSERT INTO ims.known_error (org_id, problem_id, symptom, root_cause, workaround)
VALUES (:org, :kp, 'Logins time out.', 'Pool too small.', 'Restart the pool.') RETURNING id AS ke \gset
SELECT is(pg_temp.col(:org, :ke, '(root_cause, workaround, updated_at)', 'known_error'), '("Pool too small.","Restart the pool.",)',
          'with root cause and workaround the known error is recorded');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :ke, s, 'known_error')), '23514 known_error_content known_error', 'UPDATE refused: ' || s)
FROM unnest(ARRAY['root_cause = NULL', $$root_cause = ' '$$, 'workaround = NULL', $$workaround = E'\t'$$,
                  'root_cause = NULL, workaround = NULL']) s;
SELECT is(test_helpers.error_text(pg_temp.upd(:org, :ke, 'root_cause = NULL, workaround = NULL', 'known_error')),
          format('23514 | known error %s must record a root cause and a workaround | root_cause and workaround are empty. | Set root_cause and workaround; a problem without them stays a problem under investigation.', :ke),
          'known_error_content error text');
UPDATE ims.known_error SET workaround = 'Double the pool.' WHERE org_id = :org AND id = :ke;
SELECT is(pg_temp.col(:org, :ke, '(root_cause, workaround, pg_temp.recent(updated_at), updated_by)', 'known_error'),
          '("Pool too small.","Double the pool.",t,agent.t41)', 'the refused updates changed nothing; a good one is stamped');

-- ---------------------------------------------------------------------------
-- problem_resolution
SELECT pg_temp.prb(:org, 'to resolve', false) AS pr \gset
INSERT INTO ims.problem_incident (org_id, problem_id, incident_id) VALUES (:org, :pr, :inc);
SELECT pg_temp.go(:org, :pr, 'investigating') AS ignore \gset
SET CONSTRAINTS ALL IMMEDIATE;
SET CONSTRAINTS ALL DEFERRED;
SELECT is(test_helpers.violation(pg_temp.upd(:org, :pr, $$status = 'resolved'$$)),
          '23514 problem_resolution problem', 'resolving without a root cause is refused at the statement');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :pr, $$status = 'resolved', root_cause = '   '$$)),
          '23514 problem_resolution problem', 'a blank root cause is refused');
SELECT is(test_helpers.error_text(pg_temp.upd(:org, :pr, $$status = 'resolved'$$)),
          format('23514 | problem %s cannot be resolved without a root cause | The status is "resolved" but root_cause is empty. | Record the root cause in root_cause, and link the implemented change that removes it (ims.change_problem).', :pr),
          'problem_resolution (statement) error text');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :pr, $$status = 'resolved', root_cause = 'Pool too small.'$$)),
          '23514 problem_resolution problem', 'with a root cause but no linked change it fails at commit');
INSERT INTO ims.change_problem (org_id, change_id, problem_id) VALUES (:org, :c_fail, :pr);
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :pr, $$status = 'resolved', root_cause = 'Pool too small.'$$)),
          '23514 problem_resolution problem', 'a linked change closed with outcome failed does not count');
INSERT INTO ims.change_problem (org_id, change_id, problem_id) VALUES (:org, :c_rev, :pr);
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :pr, $$status = 'resolved', root_cause = 'Pool too small.'$$)),
          '23514 problem_resolution problem', 'a linked successful change still in review does not count');
SELECT is(test_helpers.error_text(pg_temp.upd(:org, :pr, $$status = 'resolved', root_cause = 'Pool too small.'$$)),
          format('23514 | problem %s cannot be resolved without an implemented change or an accepted risk | No change linked to it in ims.change_problem is closed with outcome "successful", and no risk linked to it in ims.problem_risk is retained and accepted. | Link the change that removes the root cause and close it successfully, or link its risk (ims.problem_risk) and have the risk owner accept it.', :pr),
          'problem_resolution (commit) error text');
SELECT is(pg_temp.col(:org, :pr, '(status, root_cause, resolved_at)'), '(investigating,,)', 'nothing of the refused resolutions persisted');
SELECT is(pg_temp.hist(:org, :pr), 'new>investigating', '... not even their status history');
INSERT INTO ims.change_problem (org_id, change_id, problem_id) VALUES (:org, :c_ok, :pr);
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :pr, $$status = 'resolved', root_cause = 'Pool too small.'$$)),
          'no error', 'with a linked change closed successfully it resolves and commits');
SELECT is(pg_temp.col(:org, :pr, '(status, pg_temp.recent(resolved_at))'), '(resolved,t)', 'the problem is resolved');
SELECT is(test_helpers.violation_at_commit(format(
          'DELETE FROM ims.change_problem WHERE org_id = %s AND change_id = %s AND problem_id = %s', :org, :c_ok, :pr)),
          '23514 problem_resolution problem', 'unlinking that change from the resolved problem fails at commit');
SELECT is(test_helpers.violation_at_commit(format('DELETE FROM ims.change WHERE org_id = %s AND id = %s', :org, :c_ok)),
          '23514 problem_resolution problem', 'deleting that change (its links cascade) fails at commit');
SELECT is((SELECT count(*) FROM ims.change_problem WHERE org_id = :org AND change_id = :c_ok AND problem_id = :pr), 1::bigint,
          'the link is still there');
SELECT is(test_helpers.violation_at_commit(format(
          'DELETE FROM ims.change_problem WHERE org_id = %s AND change_id = %s AND problem_id = %s', :org, :c_fail, :pr)),
          'no error', 'unlinking a change that does not count is fine');
SELECT pg_temp.prb(:org, 'fixed by c_ok2') AS pr2 \gset
INSERT INTO ims.change_problem (org_id, change_id, problem_id) VALUES (:org, :c_ok2, :pr2);
UPDATE ims.problem SET root_cause = 'Bad index.' WHERE org_id = :org AND id = :pr2;
SELECT is(pg_temp.go(:org, :pr2, 'investigating', 'resolved'), 'resolved', 'a second problem is resolved by c_ok2');
SET CONSTRAINTS ALL IMMEDIATE;
SET CONSTRAINTS ALL DEFERRED;
SELECT isnt(test_helpers.violation_at_commit(format($$UPDATE ims.change SET outcome = 'failed' WHERE org_id = %s AND id = %s$$, :org, :c_ok2)),
          'no error', 'turning the outcome of its only change to failed is refused');
SELECT is((SELECT outcome FROM ims.change WHERE org_id = :org AND id = :c_ok2), 'successful', 'the change is still successful');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :pr, $$status = 'closed'$$)), 'no error', 'the resolved problem closes');
SELECT is(pg_temp.col(:org, :pr, '(status, pg_temp.recent(closed_at))'), '(closed,t)', 'closing sets closed_at');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :pr, 'root_cause = NULL')),
          '23514 problem_resolution problem', 'clearing the root cause of a closed problem is refused');

-- ---------------------------------------------------------------------------
-- tenant_immutable and cross-organization links
SELECT is(test_helpers.violation(format('UPDATE ims.problem SET org_id = %s WHERE org_id = %s AND id = %s', :org2, :org, :n1)),
          '23514 tenant_immutable problem', 'a problem cannot move to another organization');
SELECT is(test_helpers.violation(format('UPDATE ims.problem_incident SET org_id = %s WHERE org_id = %s AND problem_id = %s', :org2, :org, :n1)),
          '23514 tenant_immutable problem_incident', 'a problem_incident row cannot move to another organization');
SELECT is(test_helpers.violation(format('UPDATE ims.known_error SET org_id = %s WHERE org_id = %s AND id = %s', :org2, :org, :ke)),
          '23514 tenant_immutable known_error', 'a known error cannot move to another organization');
SELECT is(test_helpers.violation(format('INSERT INTO ims.problem_incident (org_id, problem_id, incident_id) VALUES (%s, %s, %s)', :org, :n1, :inc_b)),
          '23503 problem_incident_incident_fk problem_incident', 'a problem cannot link an incident of another organization');
SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.known_error (org_id, problem_id, root_cause, workaround) VALUES (%s, %s, 'c', 'w')$$, :org2, :kp)),
          '23503 known_error_problem_fk known_error', 'a known error cannot belong to a problem of another organization');
SELECT is((SELECT count(*) FROM ims.problem WHERE org_id = :org2) + (SELECT count(*) FROM ims.problem_incident WHERE org_id = :org2)
          + (SELECT count(*) FROM ims.known_error WHERE org_id = :org2), 0::bigint, 'nothing moved to or was created in the other organization');
SELECT is(test_helpers.error_text(format('UPDATE ims.known_error SET org_id = %s WHERE org_id = %s AND id = %s', :org2, :org, :ke)),
          format('23514 | a row of known_error cannot move to another organization | The update changes org_id from %s to %s. | Leave org_id unchanged; create a new row in the other organization instead.', :org, :org2),
          'tenant_immutable error text');

-- ---------------------------------------------------------------------------
-- Bulk statements
SELECT is(test_helpers.violation_at_commit(format(
          $$INSERT INTO ims.problem (org_id, title, is_proactive) SELECT %s, 'bulk', true FROM generate_series(1, 500)$$, :org2)),
          'no error', 'INSERT ... SELECT of 500 proactive problems commits');
SELECT is(test_helpers.violation_at_commit(format(
          $$INSERT INTO ims.problem (org_id, title, is_proactive) SELECT %s, 'bulk bad', g <> 250 FROM generate_series(1, 500) g$$, :org2)),
          '23514 problem_needs_incident problem', 'INSERT ... SELECT of 500 where one lacks an incident fails at commit');
SELECT is((SELECT count(*) FROM ims.problem WHERE org_id = :org2 AND title = 'bulk bad'), 0::bigint, '... and keeps nothing');
SELECT is(test_helpers.violation_at_commit(format(
          $$WITH p AS (INSERT INTO ims.problem (org_id, title) SELECT %1$s, 'bulk linked' FROM generate_series(1, 500) RETURNING org_id, id)
            INSERT INTO ims.problem_incident (org_id, problem_id, incident_id) SELECT org_id, id, %2$s FROM p$$, :org2, :inc_b)),
          'no error', '500 problems inserted with their links in one statement commit');
CREATE TEMP TABLE batch AS SELECT id FROM ims.problem WHERE org_id = :org2 AND title = 'bulk' ORDER BY id LIMIT 300;
SELECT is(test_helpers.violation(format(
          $$UPDATE ims.problem SET status = 'investigating' WHERE org_id = %s AND id IN (SELECT id FROM batch)$$, :org2)),
          'no error', 'UPDATE of 300 problems to investigating works');
SELECT is((SELECT count(*) FROM ims.status_history WHERE org_id = :org2 AND record_kind = 'problem' AND from_status = 'new'
           AND to_status = 'investigating' AND changed_by = 'agent.t41' AND record_id IN (SELECT id FROM batch)),
          300::bigint, '... and writes 300 status_history rows');
SELECT is(test_helpers.violation(format(
          $$UPDATE ims.problem SET status = 'resolved', root_cause = CASE WHEN id = (SELECT max(id) FROM batch) THEN NULL ELSE 'Bulk cause.' END
            WHERE org_id = %s AND id IN (SELECT id FROM batch)$$, :org2)),
          '23514 problem_resolution problem', 'UPDATE of 300 to resolved where one lacks a root cause is refused at the statement');
SELECT is(test_helpers.violation_at_commit(format(
          $$UPDATE ims.problem SET status = 'resolved', root_cause = 'Bulk cause.' WHERE org_id = %s AND id IN (SELECT id FROM batch)$$, :org2)),
          '23514 problem_resolution problem', 'UPDATE of 300 to resolved without a change fails at commit');
SELECT is(test_helpers.violation(format(
          $$UPDATE ims.problem SET status = 'known_error' WHERE org_id = %s AND title = 'bulk'$$, :org2)),
          '23514 problem_transition problem', 'UPDATE of 500 where 200 are still new is refused');
SELECT is((SELECT string_agg(status || '=' || n, ',' ORDER BY status) FROM
              (SELECT status, count(*) n FROM ims.problem WHERE org_id = :org2 AND title = 'bulk' GROUP BY status) s)
          || ' ' || (SELECT count(*) FROM ims.problem WHERE org_id = :org2 AND root_cause IS NOT NULL),
          'investigating=300,new=200 0', 'the refused bulk updates changed nothing');
SELECT is((SELECT count(*) FROM ims.status_history WHERE org_id = :org2 AND to_status IN ('resolved', 'known_error')),
          0::bigint, '... and wrote no status history');
SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.known_error (org_id, problem_id, root_cause, workaround)
            SELECT org_id, id, 'Bulk cause.', CASE WHEN id = (SELECT max(id) FROM batch) THEN ' ' ELSE 'Bulk workaround.' END
            FROM ims.problem WHERE org_id = %s AND id IN (SELECT id FROM batch)$$, :org2)),
          '23514 known_error_content known_error', 'INSERT ... SELECT of 300 known errors where one lacks a workaround is refused');
SELECT is((SELECT count(*) FROM ims.known_error WHERE org_id = :org2), 0::bigint, '... and inserts nothing');
SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.known_error (org_id, problem_id, root_cause, workaround)
            SELECT org_id, id, 'Bulk cause.', 'Bulk workaround.' FROM ims.problem WHERE org_id = %s AND id IN (SELECT id FROM batch)$$, :org2)),
          'no error', 'INSERT ... SELECT of 300 complete known errors works');

SELECT * FROM finish();
ROLLBACK;
