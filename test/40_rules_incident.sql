-- The rules of ims.incident: incident_transition (reopen window, an
-- organization's own lifecycle), incident_priority, incident_resolution,
-- security_incident_assessment, security_incident_lessons,
-- major_incident_review and tenant_immutable; bulk statements; milestones,
-- status history and the wording of the errors.
BEGIN;
SELECT plan(125);

SET ims.actor = 'agent.t40';
INSERT INTO ims.organization (code, name) VALUES ('t40a', 'Test 40 A') RETURNING org_id AS org \gset
INSERT INTO ims.organization (code, name) VALUES ('t40b', 'Test 40 B') RETURNING org_id AS org2 \gset

-- A new incident (with a resolution unless res is false), its id.
CREATE FUNCTION pg_temp.inc(o bigint, t text, res boolean DEFAULT true) RETURNS bigint LANGUAGE sql AS $$
    INSERT INTO ims.incident (org_id, title, resolution_code, resolution_note)
    VALUES (o, t, CASE WHEN res THEN 'fixed' END, CASE WHEN res THEN 'Fixed.' END) RETURNING id $$;
-- Move an incident through statuses, one UPDATE each; its final status.
CREATE FUNCTION pg_temp.go(o bigint, i bigint, VARIADIC s text[]) RETURNS text LANGUAGE plpgsql AS $$
DECLARE x text;
BEGIN
    FOREACH x IN ARRAY s LOOP UPDATE ims.incident SET status = x WHERE org_id = o AND id = i; END LOOP;
    RETURN (SELECT status FROM ims.incident WHERE org_id = o AND id = i);
END $$;
-- The text of an UPDATE of one incident.
CREATE FUNCTION pg_temp.upd(o bigint, i bigint, s text) RETURNS text LANGUAGE sql AS $$
    SELECT format('UPDATE ims.incident SET %s WHERE org_id = %s AND id = %s', s, o, i) $$;
-- An incident's status history as 'from>to from>to ...'.
CREATE FUNCTION pg_temp.hist(o bigint, i bigint) RETURNS text LANGUAGE sql AS $$
    SELECT coalesce(string_agg(from_status || '>' || to_status, ' ' ORDER BY id), '')
    FROM ims.status_history WHERE org_id = o AND record_kind = 'incident' AND record_id = i $$;
-- Was t written by this transaction's rules: between its start and the clock now?
CREATE FUNCTION pg_temp.recent(t timestamptz) RETURNS boolean LANGUAGE sql AS $$
    SELECT t BETWEEN pg_catalog.now() AND pg_catalog.clock_timestamp() $$;
-- An expression over one incident, as text.
CREATE FUNCTION pg_temp.col(o bigint, i bigint, c text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE r text;
BEGIN EXECUTE format('SELECT (%s)::text FROM ims.incident WHERE org_id = $1 AND id = $2', c) INTO r USING o, i; RETURN r; END $$;

-- ---------------------------------------------------------------------------
-- incident_transition
SELECT pg_temp.inc(:org, 'walk') AS i1 \gset
SELECT is(pg_temp.go(:org, :i1, 'in_progress', 'on_hold', 'in_progress', 'on_hold', 'resolved',
                     'in_progress', 'resolved', 'closed'), 'closed',
          'every allowed step works: new, in_progress, on_hold, resolved, reopen, resolved, closed');
SELECT is(pg_temp.hist(:org, :i1),
          'new>in_progress in_progress>on_hold on_hold>in_progress in_progress>on_hold on_hold>resolved resolved>in_progress in_progress>resolved resolved>closed',
          'each step wrote exactly one status_history row');

SELECT pg_temp.inc(:org, 'forbidden') AS i2 \gset
SELECT is(test_helpers.violation(pg_temp.upd(:org, :i2, format('status = %L', s))),
          '23514 incident_transition incident', 'new -> ' || s || ' is refused')
FROM unnest(ARRAY['resolved', 'closed', 'on_hold']) s;
SELECT is(test_helpers.violation(pg_temp.upd(:org, :i2, $$status = 'cancelled'$$)),
          '23514 incident_transition incident', 'an unknown status is refused');
SELECT pg_temp.go(:org, :i2, 'in_progress') AS ignore \gset
SELECT is(test_helpers.violation(pg_temp.upd(:org, :i2, format('status = %L', s))),
          '23514 incident_transition incident', 'in_progress -> ' || s || ' is refused')
FROM unnest(ARRAY['closed', 'new']) s;
SELECT pg_temp.go(:org, :i2, 'resolved') AS ignore \gset
SELECT is(test_helpers.violation(pg_temp.upd(:org, :i2, format('status = %L', s))),
          '23514 incident_transition incident', 'resolved -> ' || s || ' is refused')
FROM unnest(ARRAY['new', 'on_hold']) s;
SELECT pg_temp.go(:org, :i2, 'closed') AS ignore \gset
SELECT is(test_helpers.violation(pg_temp.upd(:org, :i2, format('status = %L', s))),
          '23514 incident_transition incident', 'closed -> ' || s || ' is refused')
FROM unnest(ARRAY['in_progress', 'resolved']) s;
SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.incident (org_id, title, status) VALUES (%s, 'bad start', 'in_progress')$$, :org)),
          '23514 incident_transition incident', 'creation with status in_progress is refused');
SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.incident (org_id, title, status, resolution_code, resolution_note)
            VALUES (%s, 'bad start', 'closed', 'x', 'y.')$$, :org)),
          '23514 incident_transition incident', 'creation with status closed is refused');
SELECT is(pg_temp.col(:org, :i2, $$status || ' ' || (SELECT count(*) FROM ims.incident WHERE title = 'bad start')$$),
          'closed 0', 'refused steps changed nothing and created nothing');
SELECT is(pg_temp.hist(:org, :i2), 'new>in_progress in_progress>resolved resolved>closed',
          'refused steps wrote no status history');
SELECT pg_temp.inc(:org, 'wording') AS iw \gset
SELECT is(test_helpers.error_text(pg_temp.upd(:org, :iw, $$status = 'resolved'$$)),
          format('23514 | incident %s cannot move from "new" to "resolved" | From "new" the lifecycle of an incident allows: "in_progress". | Move the incident through the allowed statuses one step at a time (ims.lifecycle_transition).', :iw),
          'incident_transition error text');

-- Reopening within and outside the window (default 14 days).
SELECT pg_temp.inc(:org, 'reopen') AS i3 \gset
SELECT pg_temp.go(:org, :i3, 'in_progress', 'resolved') AS ignore \gset
SELECT is(pg_temp.col(:org, :i3, $$pg_temp.recent(resolved_at)$$), 'true', 'resolving sets resolved_at');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :i3, $$status = 'in_progress'$$)), 'no error',
          'reopening just after resolution works');
SELECT is(pg_temp.col(:org, :i3, $$(status, reopen_count, resolved_at IS NULL)$$), '(in_progress,1,t)',
          'the reopen counts and clears resolved_at');
SELECT pg_temp.go(:org, :i3, 'resolved') AS ignore \gset
UPDATE ims.incident SET resolved_at = now() - interval '20 days' WHERE org_id = :org AND id = :i3;
SELECT is(test_helpers.violation(pg_temp.upd(:org, :i3, $$status = 'in_progress'$$)),
          '23514 incident_transition incident', 'reopening 20 days after resolution (window 14 days) is refused');
SELECT is(pg_temp.col(:org, :i3, $$(status, reopen_count, resolved_at = now() - interval '20 days')$$),
          '(resolved,1,t)', 'the refused reopen changed nothing');
SELECT matches(test_helpers.error_text(pg_temp.upd(:org, :i3, $$status = 'in_progress'$$)),
          format('^23514 \| incident %s cannot be reopened \| It was resolved at .+, longer ago than the reopen window of 14 days\. \| Record a new incident and link it to this one, or widen ims\.organization\.incident_reopen_window\.$', :i3),
          'reopen window error text');
UPDATE ims.organization SET incident_reopen_window = '30 days' WHERE org_id = :org;
SELECT is(test_helpers.violation(pg_temp.upd(:org, :i3, $$status = 'in_progress'$$)), 'no error',
          'a widened window (30 days) takes effect at once and allows the reopen');
SELECT pg_temp.go(:org, :i3, 'resolved') AS ignore \gset
UPDATE ims.organization SET incident_reopen_window = '1 hour' WHERE org_id = :org;
UPDATE ims.incident SET resolved_at = now() - interval '1 hour 1 second' WHERE org_id = :org AND id = :i3;
SELECT is(test_helpers.violation(pg_temp.upd(:org, :i3, $$status = 'in_progress'$$)),
          '23514 incident_transition incident', 'window 1 hour: one second too late is refused');
UPDATE ims.incident SET resolved_at = now() - interval '59 minutes' WHERE org_id = :org AND id = :i3;
SELECT is(test_helpers.violation(pg_temp.upd(:org, :i3, $$status = 'in_progress'$$)), 'no error',
          'window 1 hour: 59 minutes after resolution is allowed');
UPDATE ims.organization SET incident_reopen_window = '0' WHERE org_id = :org;
SELECT pg_temp.go(:org, :i3, 'resolved') AS ignore \gset
UPDATE ims.incident SET resolved_at = now() - interval '1 second' WHERE org_id = :org AND id = :i3;
SELECT is(test_helpers.violation(pg_temp.upd(:org, :i3, $$status = 'in_progress'$$)),
          '23514 incident_transition incident', 'window 0: no reopening once time has passed');
SELECT is(pg_temp.col(:org, :i3, $$(status, reopen_count)$$), '(resolved,3)', 'reopen_count counts the three reopens');
UPDATE ims.organization SET incident_reopen_window = '14 days' WHERE org_id = :org;

