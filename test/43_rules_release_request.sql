-- The rules of ims.release and ims.service_request (issue 4):
-- release_transition, release_changes_approved (checked at commit) and
-- service_request_transition, with the milestones they set (deployed_at,
-- fulfilled_at, closed_at) and the status history they write.  Every rule
-- both ways: the compliant path works, and every way to break it raises
-- SQLSTATE 23514 with the rule name as constraint name and the register as
-- table name, and leaves nothing behind.
BEGIN;
SELECT plan(92);

SET ims.actor = 'release.rita';

-- A milestone recorded by the rules in this transaction: at clock time, not before it began.
CREATE FUNCTION pg_temp.recent(ts timestamptz) RETURNS boolean
LANGUAGE sql AS $$ SELECT coalesce(ts BETWEEN now() AND clock_timestamp(), false) $$;

INSERT INTO ims.organization (code, name) VALUES ('t43', 'Test 43') RETURNING org_id AS org \gset
INSERT INTO ims.ci (org_id, name, ci_class) VALUES (:org, 'web', 'application') RETURNING id AS ci \gset
INSERT INTO ims.service (org_id, name) VALUES (:org, 'Web shop') RETURNING id AS svc \gset

-- Helpers: UPDATE statements for one row, and the status of a row.
CREATE FUNCTION pg_temp.rel(p_org bigint, p_id bigint, p_set text) RETURNS text
LANGUAGE sql AS $$ SELECT format('UPDATE ims.release SET %s WHERE org_id = %s AND id = %s', p_set, p_org, p_id) $$;
CREATE FUNCTION pg_temp.req(p_org bigint, p_id bigint, p_set text) RETURNS text
LANGUAGE sql AS $$ SELECT format('UPDATE ims.service_request SET %s WHERE org_id = %s AND id = %s', p_set, p_org, p_id) $$;
CREATE FUNCTION pg_temp.rel_status(p_org bigint, p_id bigint) RETURNS text
LANGUAGE sql AS $$ SELECT status FROM ims.release WHERE org_id = p_org AND id = p_id $$;
CREATE FUNCTION pg_temp.req_status(p_org bigint, p_id bigint) RETURNS text
LANGUAGE sql AS $$ SELECT status FROM ims.service_request WHERE org_id = p_org AND id = p_id $$;
-- A normal change with one CI, in draft; moved to submitted or approved on request.
CREATE FUNCTION pg_temp.change_in(p_org bigint, p_title text, p_ci bigint, p_status text) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    v bigint;
BEGIN
    INSERT INTO ims.change (org_id, title, requested_by) VALUES (p_org, p_title, 'dev.dan') RETURNING id INTO v;
    INSERT INTO ims.change_ci (org_id, change_id, ci_id) VALUES (p_org, v, p_ci);
    IF p_status IN ('submitted', 'approved') THEN
        UPDATE ims.change SET status = 'submitted' WHERE org_id = p_org AND id = v;
    END IF;
    IF p_status = 'approved' THEN
        UPDATE ims.change SET status = 'approved', approved_by = 'cab.bob', risk_level = 'low',
               security_impact_assessment = 'Assessed.' WHERE org_id = p_org AND id = v;
    END IF;
    RETURN v;
END $$;
-- A release moved from planned to tested.
CREATE FUNCTION pg_temp.tested_release(p_org bigint, p_name text) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    v bigint;
BEGIN
    INSERT INTO ims.release (org_id, name) VALUES (p_org, p_name) RETURNING id INTO v;
    UPDATE ims.release SET status = 'built' WHERE org_id = p_org AND id = v;
    UPDATE ims.release SET status = 'tested' WHERE org_id = p_org AND id = v;
    RETURN v;
END $$;

-- ---------------------------------------------------------------------------
-- release_transition: planned -> built -> tested -> deployed -> closed.
SELECT pg_temp.change_in(:org, 'Release 1 change A', :ci, 'approved') AS ca \gset
SELECT pg_temp.change_in(:org, 'Release 1 change B', :ci, 'approved') AS cb \gset
INSERT INTO ims.release (org_id, name) VALUES (:org, 'R1') RETURNING id AS r1, status AS r1_status \gset
INSERT INTO ims.release_change (org_id, release_id, change_id) VALUES (:org, :r1, :ca), (:org, :r1, :cb);
SET CONSTRAINTS ALL IMMEDIATE;
SET CONSTRAINTS ALL DEFERRED;
SELECT is(:'r1_status'::text, 'planned', 'a release starts as planned');
SELECT is(test_helpers.violation(pg_temp.rel(:org, :r1, $$status = 'deployed'$$)),
          '23514 release_transition release', 'planned -> deployed is refused');
