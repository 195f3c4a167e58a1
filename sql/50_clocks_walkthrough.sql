--
-- Clocks at Rheinwerk GmbH, Berlin: an office calendar with a holiday,
-- business time, SLA targets, an incident whose clocks run through two holds
-- and a priority change, escalation, and the reporting deadlines of a NIS2
-- significant incident.
--
-- Every instant is fixed (late May 2026) and every clock is asked "as at" an
-- instant (the p_at argument of ims.incident_clock and ims.escalate_due), so
-- this output does not depend on when it runs.
--
SET search_path = public, ims;
SET TimeZone = 'Europe/Berlin';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET ims.actor = 'servicedesk.lena';
\set VERBOSITY default

INSERT INTO organization (code, name) VALUES ('rheinwerk', 'Rheinwerk GmbH') RETURNING org_id AS org \gset
INSERT INTO service (org_id, name, owner) VALUES (:org, 'Mail', 'it.ops') RETURNING id AS mail \gset

-- Every organization starts with a 24x7 calendar in UTC.
SELECT c.name, c.time_zone, string_agg(DISTINCT h.start_time || '-' || h.end_time, ', ') AS hours, count(*) AS days
FROM calendar c JOIN calendar_hours h ON h.org_id = c.org_id AND h.calendar_id = c.id
WHERE c.org_id = :org GROUP BY c.name, c.time_zone;
SELECT id AS c24 FROM calendar WHERE org_id = :org AND name = '24x7' \gset

-- The office works Berlin time, Monday to Friday, 08:00-12:00 and
-- 13:00-17:00.  Whit Monday (25 May 2026) is a holiday; on Friday 29 May
-- the office closes at noon.
INSERT INTO calendar (org_id, name, time_zone, description)
VALUES (:org, 'office', 'Europe/Berlin', 'Berlin office hours') RETURNING id AS office \gset
INSERT INTO calendar_hours (org_id, calendar_id, weekday, start_time, end_time)
SELECT :org, :office, d, s::time, e::time
FROM generate_series(1, 5) d, (VALUES ('08:00', '12:00'), ('13:00', '17:00')) v(s, e);
INSERT INTO calendar_exception (org_id, calendar_id, day, start_time, end_time, reason) VALUES
    (:org, :office, '2026-05-25', NULL, NULL, 'Whit Monday'),
    (:org, :office, '2026-05-29', '08:00', '12:00', 'company outing in the afternoon');

-- Business time between two instants: Friday 16:00 to Tuesday 10:00 is one
-- hour on Friday and two on Tuesday; the weekend and the holiday do not count.
SELECT business_duration(:office, '2026-05-22 16:00', '2026-05-26 10:00') AS office_time,
       '2026-05-26 10:00'::timestamptz - '2026-05-22 16:00'::timestamptz AS wall_clock;
-- The instant when four office hours have passed since Friday 16:00; and
-- the other way round, four office hours before Tuesday 11:00.
SELECT business_deadline(:office, '2026-05-22 16:00', '4 hours') AS four_hours_later,
       business_deadline(:office, '2026-05-26 11:00', '-4 hours') AS four_hours_earlier;
-- Working days are exact when the clocks change: the week of 30 March 2026
-- (summer time began on Sunday 29 March) has 5 x 8 office hours in 167 hours.
SELECT business_duration(:office, '2026-03-27 00:00', '2026-04-03 00:00') AS office_time,
       '2026-04-03 00:00'::timestamptz - '2026-03-27 00:00'::timestamptz AS wall_clock;
-- A business duration is hours and days (a day is 24 working hours), never months.
SELECT business_deadline(:office, '2026-05-22 16:00', '1 month');

-- ---------------------------------------------------------------------------
-- SLA targets.  The Gold SLA with the customer counts office time: work
-- must start within 30 minutes, and an incident be resolved within 16 office
-- hours, or 8 for priority 2 (the more specific target wins).  The network
-- team's OLA counts around the clock: 24 hours, with a warning at half time.
INSERT INTO sla_target (org_id, agreement_kind, agreement_name, priority, metric, target, calendar_id, warning_pct) VALUES
    (:org, 'sla', 'Gold SLA', NULL, 'response', '30 minutes', :office, 75),
    (:org, 'sla', 'Gold SLA', NULL, 'resolution', '16 hours', :office, 75),
    (:org, 'sla', 'Gold SLA', 2, 'resolution', '8 hours', :office, 75),
    (:org, 'ola', 'Network OLA', NULL, 'resolution', '24 hours', :c24, 50);
