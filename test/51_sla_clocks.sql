-- SLA targets and clocks (src/sql/52_sla.sql): which target applies (the
-- most specific of each agreement), the response clock, the resolution clock
-- with pauses, stops and reopening, warning, breach and met, a priority or
-- service change mid-flight, a service request clock, ims.escalate_due and
-- its log, and the views ims.sla_status, ims.sla_compliance and
-- ims.service_response_times.
--
-- How the timelines are built.  The rules write a status_history row for
-- every status change, stamped with the time the rule ran; a pgTAP file runs
-- in a few milliseconds, so a realistic timeline (hours and days) cannot come
-- from real time.  Each step below is therefore made by a real UPDATE of the
-- record (the rules check the transition and write the history row), and
-- then that history row's changed_at, and the milestone the rules just set
-- (responded_at, resolved_at, closed_at), are moved to the instant of the
-- step (ims.status_history is a plain table; the test runs as superuser).  The clocks
-- read only reported_at and ims.status_history, and are asked at fixed
-- instants through their p_at argument, so every expected value is fixed and
-- computed by hand in the comments.  Only the views, which use now(), are
-- checked on records whose clocks have stopped, are paused, or were reported
-- months before now (2026 dates; the tests assume they run after July 2026).
BEGIN;
SELECT plan(76);

SET TimeZone = 'UTC';
SET ims.actor = 'agent.t51';
INSERT INTO ims.organization (code, name, incident_reopen_window) VALUES ('t51', 'Test 51', '10 years')
RETURNING org_id AS org \gset
INSERT INTO ims.organization (code, name) VALUES ('t51e', 'Test 51 escalation') RETURNING org_id AS eorg \gset
INSERT INTO ims.organization (code, name) VALUES ('t51r', 'Test 51 reporting') RETURNING org_id AS rorg \gset

-- A Berlin local time as an instant.
CREATE FUNCTION pg_temp.b(t text) RETURNS timestamptz LANGUAGE sql IMMUTABLE AS $$
    SELECT t::timestamp AT TIME ZONE 'Europe/Berlin' $$;
-- One step of a record: the real UPDATE, then its history row and milestones moved to instant at.
CREATE FUNCTION pg_temp.step(kind text, o bigint, i bigint, st text, at timestamptz, extra text DEFAULT '')
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    t0 timestamptz := clock_timestamp();
BEGIN
    EXECUTE format('UPDATE ims.%I SET status = %L%s WHERE org_id = %s AND id = %s', kind, st, extra, o, i);
    UPDATE ims.status_history SET changed_at = at
    WHERE org_id = o AND id = (SELECT max(h.id) FROM ims.status_history h
                               WHERE h.org_id = o AND h.record_kind = kind AND h.record_id = i);
    IF kind = 'incident' THEN
        UPDATE ims.incident
        SET responded_at = CASE WHEN responded_at >= least(t0, now()) THEN at ELSE responded_at END,
            resolved_at = CASE WHEN resolved_at >= least(t0, now()) THEN at ELSE resolved_at END,
            closed_at = CASE WHEN closed_at >= least(t0, now()) THEN at ELSE closed_at END
        WHERE org_id = o AND id = i;
    END IF;
    RETURN st;
END $$;
CREATE FUNCTION pg_temp.inc(o bigint, t text, at timestamptz, svc bigint DEFAULT NULL, imp int DEFAULT 3, urg int DEFAULT 3)
RETURNS bigint LANGUAGE sql AS $$
    INSERT INTO ims.incident (org_id, title, reported_at, service_id, impact, urgency, resolution_code, resolution_note)
    VALUES (o, t, at, svc, imp, urg, 'fixed', 'Fixed.') RETURNING id $$;
-- A clock at an instant, as 'state target elapsed paused remaining due stopped',
-- due and stopped in Berlin local time (Dy HH24:MI) or '-'.
CREATE FUNCTION pg_temp.clk(kind text, o bigint, i bigint, agreement text, m text, at timestamptz) RETURNS text
LANGUAGE sql AS $$
    SELECT coalesce((
        SELECT concat_ws(' ', c.state, c.target, c.elapsed, c.paused, c.remaining,
                         coalesce(to_char(c.due_at AT TIME ZONE 'Europe/Berlin', 'Dy HH24:MI'), '-'),
                         coalesce(to_char(c.stopped_at AT TIME ZONE 'Europe/Berlin', 'Dy HH24:MI'), '-'))
        FROM ims.record_clock(o, kind, i, at) c WHERE c.agreement_name = agreement AND c.metric = m), 'no clock') $$;
CREATE FUNCTION pg_temp.ic(o bigint, i bigint, agreement text, m text, at timestamptz) RETURNS text
LANGUAGE sql AS $$ SELECT pg_temp.clk('incident', o, i, agreement, m, at) $$;
-- The target ids applying to an incident now: 'agreement/metric=target_id ...'.
CREATE FUNCTION pg_temp.targets(o bigint, i bigint) RETURNS text LANGUAGE sql AS $$
    SELECT string_agg(format('%s/%s=%s', c.agreement_name, c.metric, c.target_id), ' ' ORDER BY c.agreement_name, c.metric)
    FROM ims.incident_clock(o, i, '2026-06-01 00:00+00') c $$;