SELECT is(test_helpers.violation(pg_temp.rel(:org, :r1, $$status = 'tested'$$)),
          '23514 release_transition release', 'planned -> tested is refused');
SELECT is(test_helpers.violation(pg_temp.rel(:org, :r1, $$status = 'closed'$$)),
          '23514 release_transition release', 'planned -> closed is refused');
SELECT is((SELECT row(status, deployed_at)::text FROM ims.release WHERE org_id = :org AND id = :r1),
          row('planned', NULL)::text, '... and the release stays planned, never deployed');
SELECT is(test_helpers.violation(pg_temp.rel(:org, :r1, $$status = 'built'$$)), 'no error', 'planned -> built');
SELECT is(test_helpers.violation(pg_temp.rel(:org, :r1, $$status = 'planned'$$)),
          '23514 release_transition release', 'built -> planned is refused');
SELECT is(test_helpers.violation(pg_temp.rel(:org, :r1, $$status = 'tested'$$)), 'no error', 'built -> tested');
SELECT is(test_helpers.violation(pg_temp.rel(:org, :r1, $$status = 'built'$$)),
          '23514 release_transition release', 'tested -> built is refused');
SELECT is(test_helpers.violation_at_commit(pg_temp.rel(:org, :r1, $$status = 'deployed'$$)), 'no error',
          'tested -> deployed with every change approved commits');
SELECT ok((SELECT pg_temp.recent(deployed_at) FROM ims.release WHERE org_id = :org AND id = :r1), 'deployed_at is set on deployment');
SELECT is(test_helpers.violation(pg_temp.rel(:org, :r1, $$status = 'cancelled'$$)),
          '23514 release_transition release', 'deployed -> cancelled is refused');
SELECT is(test_helpers.violation(pg_temp.rel(:org, :r1, $$status = 'tested'$$)),
          '23514 release_transition release', 'deployed -> tested is refused');
SELECT is(test_helpers.violation_at_commit(pg_temp.rel(:org, :r1, $$status = 'closed'$$)), 'no error', 'deployed -> closed');
SELECT has_column('ims', 'release', 'closed_at', 'ims.release has closed_at');
SELECT ok((SELECT pg_temp.recent((to_jsonb(r) ->> 'closed_at')::timestamptz) FROM ims.release r WHERE org_id = :org AND id = :r1),
          'closed_at is set on closure');
SELECT is(test_helpers.violation(pg_temp.rel(:org, :r1, $$status = 'deployed'$$)),
          '23514 release_transition release', 'closed -> deployed is refused');
SELECT is(test_helpers.violation(pg_temp.rel(:org, :r1, $$status = 'cancelled'$$)),
          '23514 release_transition release', 'closed -> cancelled is refused');
SELECT is(test_helpers.violation(pg_temp.rel(:org, :r1, $$status = 'planned'$$)),
          '23514 release_transition release', 'closed -> planned is refused');
SELECT is(pg_temp.rel_status(:org, :r1), 'closed', '... and the release stays closed');
SELECT results_eq(
    format($$SELECT from_status, to_status, changed_by FROM ims.status_history
             WHERE org_id = %s AND record_kind = 'release' AND record_id = %s AND from_status <> '' ORDER BY id$$, :org, :r1),
    $$VALUES ('planned', 'built', 'release.rita'), ('built', 'tested', 'release.rita'),
             ('tested', 'deployed', 'release.rita'), ('deployed', 'closed', 'release.rita')$$,
    'one status_history row per status change of the release, none for refused steps');
SELECT is((SELECT updated_by FROM ims.release WHERE org_id = :org AND id = :r1), 'release.rita', 'updated_by is the acting user');

