-- Regulatory notification deadlines (src/sql/54_regulatory.sql): the
-- built-in NIS2 and DORA regimes, deadlines from their anchors (reported_at,
-- major_declared_at and security_assessed_at, the last two set by the rules),
-- DORA's earliest-of-two rule for the initial notification, steps anchored on
-- an earlier step waiting until it is sent, the states of
-- ims.regulatory_deadlines (due, overdue, sent, sent_late, waiting), which
-- incidents a regime covers, and only for organizations subject to it.
--
-- Instants are fixed (June 2026, months before the tests run) except for one
-- incident reported an hour ago, whose deadline is still ahead: the view
-- compares with now(), so 'overdue' and 'due' need one of each.
BEGIN;
SELECT plan(31);

SET TimeZone = 'UTC';
SET ims.actor = 'agent.t52';
INSERT INTO ims.organization (code, name) VALUES ('t52', 'Test 52 bank') RETURNING org_id AS org \gset
INSERT INTO ims.organization (code, name) VALUES ('t52n', 'Test 52 NIS2 only') RETURNING org_id AS norg \gset
INSERT INTO ims.organization (code, name) VALUES ('t52x', 'Test 52 no regime') RETURNING org_id AS xorg \gset
INSERT INTO ims.organization_regime (org_id, regime) VALUES (:org, 'nis2'), (:org, 'dora'), (:norg, 'nis2');

-- An incident reported at an instant; then classified in one UPDATE.
CREATE FUNCTION pg_temp.inc(o bigint, t text, at timestamptz) RETURNS bigint LANGUAGE sql AS $$
    INSERT INTO ims.incident (org_id, title, reported_at) VALUES (o, t, at) RETURNING id $$;