-- An organization's own lifecycle: a subset of the built-in one, seen at once.
SELECT pg_temp.inc(:org, 'hold before') AS i4 \gset
SELECT is(pg_temp.go(:org, :i4, 'in_progress', 'on_hold'), 'on_hold', 'on_hold is allowed by the built-in lifecycle');
SELECT is(test_helpers.violation(format(
          $q$DO $do$ BEGIN
              INSERT INTO ims.lifecycle_transition (org_id, record_kind, from_status, to_status, is_reopen)
              SELECT %1$s, record_kind, from_status, to_status, is_reopen FROM ims.lifecycle_transition
              WHERE org_id IS NULL AND record_kind = 'incident' AND 'on_hold' NOT IN (from_status, to_status);
              INSERT INTO ims.incident (org_id, title) VALUES (%1$s, 'in subtransaction');
              RAISE EXCEPTION USING ERRCODE = '23514', CONSTRAINT = 'rolled_back';
          END $do$$q$, :org)),
          '23514 rolled_back ', 'a lifecycle tightened in a rolled-back subtransaction ...');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :i4, $$status = 'in_progress'$$)), 'no error',
          '... leaves nothing cached: on_hold -> in_progress still works');
INSERT INTO ims.lifecycle_transition (org_id, record_kind, from_status, to_status, is_reopen)
SELECT :org, record_kind, from_status, to_status, is_reopen FROM ims.lifecycle_transition
WHERE org_id IS NULL AND record_kind = 'incident' AND 'on_hold' NOT IN (from_status, to_status);
SELECT is(test_helpers.violation(pg_temp.upd(:org, :i4, $$status = 'on_hold'$$)),
          '23514 incident_transition incident', 'the organization''s lifecycle without on_hold applies at once');
SELECT is(test_helpers.error_text(pg_temp.upd(:org, :i4, $$status = 'on_hold'$$)),
          format('23514 | incident %s cannot move from "in_progress" to "on_hold" | From "in_progress" the lifecycle of an incident allows: "resolved". | Move the incident through the allowed statuses one step at a time (ims.lifecycle_transition).', :i4),
          'the DETAIL lists the organization''s own transitions');
SELECT pg_temp.inc(:org2, 'other org') AS j1 \gset
SELECT is(pg_temp.go(:org2, :j1, 'in_progress', 'on_hold'), 'on_hold', 'another organization keeps the built-in lifecycle');
SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.lifecycle_transition (org_id, record_kind, from_status, to_status) VALUES (%s, 'incident', 'new', 'closed')$$, :org)),
          '23514 lifecycle_tightening lifecycle_transition', 'adding a transition the built-in lifecycle lacks is refused');
SELECT is(test_helpers.violation(format(
          $$UPDATE ims.lifecycle_transition SET is_reopen = false
            WHERE org_id = %s AND record_kind = 'incident' AND from_status = 'resolved' AND to_status = 'in_progress'$$, :org)),
          '23514 lifecycle_tightening lifecycle_transition', 'turning the reopen into a plain step (no window) is refused');
SELECT is((SELECT count(*) FROM ims.lifecycle_transition WHERE org_id = :org AND (to_status = 'closed' AND from_status = 'new' OR NOT is_reopen AND from_status = 'resolved' AND to_status = 'in_progress')),
          0::bigint, 'no loosening row persisted');
SELECT is(test_helpers.error_text(format(
          $$INSERT INTO ims.lifecycle_transition (org_id, record_kind, from_status, to_status) VALUES (%s, 'incident', 'new', 'closed')$$, :org)),
          format($$23514 | organization %s cannot add the transition 'new' -> 'closed' to the incident lifecycle | The built-in lifecycle has no such transition; an organization can only keep a subset of it. | Copy the built-in transitions you keep (org_id NULL) and leave out the ones you forbid.$$, :org),
          'lifecycle_tightening error text');
DELETE FROM ims.lifecycle_transition WHERE org_id = :org;
SELECT is(test_helpers.violation(pg_temp.upd(:org, :i4, $$status = 'on_hold'$$)), 'no error',
          'deleting the organization''s rows restores the built-in lifecycle at once');

-- ---------------------------------------------------------------------------
-- incident_priority
INSERT INTO ims.incident (org_id, title, impact, urgency)
SELECT :org, 'prio', i, u FROM generate_series(1, 4) i, generate_series(1, 4) u;
SELECT results_eq(
    format($$SELECT impact::int, urgency::int, priority::int FROM ims.incident WHERE org_id = %s AND title = 'prio' ORDER BY 1, 2$$, :org),
    $$SELECT i, u, CASE WHEN i + u = 2 THEN 1 WHEN i + u = 3 THEN 2 WHEN i + u = 4 THEN 3 WHEN i + u <= 6 THEN 4 ELSE 5 END
      FROM generate_series(1, 4) i, generate_series(1, 4) u ORDER BY 1, 2$$,
    'priority derived on insert for all 16 impact/urgency pairs (default matrix)');