-- Creation and cancellation.
SELECT is(test_helpers.violation(format($$INSERT INTO ims.release (org_id, name, status) VALUES (%s, 'Born built', 'built')$$, :org)),
          '23514 release_transition release', 'a release cannot be created as built');
SELECT is(test_helpers.violation(format($$INSERT INTO ims.release (org_id, name, status) VALUES (%s, 'Born deployed', 'deployed')$$, :org)),
          '23514 release_transition release', 'a release cannot be created as deployed');
SELECT is((SELECT count(*)::int FROM ims.release WHERE org_id = :org AND name LIKE 'Born %'), 0, '... and neither exists');
INSERT INTO ims.release (org_id, name) VALUES (:org, 'Cancel planned') RETURNING id AS rc1 \gset
INSERT INTO ims.release (org_id, name, status) VALUES (:org, 'Cancel built', 'planned') RETURNING id AS rc2 \gset
UPDATE ims.release SET status = 'built' WHERE org_id = :org AND id = :rc2;
SELECT pg_temp.tested_release(:org, 'Cancel tested') AS rc3 \gset
SELECT is(test_helpers.violation(pg_temp.rel(:org, :rc1, $$status = 'cancelled'$$)), 'no error', 'planned -> cancelled');
SELECT is(test_helpers.violation(pg_temp.rel(:org, :rc2, $$status = 'cancelled'$$)), 'no error', 'built -> cancelled');
SELECT is(test_helpers.violation(pg_temp.rel(:org, :rc3, $$status = 'cancelled'$$)), 'no error', 'tested -> cancelled');
SELECT is(test_helpers.violation(pg_temp.rel(:org, :rc3, $$status = 'planned'$$)),
          '23514 release_transition release', 'cancelled -> planned is refused');
SELECT is(test_helpers.violation(pg_temp.rel(:org, :rc3, $$status = 'deployed'$$)),
          '23514 release_transition release', 'cancelled -> deployed is refused');
SELECT is((SELECT string_agg(status || ' ' || coalesce(to_jsonb(r) ->> 'closed_at', '-') || ' ' || coalesce(deployed_at::text, '-'), ', ' ORDER BY id)
           FROM ims.release r WHERE org_id = :org AND id IN (:rc1, :rc2, :rc3)),
          'cancelled - -, cancelled - -, cancelled - -', 'cancelled releases have neither deployed_at nor closed_at');
INSERT INTO ims.release (org_id, name) VALUES (:org, 'Movable') RETURNING id AS rmv \gset
SELECT is(test_helpers.violation(format($$UPDATE ims.release SET status = 'built' WHERE org_id = %s AND id IN (%s, %s)$$, :org, :rmv, :rc1)),
          '23514 release_transition release', 'a bulk UPDATE of two releases, one cancelled, to built is refused');
SELECT is((SELECT string_agg(status, ',' ORDER BY id) FROM ims.release WHERE org_id = :org AND id IN (:rmv, :rc1)),
          'cancelled,planned', '... and neither release changed');

-- ---------------------------------------------------------------------------
-- release_changes_approved (at commit).
SELECT pg_temp.tested_release(:org, 'Empty') AS r_empty \gset
SELECT is(test_helpers.violation_at_commit(pg_temp.rel(:org, :r_empty, $$status = 'deployed'$$)),
          '23514 release_changes_approved release', 'deploying a release without changes is refused at commit');
SELECT is((SELECT row(status, deployed_at)::text FROM ims.release WHERE org_id = :org AND id = :r_empty),
          row('tested', NULL)::text, '... and the release stays tested');

SELECT pg_temp.change_in(:org, 'Draft change', :ci, 'draft') AS c_draft \gset
SELECT pg_temp.change_in(:org, 'Submitted change', :ci, 'submitted') AS c_sub \gset
SELECT pg_temp.change_in(:org, 'Approved change 1', :ci, 'approved') AS c_ok1 \gset
SELECT pg_temp.change_in(:org, 'Approved change 2', :ci, 'approved') AS c_ok2 \gset
SELECT pg_temp.change_in(:org, 'Approved change 3', :ci, 'approved') AS c_ok3 \gset
SELECT pg_temp.tested_release(:org, 'R2') AS r2 \gset
INSERT INTO ims.release_change (org_id, release_id, change_id) VALUES (:org, :r2, :c_ok1), (:org, :r2, :c_draft);
SET CONSTRAINTS ALL IMMEDIATE;
SET CONSTRAINTS ALL DEFERRED;
SELECT is(test_helpers.violation_at_commit(pg_temp.rel(:org, :r2, $$status = 'deployed'$$)),
          '23514 release_changes_approved release', 'deploying a release with a change in draft is refused at commit');