-- A clock stops while an incident is in one of these statuses (built in: on_hold).
SELECT record_kind, status FROM clock_pause_status WHERE org_id IS NULL ORDER BY record_kind;

-- Replaying a week in a few milliseconds: the rules stamp each status change
-- in ims.status_history with the time they ran; pg_temp.step makes the
-- change through the rules and then sets that instant (and the milestone the
-- rules set with it) to the time the step happened in the story.
CREATE FUNCTION pg_temp.step(o bigint, i bigint, st text, at timestamptz) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    t0 timestamptz := clock_timestamp();
BEGIN
    UPDATE ims.incident SET status = st WHERE org_id = o AND id = i;
    UPDATE ims.status_history SET changed_at = at
    WHERE org_id = o AND id = (SELECT max(h.id) FROM ims.status_history h
                               WHERE h.org_id = o AND h.record_kind = 'incident' AND h.record_id = i);
    UPDATE ims.incident
    SET responded_at = CASE WHEN responded_at >= least(t0, now()) THEN at ELSE responded_at END,
        resolved_at = CASE WHEN resolved_at >= least(t0, now()) THEN at ELSE resolved_at END
    WHERE org_id = o AND id = i;
    RETURN st;
END $$;
-- The clocks of an incident as at an instant.
CREATE FUNCTION pg_temp.clocks(o bigint, i bigint, at timestamptz)
RETURNS TABLE (agreement text, metric text, target interval, elapsed interval, paused interval,
               remaining interval, due_at timestamptz, stopped_at timestamptz, state text)
LANGUAGE sql AS $$
    SELECT agreement_name, metric, target, elapsed, paused, remaining, due_at, stopped_at, state
    FROM ims.incident_clock(o, i, at) ORDER BY agreement_name, metric $$;

-- Friday 22 May, 15:30: mail delivery is delayed.  Impact 3 and urgency 2
-- give priority 4: Gold resolution target 16 office hours.
INSERT INTO incident (org_id, title, service_id, impact, urgency, reported_at, resolution_code, resolution_note)
VALUES (:org, 'Mail delivery delayed', :mail, 3, 2, '2026-05-22 15:30', 'config_fix', 'Queue limits raised on the relay.')
RETURNING id AS inc, priority \gset
-- 15:50 work starts (the response clock stops); 16:30 on hold, waiting for
-- the customer's logs, until Tuesday 09:00 (the weekend and Whit Monday in between).
SELECT pg_temp.step(:org, :inc, s, t::timestamptz) AS status
FROM (VALUES (1, 'in_progress', '2026-05-22 15:50'), (2, 'on_hold', '2026-05-22 16:30'),
             (3, 'in_progress', '2026-05-26 09:00')) v(n, s, t) ORDER BY n;

-- Friday 16:00: responded after 20 minutes; resolution running.
SELECT * FROM pg_temp.clocks(:org, :inc, '2026-05-22 16:00');
-- Whit Monday noon: the resolution clock is paused.  Paused time counts
-- like elapsed time, in the clock's calendar: half an hour of office time,
-- 67 and a half hours around the clock.
SELECT * FROM pg_temp.clocks(:org, :inc, '2026-05-25 12:00');
-- Tuesday 10:30, still priority 4: 2 h 30 of 16 h.
SELECT * FROM pg_temp.clocks(:org, :inc, '2026-05-26 10:30');
-- At 10:30 the customer's whole sales team turns out to be affected: impact 1
-- gives priority 2, and the 8-hour target applies.  The clock is recomputed
-- from the status history: same elapsed time, new target, new due instant.
UPDATE incident SET impact = 1 WHERE org_id = :org AND id = :inc RETURNING priority;
SELECT * FROM pg_temp.clocks(:org, :inc, '2026-05-26 10:30');

-- 11:00 on hold again, waiting for the mail vendor, until 14:00.
SELECT pg_temp.step(:org, :inc, s, t::timestamptz) AS status
FROM (VALUES (1, 'on_hold', '2026-05-26 11:00'), (2, 'in_progress', '2026-05-26 14:00')) v(n, s, t) ORDER BY n;
SELECT * FROM pg_temp.clocks(:org, :inc, '2026-05-26 12:30');