-- ---------------------------------------------------------------------------
-- Calendar and targets.  'office': Berlin, Monday to Friday 09:00-17:00.
-- 2026-06-01 is a Monday.
INSERT INTO ims.calendar (org_id, name, time_zone) VALUES (:org, 'office', 'Europe/Berlin') RETURNING id AS office \gset
INSERT INTO ims.calendar_hours (org_id, calendar_id, weekday, start_time, end_time)
SELECT :org, :office, d, '09:00', '17:00' FROM generate_series(1, 5) d;
SELECT id AS c24 FROM ims.calendar WHERE org_id = :org AND name = '24x7' \gset
INSERT INTO ims.service (org_id, name) VALUES (:org, 'Mail') RETURNING id AS svc_a \gset
INSERT INTO ims.service (org_id, name) VALUES (:org, 'Web') RETURNING id AS svc_b \gset

INSERT INTO ims.sla_target (org_id, agreement_kind, agreement_name, service_id, priority, metric, target, calendar_id)
VALUES (:org, 'sla', 'Gold', NULL, NULL, 'response', '1 hour', :office) RETURNING id AS t_resp \gset
INSERT INTO ims.sla_target (org_id, agreement_kind, agreement_name, service_id, priority, metric, target, calendar_id)
VALUES (:org, 'sla', 'Gold', NULL, NULL, 'resolution', '8 hours', :office) RETURNING id AS t_res \gset
INSERT INTO ims.sla_target (org_id, agreement_kind, agreement_name, service_id, priority, metric, target, calendar_id)
VALUES (:org, 'sla', 'Gold', :svc_a, NULL, 'resolution', '6 hours', :office) RETURNING id AS t_res_a \gset
INSERT INTO ims.sla_target (org_id, agreement_kind, agreement_name, service_id, priority, metric, target, calendar_id)
VALUES (:org, 'sla', 'Gold', NULL, 1, 'resolution', '5 hours', :office) RETURNING id AS t_res_p1 \gset
INSERT INTO ims.sla_target (org_id, agreement_kind, agreement_name, service_id, priority, metric, target, calendar_id)
VALUES (:org, 'sla', 'Gold', :svc_a, 1, 'resolution', '4 hours', :office) RETURNING id AS t_res_a1 \gset
INSERT INTO ims.sla_target (org_id, agreement_kind, agreement_name, service_id, priority, metric, target, calendar_id)
VALUES (:org, 'sla', 'Gold', :svc_a, 1, 'response', '15 minutes', :office) RETURNING id AS t_resp_a1 \gset
INSERT INTO ims.sla_target (org_id, agreement_kind, agreement_name, metric, target, calendar_id, warning_pct)
VALUES (:org, 'ola', 'Network OLA', 'resolution', '24 hours', :c24, 50) RETURNING id AS t_ola \gset
INSERT INTO ims.sla_target (org_id, agreement_kind, agreement_name, metric, target, calendar_id, is_active)
VALUES (:org, 'underpinning_contract', 'Old contract', 'response', '1 minute', :c24, false) RETURNING id AS t_old \gset
INSERT INTO ims.sla_target (org_id, agreement_kind, agreement_name, record_kind, metric, target, calendar_id)
VALUES (:org, 'sla', 'Gold', 'service_request', 'resolution', '16 hours', :office) RETURNING id AS t_sr \gset
INSERT INTO ims.sla_target (org_id, agreement_kind, agreement_name, record_kind, metric, target, calendar_id)
VALUES (:org, 'sla', 'Gold', 'service_request', 'response', '4 hours', :office) RETURNING id AS t_sr_resp \gset

SELECT is((SELECT warning_pct FROM ims.sla_target WHERE org_id = :org AND id = :t_res), 75.00, 'warning_pct defaults to 75');
SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.sla_target (org_id, agreement_kind, agreement_name, metric, target, calendar_id) VALUES (%s, 'sla', 'X', 'resolution', '1 month', %s)$$,
          :org, :office)), '23514 sla_target_target_check sla_target', 'a target in months is refused');
SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.sla_target (org_id, agreement_kind, agreement_name, metric, target, calendar_id) VALUES (%s, 'sla', 'X', 'resolution', '0', %s)$$,
          :org, :office)), '23514 sla_target_target_check sla_target', 'a zero target is refused');
SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.sla_target (org_id, agreement_kind, agreement_name, metric, target, calendar_id, warning_pct) VALUES (%s, 'sla', 'X', 'resolution', '1 hour', %s, 100)$$,
          :org, :office)), '23514 sla_target_warning_check sla_target', 'a warning at 100 % is refused');
SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.sla_target (org_id, agreement_kind, agreement_name, metric, target, calendar_id) VALUES (%s, 'contract', 'X', 'resolution', '1 hour', %s)$$,
          :org, :office)), '23514 sla_target_agreement_kind_check sla_target', 'an unknown agreement kind is refused');
SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.sla_target (org_id, agreement_kind, agreement_name, metric, target, calendar_id) VALUES (%s, 'sla', 'Gold', 'response', '2 hours', %s)$$,
          :org, :office)), '23505 sla_target_key sla_target', 'a second general response target in the same agreement is refused');
SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.sla_target (org_id, agreement_kind, agreement_name, metric, target, calendar_id) VALUES (%s, 'sla', 'X', 'resolution', '1 hour', %s)$$,
          :eorg, :office)), '23503 sla_target_calendar_fk sla_target', 'a calendar of another organization is refused');