SELECT is((SELECT count(*) FROM ims.incident x JOIN ims.priority_matrix m USING (org_id, impact, urgency)
           WHERE x.org_id = :org AND x.title = 'prio' AND x.priority = m.priority), 16::bigint,
          'every derived priority is the organization''s matrix cell');
SELECT pg_temp.inc(:org, 'rederive') AS p1 \gset
SELECT is(pg_temp.col(:org, :p1, 'priority'), '4', 'default impact 3 x urgency 3 gives priority 4');
UPDATE ims.incident SET impact = 1, urgency = 1 WHERE org_id = :org AND id = :p1;
SELECT is(pg_temp.col(:org, :p1, 'priority'), '1', 'changing impact and urgency re-derives the priority');
UPDATE ims.incident SET urgency = 2 WHERE org_id = :org AND id = :p1;
SELECT is(pg_temp.col(:org, :p1, 'priority'), '2', 'changing urgency alone re-derives it');
SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.incident (org_id, title, impact, urgency, priority) VALUES (%s, 'typed', 4, 4, 1)$$, :org)),
          '23514 incident_priority incident', 'INSERT with a typed priority off the matrix and no reason is refused');
SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.incident (org_id, title, impact, urgency, priority, priority_override_reason) VALUES (%s, 'typed', 4, 4, 1, '  ')$$, :org)),
          '23514 incident_priority incident', 'a blank reason is no reason');
SELECT is((SELECT count(*) FROM ims.incident WHERE org_id = :org AND title = 'typed'), 0::bigint, 'nothing inserted');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :p1, 'priority = 5')),
          '23514 incident_priority incident', 'UPDATE to a priority off the matrix without a reason is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :p1, 'priority = 5, impact = 4')),
          '23514 incident_priority incident', 'also when impact changes in the same statement');
SELECT is(pg_temp.col(:org, :p1, '(impact, priority)'), '(1,2)', 'the refused updates changed nothing');
SELECT is(test_helpers.error_text(pg_temp.upd(:org, :p1, 'priority = 5')),
          format('23514 | incident %s cannot have priority 5 without a reason | The priority matrix gives priority 2 for impact 1 and urgency 2, and priority_override_reason is empty. | Leave priority unset to derive it from impact and urgency, or set priority_override_reason in the same statement.', :p1),
          'incident_priority error text');
SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.incident (org_id, title, impact, urgency, priority) VALUES (%s, 'typed same', 4, 4, 5)$$, :org)),
          'no error', 'a typed priority equal to the matrix needs no reason');
INSERT INTO ims.incident (org_id, title, impact, urgency, priority, priority_override_reason)
VALUES (:org, 'override', 4, 4, 1, 'Regulator deadline') RETURNING id AS p2 \gset
SELECT is(pg_temp.col(:org, :p2, 'priority'), '1', 'with a reason the typed priority is kept on INSERT');
UPDATE ims.incident SET priority = 5, priority_override_reason = 'Customer asked to wait' WHERE org_id = :org AND id = :p1;
SELECT is(pg_temp.col(:org, :p1, 'priority'), '5', 'with a reason the typed priority is kept on UPDATE');
UPDATE ims.priority_matrix SET priority = 5 WHERE org_id = :org AND impact = 1 AND urgency = 1;
INSERT INTO ims.incident (org_id, title, impact, urgency) VALUES (:org, 'edited matrix', 1, 1) RETURNING id AS p3 \gset
SELECT is(pg_temp.col(:org, :p3, 'priority'), '5', 'an edited matrix cell is used at once');
INSERT INTO ims.incident (org_id, title, impact, urgency) VALUES (:org2, 'other matrix', 1, 1) RETURNING id AS p4 \gset
SELECT is(pg_temp.col(:org2, :p4, 'priority'), '1', 'another organization''s matrix is unchanged');
DELETE FROM ims.priority_matrix WHERE org_id = :org AND impact = 4 AND urgency = 1;
SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.incident (org_id, title, impact, urgency) VALUES (%s, 'no cell', 4, 1)$$, :org)),
          '23514 incident_priority incident', 'a deleted matrix cell refuses the incident');
SELECT matches(test_helpers.error_text(format(
          $$INSERT INTO ims.incident (org_id, title, impact, urgency) VALUES (%s, 'no cell', 4, 1)$$, :org)),
          format('^23514 \| incident \d+ has no priority in the matrix of organization %s \| ims\.priority_matrix has no cell for impact 4 and urgency 1\. \| Add the missing cell to ims\.priority_matrix\.$', :org),
          'missing matrix cell error text');
INSERT INTO ims.priority_matrix (org_id, impact, urgency, priority) VALUES (:org, 4, 1, 4);
UPDATE ims.priority_matrix SET priority = 1 WHERE org_id = :org AND impact = 1 AND urgency = 1;