SELECT matches(test_helpers.error_text(pg_temp.rel(:org, :r2, $$status = 'deployed'$$)),
          format('^23514 \| release %s cannot be deployed while change %s is not approved \| Change %s is "draft"', :r2, :c_draft, :c_draft),
          'the message names the release and the change that is not approved');
SELECT is(pg_temp.rel_status(:org, :r2), 'tested', '... and the release stays tested');
UPDATE ims.change SET status = 'submitted' WHERE org_id = :org AND id = :c_draft;
SELECT is(test_helpers.violation_at_commit(pg_temp.rel(:org, :r2, $$status = 'deployed'$$)),
          '23514 release_changes_approved release', 'deploying a release with a change in submitted is refused at commit');
SELECT matches(test_helpers.error_text(pg_temp.rel(:org, :r2, $$status = 'deployed'$$)),
          format('while change %s is not approved \| Change %s is "submitted"', :c_draft, :c_draft),
          '... and the message names the submitted change');
SELECT is((SELECT row(status, deployed_at)::text FROM ims.release WHERE org_id = :org AND id = :r2),
          row('tested', NULL)::text, '... and the release stays tested, never deployed');
UPDATE ims.change SET status = 'approved', approved_by = 'cab.bob', risk_level = 'low', security_impact_assessment = 'Assessed.'
WHERE org_id = :org AND id = :c_draft;
SELECT is(test_helpers.violation_at_commit(pg_temp.rel(:org, :r2, $$status = 'deployed'$$)), 'no error',
          'once every change is approved the deployment commits');

-- Changes later than approved count as approved.
SELECT pg_temp.change_in(:org, 'Scheduled change', :ci, 'approved') AS c_sched \gset
UPDATE ims.change SET status = 'scheduled', planned_start = now() + interval '1 day', planned_end = now() + interval '1 day 1 hour'
WHERE org_id = :org AND id = :c_sched;
SELECT pg_temp.tested_release(:org, 'R3') AS r3 \gset
INSERT INTO ims.release_change (org_id, release_id, change_id) VALUES (:org, :r3, :c_sched), (:org, :r3, :c_ok2);
SELECT is(test_helpers.violation_at_commit(pg_temp.rel(:org, :r3, $$status = 'deployed'$$)), 'no error',
          'a release with an approved and a scheduled change deploys');

-- Adding a change that is not approved to a deployed release.
SELECT is(test_helpers.violation_at_commit(format('INSERT INTO ims.release_change (org_id, release_id, change_id) VALUES (%s, %s, %s)',
                                                  :org, :r3, :c_sub)),
          '23514 release_changes_approved release', 'adding a submitted change to a deployed release is refused at commit');
SELECT pg_temp.change_in(:org, 'Late draft', :ci, 'draft') AS c_late \gset
SET CONSTRAINTS ALL IMMEDIATE;
SET CONSTRAINTS ALL DEFERRED;
SELECT is(test_helpers.violation_at_commit(format('INSERT INTO ims.release_change (org_id, release_id, change_id) VALUES (%s, %s, %s)',
                                                  :org, :r3, :c_late)),
          '23514 release_changes_approved release', 'adding a draft change to a deployed release is refused at commit');
SELECT is((SELECT count(*)::int FROM ims.release_change WHERE org_id = :org AND release_id = :r3), 2,
          '... and the deployed release still has its two changes');
SELECT is(test_helpers.violation_at_commit(format('INSERT INTO ims.release_change (org_id, release_id, change_id) VALUES (%s, %s, %s)',
                                                  :org, :r3, :c_ok3)),
          'no error', 'adding an approved change to a deployed release works');