-- ---------------------------------------------------------------------------
-- The most specific target of each agreement: service and priority, then
-- service, then priority, then general.  Priorities from the default matrix:
-- impact 1 + urgency 1 -> 1; 2 + 2 -> 3; 3 + 3 -> 4.
SELECT pg_temp.inc(:org, 'A P1', pg_temp.b('2026-06-01 09:00'), :svc_a, 1, 1) AS x1 \gset
SELECT pg_temp.inc(:org, 'A P3', pg_temp.b('2026-06-01 09:00'), :svc_a, 2, 2) AS x2 \gset
SELECT pg_temp.inc(:org, 'B P1', pg_temp.b('2026-06-01 09:00'), :svc_b, 1, 1) AS x3 \gset
SELECT pg_temp.inc(:org, 'B P3', pg_temp.b('2026-06-01 09:00'), :svc_b, 2, 2) AS x4 \gset
SELECT pg_temp.inc(:org, 'none P1', pg_temp.b('2026-06-01 09:00'), NULL, 1, 1) AS x5 \gset
SELECT is(pg_temp.targets(:org, :x1), format('Gold/resolution=%s Gold/response=%s Network OLA/resolution=%s', :t_res_a1, :t_resp_a1, :t_ola),
          'service A, priority 1: the service-and-priority targets of Gold, the OLA''s general one; the inactive contract is ignored');
SELECT is(pg_temp.targets(:org, :x2), format('Gold/resolution=%s Gold/response=%s Network OLA/resolution=%s', :t_res_a, :t_resp, :t_ola),
          'service A, priority 3: the service target wins over the general one');
SELECT is(pg_temp.targets(:org, :x3), format('Gold/resolution=%s Gold/response=%s Network OLA/resolution=%s', :t_res_p1, :t_resp, :t_ola),
          'service B, priority 1: the priority target wins over the general one');
SELECT is(pg_temp.targets(:org, :x4), format('Gold/resolution=%s Gold/response=%s Network OLA/resolution=%s', :t_res, :t_resp, :t_ola),
          'service B, priority 3: the general targets');
SELECT is(pg_temp.targets(:org, :x5), format('Gold/resolution=%s Gold/response=%s Network OLA/resolution=%s', :t_res_p1, :t_resp, :t_ola),
          'no service, priority 1: the priority target');
UPDATE ims.sla_target SET is_active = false WHERE org_id = :org AND id = :t_res_a1;
SELECT is(pg_temp.targets(:org, :x1), format('Gold/resolution=%s Gold/response=%s Network OLA/resolution=%s', :t_res_a, :t_resp_a1, :t_ola),
          'with the service-and-priority target inactive, the service target (service before priority) applies');
UPDATE ims.sla_target SET is_active = true WHERE org_id = :org AND id = :t_res_a1;
SELECT is((SELECT string_agg(DISTINCT c.agreement_kind, ' ') FROM ims.incident_clock(:org, :x1, now()) c), 'ola sla',
          'each clock carries its agreement kind');
SELECT results_eq(format('SELECT target_id, metric, state, stopped_at FROM ims.incident_clock(%s, %s)', :org, :x1),
                  format('SELECT target_id, metric, state, stopped_at FROM ims.incident_clock(%s, %s, clock_timestamp())', :org, :x1),
                  'p_at defaults to the clock (the rules record status changes at clock time)');

-- ---------------------------------------------------------------------------
-- Incident i1 (service A, priority 3: Gold response 1 h, resolution 6 h), Monday 1 June:
--   09:00 reported; 09:20 in_progress; 10:00 on_hold; 11:00 in_progress;
--   12:00 on_hold; 14:30 in_progress; 15:00 resolved;
--   Tuesday 10:00 reopened (in_progress); 13:00 resolved.
-- Resolution runs 09:00-10:00, 11:00-12:00, 14:30-15:00 (2 h 30), paused
-- 10:00-11:00 and 12:00-14:30 (3 h 30), stopped 15:00 to Tuesday 10:00, runs
-- 10:00-13:00 (3 h): 5 h 30 in all.
SELECT pg_temp.inc(:org, 'i1', pg_temp.b('2026-06-01 09:00'), :svc_a, 2, 2) AS i1 \gset
SELECT pg_temp.step('incident', :org, :i1, s, pg_temp.b(t))
FROM (VALUES (1, 'in_progress', '2026-06-01 09:20'), (2, 'on_hold', '2026-06-01 10:00'), (3, 'in_progress', '2026-06-01 11:00'),
             (4, 'on_hold', '2026-06-01 12:00'), (5, 'in_progress', '2026-06-01 14:30'), (6, 'resolved', '2026-06-01 15:00'),
             (7, 'in_progress', '2026-06-02 10:00'), (8, 'resolved', '2026-06-02 13:00')) v(n, s, t) ORDER BY n \g /dev/null

SELECT is(pg_temp.ic(:org, :i1, 'Gold', 'response', pg_temp.b('2026-06-01 09:10')),
          'running 01:00:00 00:10:00 00:00:00 00:50:00 Mon 10:00 -',
          'before the first status change: the response clock runs (10 min of 1 h, due 10:00)');
SELECT is(pg_temp.ic(:org, :i1, 'Gold', 'resolution', pg_temp.b('2026-06-01 09:10')),
          'running 06:00:00 00:10:00 00:00:00 05:50:00 Mon 15:00 -',
          'before the first status change: the resolution clock runs');