-- ---------------------------------------------------------------------------
-- incident_resolution
SELECT pg_temp.inc(:org, 'resolution', false) AS r1 \gset
SELECT pg_temp.go(:org, :r1, 'in_progress') AS ignore \gset
SELECT is(test_helpers.violation(pg_temp.upd(:org, :r1, $$status = 'resolved'$$ || x)),
          '23514 incident_resolution incident', 'resolved refused: ' || d)
FROM (VALUES ('', 'no code, no note'), ($$, resolution_note = 'Rebooted.'$$, 'no code'),
             ($$, resolution_code = 'workaround'$$, 'no note'),
             ($$, resolution_code = '   ', resolution_note = 'Rebooted.'$$, 'blank code'),
             ($$, resolution_code = 'workaround', resolution_note = ' '$$, 'blank note')) v(x, d);
SELECT is(pg_temp.col(:org, :r1, '(status, resolution_code, resolution_note, resolved_at)'), '(in_progress,,,)',
          'the refused statements changed nothing');
SELECT is(test_helpers.error_text(pg_temp.upd(:org, :r1, $$status = 'resolved', resolution_note = 'Rebooted.'$$)),
          format('23514 | incident %s cannot be resolved without a resolution | The status is "resolved" but resolution_code is empty. | Set resolution_code and resolution_note in the same statement.', :r1),
          'incident_resolution error text');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :r1, $$status = 'resolved', resolution_code = 'workaround', resolution_note = 'Rebooted.'$$)),
          'no error', 'resolved with code and note works');
SELECT pg_temp.go(:org, :r1, 'closed') AS ignore \gset
SELECT is(test_helpers.violation(pg_temp.upd(:org, :r1, 'resolution_code = NULL')),
          '23514 incident_resolution incident', 'clearing resolution_code of a closed incident is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :r1, $$resolution_note = ''$$)),
          '23514 incident_resolution incident', 'clearing resolution_note of a closed incident is refused');
SELECT is(pg_temp.col(:org, :r1, '(status, resolution_code, resolution_note)'), '(closed,workaround,Rebooted.)',
          'the closed incident keeps its resolution');

-- ---------------------------------------------------------------------------
-- security_incident_assessment and security_incident_lessons
SELECT pg_temp.inc(:org, 'security') AS s1 \gset
SELECT is(test_helpers.violation(pg_temp.upd(:org, :s1, $$security_class = 'incident'$$ || x)),
          '23514 security_incident_assessment incident', 'classifying as incident refused: ' || d)
FROM (VALUES ($$, affects_integrity = true$$, 'no assessed_by'),
             ($$, security_assessed_by = ' ', affects_integrity = true$$, 'blank assessed_by'),
             ($$, security_assessed_by = 'ciso.t40'$$, 'none of C/I/A')) v(x, d);
SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.incident (org_id, title, security_class) VALUES (%s, 'sec insert', 'incident')$$, :org)),
          '23514 security_incident_assessment incident', 'an INSERT as incident without an assessment is refused');
SELECT is(pg_temp.col(:org, :s1, $$(security_class, security_assessed_by, security_assessed_at, affects_integrity,
          (SELECT count(*) FROM ims.incident WHERE title = 'sec insert'))$$), '(none,,,f,0)',
          'the refused statements changed and created nothing');
SELECT is(test_helpers.error_text(pg_temp.upd(:org, :s1, $$security_class = 'incident', security_assessed_by = 'ciso.t40'$$)),
          format('23514 | incident %s cannot be an information security incident without an assessment | security_class is "incident" but none of affects_confidentiality, affects_integrity and affects_availability is true. | Set security_assessed_by and at least one of affects_confidentiality, affects_integrity and affects_availability in the same statement.', :s1),
          'security_incident_assessment error text');
UPDATE ims.incident SET security_class = 'incident', security_assessed_by = 'ciso.t40', affects_confidentiality = true
WHERE org_id = :org AND id = :s1;
SELECT is(pg_temp.col(:org, :s1, $$(security_class, security_assessed_by, pg_temp.recent(security_assessed_at))$$),
          '(incident,ciso.t40,t)', 'with an assessment it works and security_assessed_at is set');
INSERT INTO ims.incident (org_id, title, security_class, security_assessed_by, affects_availability, security_assessed_at)
VALUES (:org, 'sec given', 'incident', 'ciso.t40', true, '2024-05-01 10:00+00') RETURNING id AS s2 \gset
SELECT is(pg_temp.col(:org, :s2, $$security_assessed_at = '2024-05-01 10:00+00'$$), 'true', 'a given security_assessed_at is kept');
SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.incident (org_id, title, security_class) VALUES (%1$s, 'sec event', 'event'), (%1$s, 'sec weakness', 'weakness')$$, :org)),
          'no error', 'events and weaknesses need no assessment');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :s1, 'security_assessed_by = NULL')),
          '23514 security_incident_assessment incident', 'clearing security_assessed_by later is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :s1, 'affects_confidentiality = false')),
          '23514 security_incident_assessment incident', 'clearing the only C/I/A flag later is refused');