-- Cancelling an approved change of a deployed release.
SELECT is(test_helpers.violation_at_commit(format($$UPDATE ims.change SET status = 'cancelled' WHERE org_id = %s AND id = %s$$, :org, :c_ok2)),
          '23514 release_changes_approved release', 'cancelling an approved change in a deployed release is refused at commit');
SELECT is((SELECT status FROM ims.change WHERE org_id = :org AND id = :c_ok2), 'approved', '... and the change stays approved');
SELECT is(test_helpers.violation_at_commit(format($$UPDATE ims.change SET status = 'cancelled' WHERE org_id = %s AND id = %s$$, :org, :c_sched)),
          '23514 release_changes_approved release', 'cancelling a scheduled change in a deployed release is refused at commit');
SELECT is(test_helpers.violation_at_commit(format($$UPDATE ims.change SET status = 'cancelled' WHERE org_id = %s AND id = %s$$, :org, :ca)),
          '23514 release_changes_approved release', 'cancelling an approved change of a closed release is refused at commit');
SELECT pg_temp.change_in(:org, 'In a planned release', :ci, 'approved') AS c_free \gset
INSERT INTO ims.release (org_id, name) VALUES (:org, 'R4 planned') RETURNING id AS r4 \gset
INSERT INTO ims.release_change (org_id, release_id, change_id) VALUES (:org, :r4, :c_free);
SET CONSTRAINTS ALL IMMEDIATE;
SET CONSTRAINTS ALL DEFERRED;
SELECT is(test_helpers.violation_at_commit(format($$UPDATE ims.change SET status = 'cancelled' WHERE org_id = %s AND id = %s$$, :org, :c_free)),
          'no error', 'cancelling an approved change of a release not yet deployed works');

-- Emptying a deployed release.
SELECT is(test_helpers.violation_at_commit(format('DELETE FROM ims.release_change WHERE org_id = %s AND release_id = %s', :org, :r3)),
          '23514 release_changes_approved release', 'removing every change from a deployed release is refused at commit');
SELECT is((SELECT count(*)::int FROM ims.release_change WHERE org_id = :org AND release_id = :r3), 3,
          '... and the release keeps its changes');

-- Bulk: deploying several releases at once, one with an unapproved change.
SELECT pg_temp.tested_release(:org, 'Bulk A') AS rba \gset
SELECT pg_temp.tested_release(:org, 'Bulk B') AS rbb \gset
SELECT pg_temp.change_in(:org, 'Bulk A change', :ci, 'approved') AS cba \gset
SELECT pg_temp.change_in(:org, 'Bulk B change', :ci, 'submitted') AS cbb \gset
INSERT INTO ims.release_change (org_id, release_id, change_id) VALUES (:org, :rba, :cba), (:org, :rbb, :cbb);
SET CONSTRAINTS ALL IMMEDIATE;
SET CONSTRAINTS ALL DEFERRED;
SELECT is(test_helpers.violation_at_commit(format($$UPDATE ims.release SET status = 'deployed' WHERE org_id = %s AND name LIKE 'Bulk %%'$$, :org)),
          '23514 release_changes_approved release', 'a bulk UPDATE deploying two releases, one with a submitted change, is refused');
SELECT is((SELECT string_agg(status, ',' ORDER BY name) FROM ims.release WHERE org_id = :org AND name LIKE 'Bulk %'),
          'tested,tested', '... and neither release is deployed');

-- ---------------------------------------------------------------------------
-- service_request_transition: new -> in_progress <-> on_hold -> fulfilled -> closed.
SET ims.actor = 'desk.dora';
INSERT INTO ims.service_request (org_id, service_id, title) VALUES (:org, :svc, 'New laptop')
RETURNING id AS sr1, status AS sr1_status \gset
SELECT is(:'sr1_status'::text, 'new', 'a service request starts as new');
SELECT is(test_helpers.violation(pg_temp.req(:org, :sr1, $$status = 'fulfilled'$$)),
          '23514 service_request_transition service_request', 'new -> fulfilled is refused');
SELECT is(test_helpers.violation(pg_temp.req(:org, :sr1, $$status = 'closed'$$)),
          '23514 service_request_transition service_request', 'new -> closed is refused');
SELECT is(test_helpers.violation(pg_temp.req(:org, :sr1, $$status = 'on_hold'$$)),
          '23514 service_request_transition service_request', 'new -> on_hold is refused');