SELECT is(pg_temp.ic(:org, :i1, 'Gold', 'response', pg_temp.b('2026-06-01 09:30')),
          'met 01:00:00 00:20:00 00:00:00 00:40:00 - Mon 09:20',
          'the response clock stopped at the first move out of new (09:20): met after 20 min');
SELECT is(pg_temp.ic(:org, :i1, 'Gold', 'response', pg_temp.b('2026-06-03 12:00')),
          'met 01:00:00 00:20:00 00:00:00 00:40:00 - Mon 09:20',
          'the response clock stays stopped through holds, resolution and reopening');
SELECT is(pg_temp.ic(:org, :i1, 'Gold', 'resolution', pg_temp.b('2026-06-01 09:40')),
          'running 06:00:00 00:40:00 00:00:00 05:20:00 Mon 15:00 -',
          'the resolution clock runs through new and in_progress');
SELECT is(pg_temp.ic(:org, :i1, 'Gold', 'resolution', pg_temp.b('2026-06-01 10:30')),
          'paused 06:00:00 01:00:00 00:30:00 05:00:00 - -',
          'on_hold: paused, elapsed frozen at 1 h, 30 min paused, no due instant');
SELECT is(pg_temp.ic(:org, :i1, 'Gold', 'resolution', pg_temp.b('2026-06-01 11:30')),
          'running 06:00:00 01:30:00 01:00:00 04:30:00 Mon 16:00 -',
          'resumed: 1 h 30 elapsed, 1 h paused, due 16:00 (11:30 + 4 h 30 of office time)');
SELECT is(pg_temp.ic(:org, :i1, 'Gold', 'resolution', pg_temp.b('2026-06-01 14:00')),
          'paused 06:00:00 02:00:00 03:00:00 04:00:00 - -',
          'paused a second time: 2 h elapsed, 1 h + 2 h paused');
SELECT is(pg_temp.ic(:org, :i1, 'Gold', 'resolution', pg_temp.b('2026-06-01 16:00')),
          'met 06:00:00 02:30:00 03:30:00 03:30:00 - Mon 15:00',
          'resolved at 15:00: stopped and met after 2 h 30');
SELECT is(pg_temp.ic(:org, :i1, 'Gold', 'resolution', pg_temp.b('2026-06-02 09:30')),
          'met 06:00:00 02:30:00 03:30:00 03:30:00 - Mon 15:00',
          'while resolved, the clock does not run (overnight and Tuesday morning)');
SELECT is(pg_temp.ic(:org, :i1, 'Gold', 'resolution', pg_temp.b('2026-06-02 11:00')),
          'running 06:00:00 03:30:00 03:30:00 02:30:00 Tue 13:30 -',
          'reopened at Tuesday 10:00: the clock resumes from 2 h 30');
SELECT is(pg_temp.ic(:org, :i1, 'Gold', 'resolution', pg_temp.b('2026-06-02 12:00')),
          'warning 06:00:00 04:30:00 03:30:00 01:30:00 Tue 13:30 -',
          'at 4 h 30 of 6 h (exactly 75 %): warning');
SELECT is(pg_temp.ic(:org, :i1, 'Gold', 'resolution', pg_temp.b('2026-06-02 11:59')),
          'running 06:00:00 04:29:00 03:30:00 01:31:00 Tue 13:30 -',
          'one minute before 75 %: still running');
SELECT is(pg_temp.ic(:org, :i1, 'Gold', 'resolution', pg_temp.b('2026-06-03 12:00')),
          'met 06:00:00 05:30:00 03:30:00 00:30:00 - Tue 13:00',
          'resolved again at Tuesday 13:00: met after 5 h 30');
-- The OLA on the 24x7 calendar (24 h, warning at 50 %): wall-clock time, the
-- same periods: 1 h + 1 h + 30 min + 3 h.
SELECT is(pg_temp.ic(:org, :i1, 'Network OLA', 'resolution', pg_temp.b('2026-06-03 12:00')),
          'met 24:00:00 05:30:00 03:30:00 18:30:00 - Tue 13:00',
          'the OLA clock on the 24x7 calendar: the same periods, here equal in wall-clock time (the resolved night counts nowhere)');

-- ---------------------------------------------------------------------------
-- Incident i3 (no service, priority 4), never touched (status new, no history):
-- Gold response 1 h, resolution 8 h on office time; OLA 24 h wall-clock, warning at 50 %.
SELECT pg_temp.inc(:org, 'i3', pg_temp.b('2026-06-01 09:00')) AS i3 \gset
SELECT is(pg_temp.ic(:org, :i3, 'Gold', 'response', pg_temp.b('2026-06-01 09:30')),
          'running 01:00:00 00:30:00 00:00:00 00:30:00 Mon 10:00 -', 'response at 50 %: running');
SELECT is(pg_temp.ic(:org, :i3, 'Gold', 'response', pg_temp.b('2026-06-01 09:45')),
          'warning 01:00:00 00:45:00 00:00:00 00:15:00 Mon 10:00 -', 'response at 75 %: warning');
SELECT is(pg_temp.ic(:org, :i3, 'Gold', 'response', pg_temp.b('2026-06-01 10:00')),
          'breached 01:00:00 01:00:00 00:00:00 00:00:00 Mon 10:00 -',
          'response at exactly 100 %: breached (the breach is at 100 %)');
SELECT is(pg_temp.ic(:org, :i3, 'Gold', 'response', pg_temp.b('2026-06-01 10:01')),
          'breached 01:00:00 01:01:00 00:00:00 -00:01:00 Mon 10:00 -',
          'response past the target: breached, remaining negative, due instant in the past');