SELECT is(pg_temp.col(:org, :s1, '(security_assessed_by, affects_confidentiality)'), '(ciso.t40,t)', 'the assessment is unchanged');

SELECT pg_temp.go(:org, :s1, 'in_progress', 'resolved') AS ignore \gset
SELECT is(test_helpers.violation(pg_temp.upd(:org, :s1, $$status = 'closed'$$)),
          '23514 security_incident_lessons incident', 'closing a security incident without lessons learned is refused');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :s1, $$status = 'closed', lessons_learned = '  '$$)),
          '23514 security_incident_lessons incident', 'blank lessons learned are refused');
SELECT is(pg_temp.col(:org, :s1, '(status, closed_at)'), '(resolved,)', 'the incident is still resolved');
SELECT is(test_helpers.error_text(pg_temp.upd(:org, :s1, $$status = 'closed'$$)),
          format('23514 | information security incident %s cannot be closed without lessons learned | The status is "closed" and security_class is "incident" but lessons_learned is empty. | Record the lessons learned in lessons_learned in the same statement.', :s1),
          'security_incident_lessons error text');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :s1, $$status = 'closed', lessons_learned = 'Rotate keys sooner.'$$)),
          'no error', 'with lessons learned it closes');
SELECT pg_temp.inc(:org, 'event closes') AS s3 \gset
UPDATE ims.incident SET security_class = 'event' WHERE org_id = :org AND id = :s3;
SELECT is(pg_temp.go(:org, :s3, 'in_progress', 'resolved', 'closed'), 'closed', 'an event closes without lessons learned');

-- ---------------------------------------------------------------------------
-- major_incident_review
SET CONSTRAINTS ALL IMMEDIATE;
SET CONSTRAINTS ALL DEFERRED;
SELECT pg_temp.inc(:org, 'major') AS m1 \gset
SELECT pg_temp.inc(:org, 'minor sibling') AS m2 \gset
UPDATE ims.incident SET is_major = true WHERE org_id = :org AND id = :m1;
SELECT pg_temp.go(:org, :m1, 'in_progress', 'resolved') AS ignore \gset
SELECT is(test_helpers.violation(pg_temp.upd(:org, :m1, $$status = 'closed'$$)),
          '23514 major_incident_review incident', 'closing a major incident without a review is refused at the statement');
SELECT is(test_helpers.error_text(pg_temp.upd(:org, :m1, $$status = 'closed'$$)),
          format('23514 | major incident %s cannot be closed without a post-incident review | The status is "closed" and is_major is true but post_incident_review is empty. | Record the review in post_incident_review and link a problem (ims.problem_incident) before closing.', :m1),
          'major_incident_review (statement) error text');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :m1, $$status = 'closed', post_incident_review = 'Alerting too slow.'$$)),
          '23514 major_incident_review incident', 'with a review but no linked problem it fails at commit');
SELECT is(test_helpers.error_text(pg_temp.upd(:org, :m1, $$status = 'closed', post_incident_review = 'Alerting too slow.'$$)),
          format('23514 | major incident %s cannot be closed without a linked problem | ims.problem_incident has no row for it. | Record the problem the major incident revealed and link it (ims.problem_incident) before closing.', :m1),
          'major_incident_review (commit) error text');
SELECT is(pg_temp.col(:org, :m1, '(status, post_incident_review, closed_at)'), '(resolved,,)', 'nothing of the refused close persisted');
INSERT INTO ims.problem (org_id, title) VALUES (:org, 'Cause of the major incident') RETURNING id AS pm \gset
INSERT INTO ims.problem_incident (org_id, problem_id, incident_id) VALUES (:org, :pm, :m1), (:org, :pm, :m2);
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :m1, $$status = 'closed', post_incident_review = 'Alerting too slow.'$$)),
          'no error', 'with a review and a linked problem it closes and commits');
SELECT is(test_helpers.violation_at_commit(format(
          'DELETE FROM ims.problem_incident WHERE org_id = %s AND problem_id = %s AND incident_id = %s', :org, :pm, :m1)),
          '23514 major_incident_review incident', 'unlinking the only problem of a closed major incident fails at commit');
SELECT is((SELECT count(*) FROM ims.problem_incident WHERE org_id = :org AND incident_id = :m1), 1::bigint, 'the link is still there');
SELECT is(test_helpers.violation_at_commit(format(
          'DELETE FROM ims.problem_incident WHERE org_id = %s AND problem_id = %s AND incident_id = %s', :org, :pm, :m2)),
          'no error', 'unlinking another incident of the problem is fine');