SELECT is((SELECT row(status, fulfilled_at, closed_at)::text FROM ims.service_request WHERE org_id = :org AND id = :sr1),
          row('new', NULL, NULL)::text, '... and the request stays new');
SELECT is(test_helpers.violation(pg_temp.req(:org, :sr1, $$status = 'in_progress'$$)), 'no error', 'new -> in_progress');
SELECT is(test_helpers.violation(pg_temp.req(:org, :sr1, $$status = 'on_hold'$$)), 'no error', 'in_progress -> on_hold');
SELECT is(test_helpers.violation(pg_temp.req(:org, :sr1, $$status = 'fulfilled'$$)),
          '23514 service_request_transition service_request', 'on_hold -> fulfilled is refused');
SELECT is(test_helpers.violation(pg_temp.req(:org, :sr1, $$status = 'in_progress'$$)), 'no error', 'on_hold -> in_progress');
SELECT is(test_helpers.violation(pg_temp.req(:org, :sr1, $$status = 'new'$$)),
          '23514 service_request_transition service_request', 'in_progress -> new is refused');
SELECT is(test_helpers.violation(pg_temp.req(:org, :sr1, $$status = 'closed'$$)),
          '23514 service_request_transition service_request', 'in_progress -> closed is refused');
SELECT is(test_helpers.violation(pg_temp.req(:org, :sr1, $$status = 'fulfilled'$$)), 'no error', 'in_progress -> fulfilled');
SELECT is((SELECT row(pg_temp.recent(fulfilled_at), closed_at)::text FROM ims.service_request WHERE org_id = :org AND id = :sr1),
          row(true, NULL)::text, 'fulfilled_at is set on fulfilment');
SELECT is(test_helpers.violation(pg_temp.req(:org, :sr1, $$status = 'in_progress'$$)),
          '23514 service_request_transition service_request', 'fulfilled -> in_progress is refused');
SELECT is(test_helpers.violation(pg_temp.req(:org, :sr1, $$status = 'cancelled'$$)),
          '23514 service_request_transition service_request', 'fulfilled -> cancelled is refused');
SELECT is(test_helpers.violation(pg_temp.req(:org, :sr1, $$status = 'closed'$$)), 'no error', 'fulfilled -> closed');
SELECT ok((SELECT pg_temp.recent(closed_at) FROM ims.service_request WHERE org_id = :org AND id = :sr1), 'closed_at is set on closure');
SELECT is(test_helpers.violation(pg_temp.req(:org, :sr1, $$status = 'in_progress'$$)),
          '23514 service_request_transition service_request', 'closed -> in_progress is refused');
SELECT is(test_helpers.violation(pg_temp.req(:org, :sr1, $$status = 'cancelled'$$)),
          '23514 service_request_transition service_request', 'closed -> cancelled is refused');
SELECT is(pg_temp.req_status(:org, :sr1), 'closed', '... and the request stays closed');
SELECT results_eq(
    format($$SELECT from_status, to_status, changed_by FROM ims.status_history
             WHERE org_id = %s AND record_kind = 'service_request' AND record_id = %s AND from_status <> '' ORDER BY id$$, :org, :sr1),
    $$VALUES ('new', 'in_progress', 'desk.dora'), ('in_progress', 'on_hold', 'desk.dora'), ('on_hold', 'in_progress', 'desk.dora'),
             ('in_progress', 'fulfilled', 'desk.dora'), ('fulfilled', 'closed', 'desk.dora')$$,
    'one status_history row per status change of the request, none for refused steps');
SELECT is((SELECT updated_by FROM ims.service_request WHERE org_id = :org AND id = :sr1), 'desk.dora', 'updated_by is the acting user');