SELECT is(pg_temp.ic(:org, :i3, 'Gold', 'response', pg_temp.b('2026-06-02 10:00')),
          'breached 01:00:00 09:00:00 00:00:00 -08:00:00 Mon 10:00 -',
          'the next morning: 8 h of office time on Monday plus 1 h on Tuesday');
SELECT is(pg_temp.ic(:org, :i3, 'Network OLA', 'resolution', pg_temp.b('2026-06-01 20:59')),
          'running 24:00:00 11:59:00 00:00:00 12:01:00 Tue 09:00 -', 'OLA at 11 h 59 of 24 h: running');
SELECT is(pg_temp.ic(:org, :i3, 'Network OLA', 'resolution', pg_temp.b('2026-06-01 21:00')),
          'warning 24:00:00 12:00:00 00:00:00 12:00:00 Tue 09:00 -', 'OLA with warning_pct 50: warning at 12 h');
SELECT is(pg_temp.ic(:org, :i3, 'Gold', 'resolution', pg_temp.b('2026-06-01 21:00')),
          'breached 08:00:00 08:00:00 00:00:00 00:00:00 Mon 17:00 -',
          'Gold resolution used up exactly (8 h of 8 h) that evening: breached (the breach is at 100 %); due when the target was reached, 17:00');
SELECT is(pg_temp.ic(:org, :i3, 'Gold', 'resolution', pg_temp.b('2026-06-02 09:01')),
          'breached 08:00:00 08:01:00 00:00:00 -00:01:00 Mon 17:00 -', 'one office minute later: breached');
UPDATE ims.sla_target SET warning_pct = 90 WHERE org_id = :org AND id = :t_resp;
SELECT is(pg_temp.ic(:org, :i3, 'Gold', 'response', pg_temp.b('2026-06-01 09:45')),
          'running 01:00:00 00:45:00 00:00:00 00:15:00 Mon 10:00 -', 'with warning_pct 90: 75 % is running');
SELECT is(pg_temp.ic(:org, :i3, 'Gold', 'response', pg_temp.b('2026-06-01 09:54')),
          'warning 01:00:00 00:54:00 00:00:00 00:06:00 Mon 10:00 -', 'with warning_pct 90: warning at 54 min');
UPDATE ims.sla_target SET warning_pct = 75 WHERE org_id = :org AND id = :t_resp;

-- ---------------------------------------------------------------------------
-- Incident i2 (service B, priority 1: Gold response 1 h, resolution 5 h):
--   Monday 16:00 reported; Tuesday 09:45 in_progress; Tuesday 11:00 the
--   priority is lowered (impact and urgency 3: priority 4, general target 8 h).
-- Response: Monday 16:00-17:00 + Tuesday 09:00-09:45 = 1 h 45: breached.
-- Resolution at Tuesday 13:30: 1 h + 4 h 30 = 5 h 30.
SELECT pg_temp.inc(:org, 'i2', pg_temp.b('2026-06-01 16:00'), :svc_b, 1, 1) AS i2 \gset
SELECT pg_temp.step('incident', :org, :i2, 'in_progress', pg_temp.b('2026-06-02 09:45')) \g /dev/null
SELECT is(pg_temp.ic(:org, :i2, 'Gold', 'response', pg_temp.b('2026-06-02 12:00')),
          'breached 01:00:00 01:45:00 00:00:00 -00:45:00 - Tue 09:45',
          'response stopped at Tuesday 09:45 after 1 h 45 of office time: breached');
SELECT is(pg_temp.ic(:org, :i2, 'Gold', 'resolution', pg_temp.b('2026-06-02 12:00')),
          'warning 05:00:00 04:00:00 00:00:00 01:00:00 Tue 13:00 -', 'priority 1: 4 h of 5 h, warning');
SELECT is(pg_temp.ic(:org, :i2, 'Gold', 'resolution', pg_temp.b('2026-06-02 13:30')),
          'breached 05:00:00 05:30:00 00:00:00 -00:30:00 Tue 13:00 -', 'priority 1: 5 h 30 of 5 h, breached');
UPDATE ims.incident SET impact = 3, urgency = 3 WHERE org_id = :org AND id = :i2;
SELECT is((SELECT priority FROM ims.incident WHERE org_id = :org AND id = :i2), 4::smallint, 'the priority is now 4');
SELECT is(pg_temp.ic(:org, :i2, 'Gold', 'resolution', pg_temp.b('2026-06-02 13:30')),
          'running 08:00:00 05:30:00 00:00:00 02:30:00 Tue 16:00 -',
          'after the priority change the general 8 h target applies, elapsed recomputed from history: running, due 16:00');
UPDATE ims.incident SET service_id = :svc_a WHERE org_id = :org AND id = :i2;
SELECT is(pg_temp.ic(:org, :i2, 'Gold', 'resolution', pg_temp.b('2026-06-02 13:30')),
          'warning 06:00:00 05:30:00 00:00:00 00:30:00 Tue 14:00 -',
          'after a service change the service target (6 h) applies: warning');
UPDATE ims.incident SET impact = 1, urgency = 1 WHERE org_id = :org AND id = :i2;
SELECT is(pg_temp.ic(:org, :i2, 'Gold', 'resolution', pg_temp.b('2026-06-02 13:30')),
          'breached 04:00:00 05:30:00 00:00:00 -01:30:00 Tue 12:00 -',
          'service A and priority 1: the 4 h target, breached since 12:00');