SELECT is(test_helpers.violation_at_commit(format('DELETE FROM ims.problem WHERE org_id = %s AND id = %s', :org, :pm)),
          '23514 major_incident_review incident', 'deleting the problem (links cascade) fails at commit');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :i2, $$is_major = true, post_incident_review = 'Late review.'$$)),
          '23514 major_incident_review incident', 'declaring a closed incident major without a linked problem fails at commit');
SELECT is((SELECT count(*) FROM ims.problem_incident WHERE org_id = :org AND problem_id = :pm) || ' ' || pg_temp.col(:org, :i2, 'is_major'),
          '1 false', 'the problem, its link and the closed incident are unchanged');

-- ---------------------------------------------------------------------------
-- tenant_immutable and cross-organization links
INSERT INTO ims.ci (org_id, name, ci_class) VALUES (:org, 'srv-a', 'server') RETURNING id AS ca \gset
INSERT INTO ims.ci (org_id, name, ci_class) VALUES (:org2, 'srv-b', 'server') RETURNING id AS cb \gset
INSERT INTO ims.incident_ci (org_id, incident_id, ci_id) VALUES (:org, :i1, :ca);
SELECT is(test_helpers.violation(format('UPDATE ims.incident SET org_id = %s WHERE org_id = %s AND id = %s', :org2, :org, :i1)),
          '23514 tenant_immutable incident', 'an incident cannot move to another organization');
SELECT is(test_helpers.violation(format('UPDATE ims.incident_ci SET org_id = %s WHERE org_id = %s AND incident_id = %s', :org2, :org, :i1)),
          '23514 tenant_immutable incident_ci', 'an incident_ci row cannot move to another organization');
SELECT is(test_helpers.violation(format('INSERT INTO ims.incident_ci (org_id, incident_id, ci_id) VALUES (%s, %s, %s)', :org, :i1, :cb)),
          '23503 incident_ci_ci_fk incident_ci', 'an incident cannot link a CI of another organization');
SELECT is((SELECT string_agg(org_id || ':' || ci_id, ',') FROM ims.incident_ci WHERE incident_id = :i1),
          :org || ':' || :ca, 'the links are unchanged');
SELECT is(test_helpers.error_text(format('UPDATE ims.incident SET org_id = %s WHERE org_id = %s AND id = %s', :org2, :org, :i1)),
          format('23514 | a row of incident cannot move to another organization | The update changes org_id from %s to %s. | Leave org_id unchanged; create a new row in the other organization instead.', :org, :org2),
          'tenant_immutable error text');

-- ---------------------------------------------------------------------------
-- Bulk statements
INSERT INTO ims.incident (org_id, title, impact, urgency)
SELECT :org2, 'bulk', 1 + g % 4, 1 + (g / 4) % 4 FROM generate_series(1, 1000) g;
SELECT is((SELECT count(*) FILTER (WHERE x.priority = m.priority) FROM ims.incident x
           LEFT JOIN ims.priority_matrix m USING (org_id, impact, urgency) WHERE x.org_id = :org2 AND x.title = 'bulk'),
          1000::bigint, 'INSERT ... SELECT of 1,000 incidents derives every priority');
SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.incident (org_id, title, impact, urgency, priority)
            SELECT %s, 'bulk bad', 4, 4, CASE WHEN g = 777 THEN 1 END FROM generate_series(1, 1000) g$$, :org2)),
          '23514 incident_priority incident', 'INSERT ... SELECT with one bad priority is refused');
SELECT is((SELECT count(*) FROM ims.incident WHERE org_id = :org2 AND title = 'bulk bad'), 0::bigint, '... and inserts nothing');
CREATE TEMP TABLE half AS
    SELECT id FROM ims.incident WHERE org_id = :org2 AND title = 'bulk' ORDER BY id LIMIT 500;
SELECT is(test_helpers.violation(format(
          $$UPDATE ims.incident SET status = 'in_progress' WHERE org_id = %s AND id IN (SELECT id FROM half)$$, :org2)),
          'no error', 'UPDATE of 500 incidents to in_progress works');
SELECT is((SELECT count(*) FROM ims.status_history WHERE org_id = :org2 AND record_kind = 'incident'
           AND record_id IN (SELECT id FROM half) AND from_status = 'new' AND to_status = 'in_progress' AND changed_by = 'agent.t40'),
          500::bigint, '... and writes 500 status_history rows');
SELECT is(test_helpers.violation(format(
          $$UPDATE ims.incident SET status = 'resolved', resolution_code = 'fixed',
              resolution_note = CASE WHEN id = (SELECT max(id) FROM half) THEN NULL ELSE 'Fixed.' END
            WHERE org_id = %s AND id IN (SELECT id FROM half)$$, :org2)),
          '23514 incident_resolution incident', 'UPDATE of 500 where the last lacks a note is refused');