-- ---------------------------------------------------------------------------
-- Escalation.  ims.escalate_due raises the escalation level of open
-- records whose clocks are in warning (level 1) or breached (level 2), logs
-- each escalation and returns it; run every few minutes from pg_cron.
-- Wednesday 08:30: 6 h 30 of 8 office hours (81 %), and 21 h 30 of the
-- OLA's 24 (past its 50 % warning).
SELECT i.title, e.from_level, e.to_level, e.reason
FROM escalate_due(:org, '2026-05-27 08:30') e JOIN incident i ON i.org_id = :org AND i.id = e.record_id;
-- The same run again changes nothing.
SELECT count(*) AS escalated FROM escalate_due(:org, '2026-05-27 08:30');
-- 10:15: 8 h 15 of 8 h, breached.
SELECT i.title, e.from_level, e.to_level, e.reason
FROM escalate_due(:org, '2026-05-27 10:15') e JOIN incident i ON i.org_id = :org AND i.id = e.record_id;

-- 10:30 resolved.  The Gold SLA was missed by half an hour; the OLA was met.
SELECT pg_temp.step(:org, :inc, 'resolved', '2026-05-27 10:30') AS status;
SELECT * FROM pg_temp.clocks(:org, :inc, '2026-05-27 12:00');
SELECT from_level, to_level, reason, escalated_by FROM escalation_log WHERE org_id = :org ORDER BY id;

-- Reporting: compliance per service, month, agreement and metric, and mean
-- times to respond and resolve, in wall-clock and in business hours.
SELECT service_name, month, agreement_name, metric, met_count, breached_count, met_pct
FROM sla_compliance WHERE org_id = :org AND service_id = :mail ORDER BY agreement_name, metric;
SELECT service_name, month, incident_count,
       mean_time_to_respond_wall_hours AS respond_wall, mean_time_to_resolve_wall_hours AS resolve_wall,
       mean_time_to_respond_business_hours AS respond_business, mean_time_to_resolve_business_hours AS resolve_business
FROM service_response_times WHERE org_id = :org AND service_id = :mail;

-- ---------------------------------------------------------------------------
-- A NIS2 significant incident.  Rheinwerk is an essential entity under NIS2.
-- The built-in deadlines (check them against the current legal text):
INSERT INTO organization_regime (org_id, regime) VALUES (:org, 'nis2');
SELECT step, anchor, anchor_step, time_limit, source FROM regulatory_deadline WHERE regime = 'nis2' ORDER BY step_order;

-- Wednesday 27 May, 09:00: accounts taken over after a phishing campaign.
-- 09:40 assessed as an information security incident; 10:00 declared major.
INSERT INTO incident (org_id, title, impact, urgency, reported_at)
VALUES (:org, 'Mailbox takeover after phishing', 2, 1, '2026-05-27 09:00') RETURNING id AS sec \gset
UPDATE incident SET security_class = 'incident', security_assessed_by = 'ciso.jonas', affects_confidentiality = true,
       security_assessed_at = '2026-05-27 09:40', is_major = true, major_declared_at = '2026-05-27 10:00'
WHERE org_id = :org AND id = :sec;
-- The early warning is due 24 hours after becoming aware, the notification
-- 72 hours after; the final report waits for the notification to be sent.
SELECT step, due_at, sent_at, state FROM regulatory_deadlines WHERE org_id = :org AND incident_id = :sec ORDER BY step_order;
-- The early warning goes out that afternoon; the notification on Saturday
-- at 11:00, two hours late.  The final report is due one month after it.
INSERT INTO regulatory_report (org_id, incident_id, regime, step, sent_at, reference) VALUES
    (:org, :sec, 'nis2', 'early_warning', '2026-05-27 17:00', 'BSI-2026-0527-01'),
    (:org, :sec, 'nis2', 'incident_notification', '2026-05-30 11:00', 'BSI-2026-0527-02');
SELECT step, due_at, sent_at, reference, state FROM regulatory_deadlines WHERE org_id = :org AND incident_id = :sec ORDER BY step_order;
-- Those states are as of today: a step not sent by its deadline is overdue.
-- The incident that is not a security incident is under no regime:
SELECT count(*) AS regulatory_steps FROM regulatory_deadlines WHERE org_id = :org AND incident_id = :inc;