SELECT is(pg_temp.ic(:org, :i2, 'Gold', 'response', pg_temp.b('2026-06-02 13:30')),
          'breached 00:15:00 01:45:00 00:00:00 -01:30:00 - Tue 09:45',
          'the response clock takes the 15 min target of service A and priority 1 too');

-- ---------------------------------------------------------------------------
-- A service request (Gold for service requests: response 4 h, resolution 16 h):
--   Monday 09:00 reported; 10:00 in_progress; 11:00 on_hold; 13:00
--   in_progress; 15:00 fulfilled.  Resolution 2 h + 2 h = 4 h, paused 2 h.
INSERT INTO ims.service_request (org_id, title, reported_at) VALUES (:org, 'sr1', pg_temp.b('2026-06-01 09:00'))
RETURNING id AS sr1 \gset
SELECT pg_temp.step('service_request', :org, :sr1, s, pg_temp.b(t))
FROM (VALUES (1, 'in_progress', '2026-06-01 10:00'), (2, 'on_hold', '2026-06-01 11:00'),
             (3, 'in_progress', '2026-06-01 13:00'), (4, 'fulfilled', '2026-06-01 15:00')) v(n, s, t) ORDER BY n \g /dev/null
SELECT is((SELECT string_agg(format('%s/%s=%s', agreement_name, metric, target_id), ' ' ORDER BY agreement_name, metric)
           FROM ims.record_clock(:org, 'service_request', :sr1, pg_temp.b('2026-06-01 16:00'))),
          format('Gold/resolution=%s Gold/response=%s', :t_sr, :t_sr_resp),
          'a service request gets the service request targets only');
SELECT is(pg_temp.clk('service_request', :org, :sr1, 'Gold', 'response', pg_temp.b('2026-06-01 16:00')),
          'met 04:00:00 01:00:00 00:00:00 03:00:00 - Mon 10:00', 'service request response: met after 1 h');
SELECT is(pg_temp.clk('service_request', :org, :sr1, 'Gold', 'resolution', pg_temp.b('2026-06-01 12:00')),
          'paused 16:00:00 02:00:00 01:00:00 14:00:00 - -', 'service request on hold: paused');
SELECT is(pg_temp.clk('service_request', :org, :sr1, 'Gold', 'resolution', pg_temp.b('2026-06-01 16:00')),
          'met 16:00:00 04:00:00 02:00:00 12:00:00 - Mon 15:00', 'service request fulfilled: met after 4 h, 2 h paused');
-- An organization's own pause status: in_progress pauses nothing by default;
-- added for this organization, it pauses (a contrived but visible rule).
INSERT INTO ims.clock_pause_status (org_id, record_kind, status) VALUES (:org, 'service_request', 'new');
SELECT is(pg_temp.clk('service_request', :org, :sr1, 'Gold', 'resolution', pg_temp.b('2026-06-01 16:00')),
          'met 16:00:00 03:00:00 03:00:00 13:00:00 - Mon 15:00',
          'an organization''s own pause status (new) moves the first hour from elapsed to paused');
DELETE FROM ims.clock_pause_status WHERE org_id = :org;

-- ---------------------------------------------------------------------------
-- Escalation, in organization t51e (24x7 calendar): 'Esc' response 1 h and
-- resolution 4 h for incidents, resolution 2 h for service requests.  Monday 1 June (UTC):
--   e1 incident reported 08:00, stays new;
--   e2 incident reported 08:00, in_progress 10:00 (response breached), resolved 10:30;
--   e3 incident like e2, then closed 11:00;
--   e4 service request reported 08:00, in_progress 08:30.
SET ims.actor = 'cron.escalation';
SELECT id AS e24 FROM ims.calendar WHERE org_id = :eorg AND name = '24x7' \gset
INSERT INTO ims.sla_target (org_id, agreement_kind, agreement_name, record_kind, metric, target, calendar_id) VALUES
    (:eorg, 'sla', 'Esc', 'incident', 'response', '1 hour', :e24),
    (:eorg, 'sla', 'Esc', 'incident', 'resolution', '4 hours', :e24),
    (:eorg, 'sla', 'Esc', 'service_request', 'resolution', '2 hours', :e24);
SELECT pg_temp.inc(:eorg, 'e1', '2026-06-01 08:00+00') AS e1 \gset
SELECT pg_temp.inc(:eorg, 'e2', '2026-06-01 08:00+00') AS e2 \gset
SELECT pg_temp.inc(:eorg, 'e3', '2026-06-01 08:00+00') AS e3 \gset
SELECT pg_temp.step('incident', :eorg, e, s, t::timestamptz)
FROM (VALUES (1, :e2, 'in_progress', '2026-06-01 10:00+00'), (2, :e2, 'resolved', '2026-06-01 10:30+00'),
             (3, :e3, 'in_progress', '2026-06-01 10:00+00'), (4, :e3, 'resolved', '2026-06-01 10:30+00'),
             (5, :e3, 'closed', '2026-06-01 11:00+00')) v(n, e, s, t) ORDER BY n \g /dev/null
INSERT INTO ims.service_request (org_id, title, reported_at) VALUES (:eorg, 'e4', '2026-06-01 08:00+00') RETURNING id AS e4 \gset
SELECT pg_temp.step('service_request', :eorg, :e4, 'in_progress', '2026-06-01 08:30+00') \g /dev/null