SELECT is(test_helpers.violation(format(
          $$UPDATE ims.incident SET status = 'on_hold' WHERE org_id = %s AND title = 'bulk'$$, :org2)),
          '23514 incident_transition incident', 'UPDATE of 1,000 where 500 are still new is refused');
SELECT is((SELECT string_agg(status || '=' || n, ',' ORDER BY status) FROM
              (SELECT status, count(*) n FROM ims.incident WHERE org_id = :org2 AND title = 'bulk' GROUP BY status) s),
          'in_progress=500,new=500', 'the refused bulk updates changed nothing');
SELECT is((SELECT count(*) FROM ims.status_history WHERE org_id = :org2 AND to_status IN ('resolved', 'on_hold')
           AND record_id IN (SELECT id FROM ims.incident WHERE org_id = :org2 AND title = 'bulk')),
          0::bigint, '... and wrote no status history');

-- ---------------------------------------------------------------------------
-- Milestones, touch and status history
SET ims.actor = 'ops.t40';
SELECT pg_temp.inc(:org, 'milestones') AS h1 \gset
SELECT is(pg_temp.col(:org, :h1, '(responded_at, resolved_at, closed_at, updated_at, updated_by, created_by)'),
          '(,,,,,ops.t40)', 'a new incident has no milestones and no update stamp');
SELECT is(pg_temp.hist(:org, :h1), '', 'creation writes no status history');
SELECT pg_temp.go(:org, :h1, 'in_progress') AS ignore \gset
SELECT is(pg_temp.col(:org, :h1, '(pg_temp.recent(responded_at), pg_temp.recent(updated_at), updated_by)'), '(t,t,ops.t40)',
          'first in_progress sets responded_at, updated_at and updated_by = ims.actor');
UPDATE ims.incident SET responded_at = '2020-01-01 00:00+00' WHERE org_id = :org AND id = :h1;
SET ims.actor = 'lead.t40';
SELECT pg_temp.go(:org, :h1, 'on_hold', 'in_progress', 'resolved') AS ignore \gset
SELECT is(pg_temp.col(:org, :h1, $$(responded_at = '2020-01-01 00:00+00', pg_temp.recent(resolved_at), closed_at)$$), '(t,t,)',
          'responded_at is not overwritten by a later in_progress; resolving sets resolved_at');
SELECT pg_temp.go(:org, :h1, 'closed') AS ignore \gset
SELECT is(pg_temp.col(:org, :h1, '(pg_temp.recent(closed_at), updated_by)'), '(t,lead.t40)', 'closing sets closed_at');
SELECT results_eq(
    format($$SELECT from_status, to_status, changed_by FROM ims.status_history
             WHERE org_id = %s AND record_kind = 'incident' AND record_id = %s ORDER BY id$$, :org, :h1),
    $$VALUES ('new', 'in_progress', 'ops.t40'), ('in_progress', 'on_hold', 'lead.t40'), ('on_hold', 'in_progress', 'lead.t40'),
             ('in_progress', 'resolved', 'lead.t40'), ('resolved', 'closed', 'lead.t40')$$,
    'one status_history row per status change, with from, to and changed_by');
UPDATE ims.incident SET assignee = 'someone' WHERE org_id = :org AND id = :h1;
SELECT is(pg_temp.hist(:org, :h1), 'new>in_progress in_progress>on_hold on_hold>in_progress in_progress>resolved resolved>closed',
          'an update without a status change writes no history');
RESET ims.actor;
UPDATE ims.incident SET assignee = 'someone else' WHERE org_id = :org AND id = :h1;
SELECT is(pg_temp.col(:org, :h1, 'updated_by'), session_user::text, 'without ims.actor updated_by is the session user');

-- Editing the priority matrix does not block incidents whose priority
-- inputs are untouched; out-of-range scales get the table's own check.
SELECT pg_temp.inc(:org, 'matrix edit') AS m1 \gset
UPDATE ims.priority_matrix SET priority = 5 WHERE org_id = :org AND impact = 3 AND urgency = 3;
SELECT is(test_helpers.violation(format('UPDATE ims.incident SET assignee = %L WHERE org_id = %s AND id = %s', 'x', :org, :m1)),
          'no error', 'an update that leaves impact, urgency and priority alone is accepted after a matrix edit');
SELECT is(pg_temp.col(:org, :m1, 'priority'), '4', 'and keeps the priority it had');
UPDATE ims.incident SET impact = 2 WHERE org_id = :org AND id = :m1;
UPDATE ims.incident SET impact = 3 WHERE org_id = :org AND id = :m1;
SELECT is(pg_temp.col(:org, :m1, 'priority'), '5', 'changing impact re-derives the priority from the edited matrix');
SELECT is(test_helpers.violation(format('UPDATE ims.incident SET impact = 5 WHERE org_id = %s AND id = %s', :org, :m1)),
          '23514 incident_impact_check incident', 'an impact outside 1..4 is refused by the table check, not as a missing matrix cell');

SELECT * FROM finish();
ROLLBACK;