-- Cancellation from new, in_progress and on_hold.
INSERT INTO ims.service_request (org_id, title) VALUES (:org, 'Cancel new') RETURNING id AS sc1 \gset
INSERT INTO ims.service_request (org_id, title) VALUES (:org, 'Cancel in progress') RETURNING id AS sc2 \gset
INSERT INTO ims.service_request (org_id, title) VALUES (:org, 'Cancel on hold') RETURNING id AS sc3 \gset
UPDATE ims.service_request SET status = 'in_progress' WHERE org_id = :org AND id IN (:sc2, :sc3);
UPDATE ims.service_request SET status = 'on_hold' WHERE org_id = :org AND id = :sc3;
SELECT is(test_helpers.violation(pg_temp.req(:org, :sc1, $$status = 'cancelled'$$)), 'no error', 'new -> cancelled');
SELECT is(test_helpers.violation(pg_temp.req(:org, :sc2, $$status = 'cancelled'$$)), 'no error', 'in_progress -> cancelled');
SELECT is(test_helpers.violation(pg_temp.req(:org, :sc3, $$status = 'cancelled'$$)), 'no error', 'on_hold -> cancelled');
SELECT is(test_helpers.violation(pg_temp.req(:org, :sc1, $$status = 'new'$$)),
          '23514 service_request_transition service_request', 'cancelled -> new is refused');
SELECT is(test_helpers.violation(pg_temp.req(:org, :sc2, $$status = 'in_progress'$$)),
          '23514 service_request_transition service_request', 'cancelled -> in_progress is refused');
SELECT is((SELECT string_agg(status || ' ' || coalesce(fulfilled_at::text, '-') || ' ' || coalesce(closed_at::text, '-'), ', ' ORDER BY id)
           FROM ims.service_request WHERE org_id = :org AND id IN (:sc1, :sc2, :sc3)),
          'cancelled - -, cancelled - -, cancelled - -', 'cancelled requests stay cancelled, neither fulfilled nor closed');

-- Creation and bulk statements.
SELECT is(test_helpers.violation(format($$INSERT INTO ims.service_request (org_id, title, status) VALUES (%s, 'Born in progress', 'in_progress')$$, :org)),
          '23514 service_request_transition service_request', 'a service request cannot be created as in_progress');
SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.service_request (org_id, title, status)
            SELECT %s, 'Bulk request ' || i, CASE WHEN i = 7 THEN 'fulfilled' ELSE 'new' END FROM generate_series(1, 10) AS i$$, :org)),
          '23514 service_request_transition service_request', 'a bulk INSERT of ten requests, one created as fulfilled, is refused');
SELECT is((SELECT count(*)::int FROM ims.service_request WHERE org_id = :org AND (title LIKE 'Bulk request %' OR title = 'Born in progress')),
          0, '... and none of them exists');
INSERT INTO ims.service_request (org_id, title) SELECT :org, 'Bulk ok ' || i FROM generate_series(1, 5) AS i;
UPDATE ims.service_request SET status = 'in_progress' WHERE org_id = :org AND title = 'Bulk ok 3';
SELECT is(test_helpers.violation(format($$UPDATE ims.service_request SET status = 'on_hold' WHERE org_id = %s AND title LIKE 'Bulk ok %%'$$, :org)),
          '23514 service_request_transition service_request', 'a bulk UPDATE where four of five requests cannot move is refused');
SELECT is((SELECT string_agg(status, ',' ORDER BY title) FROM ims.service_request WHERE org_id = :org AND title LIKE 'Bulk ok %'),
          'new,new,in_progress,new,new', '... and no request changed');
SELECT is((SELECT count(*)::int FROM ims.status_history h JOIN ims.service_request r ON r.org_id = h.org_id AND r.id = h.record_id
           WHERE h.org_id = :org AND h.record_kind = 'service_request' AND r.title LIKE 'Bulk ok %' AND h.to_status = 'on_hold'),
          0, '... and no on_hold step is in the status history');
SELECT is(test_helpers.violation(format($$UPDATE ims.service_request SET status = 'in_progress' WHERE org_id = %s AND title LIKE 'Bulk ok %%' AND status = 'new'$$, :org)),
          'no error', 'a bulk UPDATE of four requests that can all move works');
SELECT is((SELECT count(*)::int FROM ims.status_history h JOIN ims.service_request r ON r.org_id = h.org_id AND r.id = h.record_id
           WHERE h.org_id = :org AND h.record_kind = 'service_request' AND r.title LIKE 'Bulk ok %' AND h.to_status = 'in_progress'),
          5, '... and each step is in the status history');

SELECT * FROM finish();
ROLLBACK;