CREATE FUNCTION pg_temp.esc(o bigint, at timestamptz) RETURNS text LANGUAGE sql AS $$
    SELECT coalesce(string_agg(format('%s:%s %s>%s %s', record_kind, record_id, from_level, to_level, reason), '; '
                               ORDER BY record_kind, record_id), 'nothing')
    FROM ims.escalate_due(o, at) $$;
CREATE FUNCTION pg_temp.levels(o bigint) RETURNS text LANGUAGE sql AS $$
    SELECT string_agg(format('%s:%s=%s', k, id, l), ' ' ORDER BY k, id)
    FROM (SELECT 'incident' k, id, escalation_level l FROM ims.incident WHERE org_id = o
          UNION ALL SELECT 'service_request', id, escalation_level FROM ims.service_request WHERE org_id = o) x $$;

SELECT is(pg_temp.esc(:eorg, '2026-06-01 08:30+00'), 'nothing', 'at 08:30 nothing is due');
SELECT is(pg_temp.esc(:eorg, '2026-06-01 08:50+00'), format('incident:%s 0>1 Esc response warning', :e1),
          'at 08:50 e1''s response clock is in warning: level 1; e2 and e3 (breached but resolved, closed) are left alone');
SELECT is(pg_temp.esc(:eorg, '2026-06-01 08:50+00'), 'nothing', 'a second run at the same instant does nothing');
SELECT is((SELECT count(*) FROM ims.escalation_log WHERE org_id = :eorg), 1::bigint, '... and writes no log');
SELECT is(pg_temp.esc(:eorg, '2026-06-01 09:40+00'),
          format('incident:%s 1>2 Esc response breached; service_request:%s 0>1 Esc resolution warning', :e1, :e4),
          'at 09:40: e1 breached (1 h 40 of 1 h: level 2), the service request in warning (1 h 40 of 2 h, counted from its report)');
SELECT is(pg_temp.esc(:eorg, '2026-06-01 09:40+00'), 'nothing', 'repeated: nothing');
SELECT is(pg_temp.esc(:eorg, '2026-06-01 09:00+00'), 'nothing', 'an earlier instant never lowers a level');
SELECT pg_temp.inc(:eorg, 'e5', '2026-06-01 08:00+00') AS e5 \gset
SELECT is(pg_temp.esc(:eorg, '2026-06-01 12:00+00'),
          format('incident:%s 0>2 Esc resolution breached, Esc response breached; service_request:%s 1>2 Esc resolution breached', :e5, :e4),
          'at 12:00: e5 straight to level 2, with every clock in warning or breach as the reason; the service request breached');
SELECT is(pg_temp.esc(:eorg, '2026-06-01 12:00+00'), 'nothing', 'repeated: nothing');
SELECT is(pg_temp.levels(:eorg), format('incident:%s=2 incident:%s=0 incident:%s=0 incident:%s=2 service_request:%s=2', :e1, :e2, :e3, :e5, :e4),
          'levels: e1, e5 and the service request at 2; resolved e2 and closed e3 untouched');
SELECT is((SELECT string_agg(format('%s:%s %s>%s %s by %s', record_kind, record_id, from_level, to_level, reason, escalated_by), '; ' ORDER BY id)
           FROM ims.escalation_log WHERE org_id = :eorg),
          format('incident:%s 0>1 Esc response warning by cron.escalation; incident:%s 1>2 Esc response breached by cron.escalation; service_request:%s 0>1 Esc resolution warning by cron.escalation; incident:%s 0>2 Esc resolution breached, Esc response breached by cron.escalation; service_request:%s 1>2 Esc resolution breached by cron.escalation',
                 :e1, :e1, :e4, :e5, :e4),
          'the log holds one row per escalation, with levels, reason and actor');
SELECT is((SELECT count(*) FROM ims.escalation_log WHERE org_id = :eorg AND escalated_at = now()), 5::bigint,
          'escalated_at is the time of the run (now), not p_at');
SELECT throws_ok($$SELECT * FROM ims.escalate_due(-1)$$, '22023', 'organization -1 does not exist',
                 'an unknown organization is an error');
SELECT is((SELECT count(*) FROM ims.incident WHERE org_id = :org AND escalation_level > 0)
          + (SELECT count(*) FROM ims.escalation_log WHERE org_id = :org), 0::bigint,
          'the runs for t51e touched no record of t51 (whose clocks are breached too) and logged nothing for it');
SET ims.actor = 'agent.t51';

-- ---------------------------------------------------------------------------
-- Reporting, in organization t51r (24x7 calendar; 'R' response 1 h,
-- resolution 4 h).  Service Mail, June 2026:
--   r1 reported 1 June 08:00, in_progress 08:30, resolved 10:00  -> response met (0:30), resolution met (2:00)
--   r2 reported 2 June 08:00, in_progress 10:00, resolved 14:00  -> response breached (2:00), resolution breached (6:00)
--   r3 reported 3 June 08:00, in_progress 08:15, on_hold 09:15 (still) -> response met (0:15), resolution paused (1:15)
-- Service Mail, July 2026: r4 reported 1 July 08:00, stays new -> both clocks breached (months ago)
-- No service, June 2026: r5 reported 5 June 08:00, in_progress 09:00, resolved 11:00 -> met (1:00), met (3:00)
SELECT id AS r24 FROM ims.calendar WHERE org_id = :rorg AND name = '24x7' \gset
INSERT INTO ims.service (org_id, name) VALUES (:rorg, 'Mail') RETURNING id AS rmail \gset
INSERT INTO ims.sla_target (org_id, agreement_kind, agreement_name, metric, target, calendar_id) VALUES
    (:rorg, 'sla', 'R', 'response', '1 hour', :r24), (:rorg, 'sla', 'R', 'resolution', '4 hours', :r24);