CREATE FUNCTION pg_temp.classify(o bigint, i bigint, sets text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN EXECUTE format('UPDATE ims.incident SET %s WHERE org_id = %s AND id = %s', sets, o, i); END $$;
-- An incident's deadlines as 'regime step due state' lines, due in UTC (MM-DD HH24:MI) or '-'.
CREATE FUNCTION pg_temp.dl(o bigint, i bigint) RETURNS text LANGUAGE sql AS $$
    SELECT coalesce(string_agg(format('%s %s %s %s', regime, step, coalesce(to_char(due_at, 'MM-DD HH24:MI'), '-'), state),
                               '; ' ORDER BY regime, step_order), 'none')
    FROM ims.regulatory_deadlines WHERE org_id = o AND incident_id = i $$;
CREATE FUNCTION pg_temp.sent(o bigint, i bigint, r text, s text, at timestamptz) RETURNS void LANGUAGE sql AS $$
    INSERT INTO ims.regulatory_report (org_id, incident_id, regime, step, sent_at, reference)
    VALUES (o, i, r, s, at, upper(r) || '-' || i || '-' || s) $$;

-- ---------------------------------------------------------------------------
-- The built-in regimes.
SELECT is((SELECT string_agg(format('%s %s %s', code, applies_to, provenance), '; ' ORDER BY code)
           FROM ims.regulatory_regime WHERE provenance = 'builtin'),
          'dora major_incident builtin; nis2 major_security_incident builtin',
          'built in: NIS2 (major security incidents) and DORA (major incidents)');
SELECT is((SELECT string_agg(format('%s/%s/%s/%s/%s', regime, step, anchor, coalesce(anchor_step, '-'), time_limit), ' ' ORDER BY regime, step_order, anchor)
           FROM ims.regulatory_deadline WHERE regime IN ('nis2', 'dora')),
          'dora/initial_notification/aware/-/24:00:00 dora/initial_notification/classified_major/-/04:00:00 dora/intermediate_report/step_sent/initial_notification/72:00:00 dora/final_report/step_sent/intermediate_report/1 mon nis2/early_warning/aware/-/24:00:00 nis2/incident_notification/aware/-/72:00:00 nis2/final_report/step_sent/incident_notification/1 mon',
          'the built-in deadlines: NIS2 24 h, 72 h, one month after the notification; DORA 4 h after classification or 24 h after awareness, 72 h, one month');
SELECT ok((SELECT bool_and(source <> '') FROM ims.regulatory_deadline) AND (SELECT bool_and(source LIKE '%(EU)%') FROM ims.regulatory_regime WHERE provenance = 'builtin'),
          'every deadline and built-in regime names its source');

-- ---------------------------------------------------------------------------
-- g1: reported 1 June 08:00, assessed as an information security incident
-- at 08:30 and declared major at 09:00 (both instants given explicitly; the
-- rules set them only when they are empty).
SELECT pg_temp.inc(:org, 'g1 ransomware', '2026-06-01 08:00+00') AS g1 \gset
SELECT pg_temp.classify(:org, :g1, $$security_class = 'incident', security_assessed_by = 'ciso', affects_availability = true,
                                     security_assessed_at = '2026-06-01 08:30+00', is_major = true, major_declared_at = '2026-06-01 09:00+00'$$) \g /dev/null
-- DORA initial: min(09:00 + 4 h, 08:00 + 24 h) = 13:00; the later steps wait.
-- NIS2: early warning 08:00 + 24 h, notification 08:00 + 72 h, final report waits.
SELECT is(pg_temp.dl(:org, :g1),
          'dora initial_notification 06-01 13:00 overdue; dora intermediate_report - waiting; dora final_report - waiting; nis2 early_warning 06-02 08:00 overdue; nis2 incident_notification 06-04 08:00 overdue; nis2 final_report - waiting',
          'g1 before any report: DORA initial 4 h after classification (the earlier of the two limits), NIS2 24 h and 72 h after awareness; later steps wait');
SELECT pg_temp.sent(:org, :g1, 'dora', 'initial_notification', '2026-06-01 12:00+00') \g /dev/null
SELECT pg_temp.sent(:org, :g1, 'nis2', 'early_warning', '2026-06-01 20:00+00') \g /dev/null
SELECT is(pg_temp.dl(:org, :g1),
          'dora initial_notification 06-01 13:00 sent; dora intermediate_report 06-04 12:00 overdue; dora final_report - waiting; nis2 early_warning 06-02 08:00 sent; nis2 incident_notification 06-04 08:00 overdue; nis2 final_report - waiting',
          'after the DORA initial notification (12:00), the intermediate report is due 72 h later; early warning sent in time');
SELECT pg_temp.sent(:org, :g1, 'nis2', 'incident_notification', '2026-06-04 09:00+00') \g /dev/null
SELECT is(pg_temp.dl(:org, :g1),
          'dora initial_notification 06-01 13:00 sent; dora intermediate_report 06-04 12:00 overdue; dora final_report - waiting; nis2 early_warning 06-02 08:00 sent; nis2 incident_notification 06-04 08:00 sent_late; nis2 final_report 07-04 09:00 overdue',
          'NIS2 notification sent an hour late: sent_late; the final report is due one month after it was sent');
SELECT pg_temp.sent(:org, :g1, 'dora', 'intermediate_report', '2026-06-03 10:00+00') \g /dev/null
SELECT is(pg_temp.dl(:org, :g1),
          'dora initial_notification 06-01 13:00 sent; dora intermediate_report 06-04 12:00 sent; dora final_report 07-03 10:00 overdue; nis2 early_warning 06-02 08:00 sent; nis2 incident_notification 06-04 08:00 sent_late; nis2 final_report 07-04 09:00 overdue',
          'DORA intermediate report sent: the final report is due one month later');
SELECT is((SELECT string_agg(format('%s %s %s', step, to_char(sent_at, 'MM-DD HH24:MI'), reference), '; ' ORDER BY step_order)
           FROM ims.regulatory_deadlines WHERE org_id = :org AND incident_id = :g1 AND regime = 'nis2'),
          format('early_warning 06-01 20:00 NIS2-%s-early_warning; incident_notification 06-04 09:00 NIS2-%s-incident_notification; final_report  ', :g1, :g1),
          'the view shows when each report was sent and the authority''s reference');
SELECT ok((SELECT bool_and(hours_left < 0) FROM ims.regulatory_deadlines WHERE org_id = :org AND incident_id = :g1 AND state = 'overdue'),
          'hours_left is negative when overdue');
SELECT is((SELECT count(*) FROM ims.regulatory_deadlines WHERE org_id = :org AND incident_id = :g1 AND state = 'waiting' AND hours_left IS NULL), 0::bigint,
          'no step of g1 is waiting any more');
SELECT is((SELECT title FROM ims.regulatory_deadlines WHERE org_id = :org AND incident_id = :g1 LIMIT 1), 'g1 ransomware', 'the view carries the title');

-- g2: declared major only the next morning: DORA's 24 h after awareness comes first.
SELECT pg_temp.inc(:org, 'g2 outage', '2026-06-01 08:00+00') AS g2 \gset
SELECT pg_temp.classify(:org, :g2, $$is_major = true, major_declared_at = '2026-06-02 07:00+00'$$) \g /dev/null
SELECT is(pg_temp.dl(:org, :g2),
          'dora initial_notification 06-02 08:00 overdue; dora intermediate_report - waiting; dora final_report - waiting',
          'g2 (major, not security): DORA only; initial due at the earlier of 06-02 11:00 (4 h after classification) and 06-02 08:00 (24 h after awareness)');
SELECT pg_temp.sent(:org, :g2, 'dora', 'initial_notification', '2026-06-02 09:00+00') \g /dev/null
SELECT is(pg_temp.dl(:org, :g2),
          'dora initial_notification 06-02 08:00 sent_late; dora intermediate_report 06-05 09:00 overdue; dora final_report - waiting',
          'g2: initial sent at 09:00 is late; the intermediate report counts from when it was sent');

-- g3: a major incident reported an hour ago, declared major now (by the rules).
SELECT pg_temp.inc(:org, 'g3 trading halt', now() - interval '1 hour') AS g3 \gset
SELECT pg_temp.classify(:org, :g3, 'is_major = true') \g /dev/null
SELECT ok((SELECT major_declared_at BETWEEN now() AND clock_timestamp() FROM ims.incident WHERE org_id = :org AND id = :g3),
          'major_declared_at is set by the rules when is_major becomes true');
SELECT is((SELECT format('%s %s', d.state, d.due_at = i.major_declared_at + interval '4 hours')
           FROM ims.regulatory_deadlines d JOIN ims.incident i ON i.org_id = d.org_id AND i.id = d.incident_id
           WHERE d.org_id = :org AND d.incident_id = :g3 AND d.step = 'initial_notification'),
          'due t', 'g3: DORA initial notification due 4 h after classification, still ahead: due');
SELECT ok((SELECT hours_left BETWEEN 3.9 AND 4.1 FROM ims.regulatory_deadlines
           WHERE org_id = :org AND incident_id = :g3 AND step = 'initial_notification'),
          'g3: about 4 hours left');
UPDATE ims.incident SET major_declared_at = major_declared_at - interval '1 minute' WHERE org_id = :org AND id = :g3;
SELECT is((SELECT to_char(d.due_at - i.major_declared_at, 'HH24:MI')
           FROM ims.regulatory_deadlines d JOIN ims.incident i ON i.org_id = d.org_id AND i.id = d.incident_id
           WHERE d.org_id = :org AND d.incident_id = :g3 AND d.step = 'initial_notification'),
          '04:00', 'the deadline follows its anchor');

-- Scope.
SELECT pg_temp.inc(:org, 'g4 phishing', '2026-06-01 10:00+00') AS g4 \gset
SELECT pg_temp.classify(:org, :g4, $$security_class = 'incident', security_assessed_by = 'ciso', affects_confidentiality = true,
                                     security_assessed_at = '2026-06-01 10:00+00'$$) \g /dev/null
SELECT is(pg_temp.dl(:org, :g4), 'none', 'g4, a security incident that is not major: neither NIS2 nor DORA here');
SELECT ok((SELECT security_assessed_at = '2026-06-01 10:00+00' FROM ims.incident WHERE org_id = :org AND id = :g4), 'g4 assessed at 10:00');
SELECT pg_temp.inc(:org, 'g5 suspicious login', '2026-06-01 10:00+00') AS g5 \gset
SELECT pg_temp.classify(:org, :g5, $$security_class = 'event', is_major = true, major_declared_at = '2026-06-01 10:00+00'$$) \g /dev/null
SELECT is((SELECT string_agg(DISTINCT regime, ' ') FROM ims.regulatory_deadlines WHERE org_id = :org AND incident_id = :g5), 'dora',
          'g5, a major security event (not an incident): DORA only');
SELECT pg_temp.inc(:org, 'g6 printer', '2026-06-01 10:00+00') AS g6 \gset
SELECT is(pg_temp.dl(:org, :g6), 'none', 'g6, an ordinary incident: no regime');
SELECT pg_temp.classify(:org, :g6, $$is_major = true$$) \g /dev/null
SELECT is((SELECT count(*) FROM ims.regulatory_deadlines WHERE org_id = :org AND incident_id = :g6), 3::bigint,
          'g6 declared major later: the three DORA steps appear');

-- Only for organizations subject to a regime.
SELECT pg_temp.inc(:norg, 'n1', '2026-06-01 08:00+00') AS n1 \gset
SELECT pg_temp.classify(:norg, :n1, $$security_class = 'incident', security_assessed_by = 'ciso', affects_integrity = true,
                                      is_major = true, major_declared_at = '2026-06-01 09:00+00'$$) \g /dev/null
SELECT is(pg_temp.dl(:norg, :n1),
          'nis2 early_warning 06-02 08:00 overdue; nis2 incident_notification 06-04 08:00 overdue; nis2 final_report - waiting',
          'an organization subject to NIS2 only: NIS2 steps only');
SELECT pg_temp.inc(:xorg, 'x1', '2026-06-01 08:00+00') AS x1 \gset
SELECT pg_temp.classify(:xorg, :x1, $$security_class = 'incident', security_assessed_by = 'ciso', affects_integrity = true, is_major = true$$) \g /dev/null
SELECT is(pg_temp.dl(:xorg, :x1), 'none', 'an organization subject to no regime: nothing');
SELECT is(test_helpers.violation(format($$INSERT INTO ims.regulatory_report (org_id, incident_id, regime, step) VALUES (%s, %s, 'dora', 'initial_notification')$$, :norg, :n1)),
          '23503 regulatory_report_regime_fk regulatory_report', 'a report under a regime the organization is not subject to is refused');
SELECT is(test_helpers.violation(format($$INSERT INTO ims.regulatory_report (org_id, incident_id, regime, step) VALUES (%s, %s, 'nis2', 'early_warning')$$, :org, :g1)),
          '23505 regulatory_report_key regulatory_report', 'a step is reported once per incident and regime');

-- ---------------------------------------------------------------------------
-- A regime of the user's own: a national CSIRT wanting notice 12 h after
-- the security assessment, and 2 h after a security incident becomes major.
INSERT INTO ims.regulatory_regime (code, name, applies_to, source)
VALUES ('acme_csirt', 'ACME national CSIRT', 'security_incident', 'ACME CSIRT circular 7/2026');
INSERT INTO ims.regulatory_deadline (regime, step, step_order, anchor, anchor_step, time_limit, source) VALUES
    ('acme_csirt', 'notice', 1, 'classified_security', NULL, '12 hours', 'circular 7/2026 section 2'),
    ('acme_csirt', 'major_notice', 2, 'classified_major', NULL, '2 hours', 'circular 7/2026 section 3');
SELECT is((SELECT provenance FROM ims.regulatory_regime WHERE code = 'acme_csirt'), 'user', 'a regime added by a user has provenance user');
SELECT is(pg_temp.dl(:org, :g4), 'none', 'not subject to it yet: nothing');
INSERT INTO ims.organization_regime (org_id, regime) VALUES (:org, 'acme_csirt');
SELECT is(pg_temp.dl(:org, :g4), 'acme_csirt notice 06-01 22:00 overdue; acme_csirt major_notice - waiting',
          'anchored on security_assessed_at (10:00 + 12 h); a step anchored on major_declared_at waits while the incident is not major');
SELECT is((SELECT string_agg(format('%s %s', step, to_char(due_at, 'MM-DD HH24:MI')), '; ' ORDER BY step_order)
           FROM ims.regulatory_deadlines WHERE org_id = :org AND incident_id = :g1 AND regime = 'acme_csirt'),
          'notice 06-01 20:30; major_notice 06-01 11:00', 'g1 under the user regime: 08:30 + 12 h and 09:00 + 2 h');
SELECT is(test_helpers.violation($$INSERT INTO ims.regulatory_deadline (regime, step, step_order, anchor, time_limit, source)
                                   VALUES ('acme_csirt', 'x', 3, 'step_sent', '1 day', 'x')$$),
          '23514 regulatory_deadline_anchor_step_check regulatory_deadline', 'a step_sent anchor needs the step it waits for');

SELECT * FROM finish();
ROLLBACK;