SELECT pg_temp.inc(:rorg, 'r1', '2026-06-01 08:00+00', :rmail) AS r1 \gset
SELECT pg_temp.inc(:rorg, 'r2', '2026-06-02 08:00+00', :rmail) AS r2 \gset
SELECT pg_temp.inc(:rorg, 'r3', '2026-06-03 08:00+00', :rmail) AS r3 \gset
SELECT pg_temp.inc(:rorg, 'r4', '2026-07-01 08:00+00', :rmail) AS r4 \gset
SELECT pg_temp.inc(:rorg, 'r5', '2026-06-05 08:00+00') AS r5 \gset
SELECT pg_temp.step('incident', :rorg, r, s, t::timestamptz)
FROM (VALUES (1, :r1, 'in_progress', '2026-06-01 08:30+00'), (2, :r1, 'resolved', '2026-06-01 10:00+00'),
             (3, :r2, 'in_progress', '2026-06-02 10:00+00'), (4, :r2, 'resolved', '2026-06-02 14:00+00'),
             (5, :r3, 'in_progress', '2026-06-03 08:15+00'), (6, :r3, 'on_hold', '2026-06-03 09:15+00'),
             (7, :r5, 'in_progress', '2026-06-05 09:00+00'), (8, :r5, 'resolved', '2026-06-05 11:00+00')) v(n, r, s, t) ORDER BY n \g /dev/null

SELECT is((SELECT string_agg(format('%s %s %s %s', record_id, metric, state, elapsed_hours), ', ' ORDER BY record_id, metric)
           FROM ims.sla_status WHERE org_id = :rorg AND record_id <> :r4),
          format('%s resolution met 2.00, %s response met 0.50, %s resolution breached 6.00, %s response breached 2.00, %s resolution paused 1.25, %s response met 0.25, %s resolution met 3.00, %s response met 1.00',
                 :r1, :r1, :r2, :r2, :r3, :r3, :r5, :r5),
          'sla_status: state and elapsed hours of every clock');
SELECT is((SELECT string_agg(format('%s %s %s', metric, state, (remaining_hours < -1000)::text), ', ' ORDER BY metric)
           FROM ims.sla_status WHERE org_id = :rorg AND record_id = :r4),
          'resolution breached true, response breached true',
          'sla_status: an incident new since July is breached on both clocks by now');
SELECT is((SELECT count(*) FROM ims.sla_status WHERE org_id = :rorg), 10::bigint, 'sla_status: two clocks per incident');
SELECT is((SELECT string_agg(format('%s %s %s %s/%s %s', coalesce(service_name, '-'), to_char(month, 'YYYY-MM'), metric,
                                    met_count, breached_count, coalesce(met_pct::text, 'null')), ', '
                             ORDER BY service_name NULLS LAST, month, metric)
           FROM ims.sla_compliance WHERE org_id = :rorg),
          'Mail 2026-06 resolution 1/1 50.00, Mail 2026-06 response 2/1 66.67, Mail 2026-07 resolution 0/1 0.00, Mail 2026-07 response 0/1 0.00, - 2026-06 resolution 1/0 100.00, - 2026-06 response 1/0 100.00',
          'sla_compliance: met and breached per service, month and metric (the paused clock counts in neither)');
SELECT is((SELECT string_agg(DISTINCT agreement_name || ' ' || record_kind, ', ') FROM ims.sla_compliance WHERE org_id = :rorg),
          'R incident', 'sla_compliance: agreement and record kind');
-- Mean times, June, service Mail (r1, r2, r3):
--   respond wall:   (0.5 + 2 + 0.25) / 3 = 0.9166.. -> 0.92; resolve wall: (2 + 6) / 2 = 4.00 (r3 unresolved)
--   respond business (24x7: the same) 0.92; resolve business: (2 + 6 + 1.25) / 3 = 3.0833.. -> 3.08
SELECT is((SELECT format('%s %s %s %s %s', incident_count, mean_time_to_respond_wall_hours, mean_time_to_resolve_wall_hours,
                         mean_time_to_respond_business_hours, mean_time_to_resolve_business_hours)
           FROM ims.service_response_times WHERE org_id = :rorg AND service_id = :rmail AND month = '2026-06-01'),
          '3 0.92 4.00 0.92 3.08', 'service_response_times: Mail, June 2026');
SELECT is((SELECT format('%s %s %s %s %s', incident_count, mean_time_to_respond_wall_hours, mean_time_to_resolve_wall_hours,
                         mean_time_to_respond_business_hours, mean_time_to_resolve_business_hours)
           FROM ims.service_response_times WHERE org_id = :rorg AND service_id IS NULL),
          '1 1.00 3.00 1.00 3.00', 'service_response_times: no service, June 2026');
SELECT is((SELECT count(*) FROM ims.service_response_times WHERE org_id = :rorg), 3::bigint,
          'service_response_times: one row per service and month');

SELECT * FROM finish();
ROLLBACK;
