-- Benchmark data for bench/clocks (docs/performance.md, "clocks").
--
-- Business time: 1,000,000 spans (from, to) on one calendar, Europe/Berlin,
-- Monday to Friday 09:00-17:00 with the German public holidays 2024-2028;
-- starts uniform over 2024-2027, lengths log-uniform from one minute to
-- three weeks (median about 12 hours, mean about 2 days: incidents and
-- requests).  The slower approaches run on the first 20,000 (PL/pgSQL loop)
-- and the first 10,000 (per-minute generate_series) of the same rows, each
-- compared with ims.business_duration on exactly those rows.
--
-- SLA clocks: 1,000,000 incidents in 20 organizations of 50,000 each,
-- reported over 2024-01-01 .. 2026-10-31, 93 % closed or resolved and 7 %
-- open (new, in_progress, on_hold), with their status history (3.1 rows per
-- incident on average, a fifth of them with a hold); each organization has a
-- Berlin office calendar and three targets (response and resolution of an
-- SLA on office time, resolution of an OLA around the clock), so every
-- incident has three clocks.  Incidents and history are loaded in bulk with
-- the rule triggers bypassed (session_replication_role = replica): the rows
-- are consistent by construction, and loading a million incidents through
-- the rules is bench/incidents' subject, not this one's.
\set ON_ERROR_STOP on
DROP SCHEMA IF EXISTS bench_clocks CASCADE;
CREATE SCHEMA bench_clocks;
SELECT setseed(0.27013) \g /dev/null

-- ---------------------------------------------------------------------------
-- Business time.
INSERT INTO ims.organization (code, name)
SELECT 'bench-clocks-' || (count(*) + 1), 'Clock benchmark' FROM ims.organization WHERE code LIKE 'bench-clocks-%';
CREATE TABLE bench_clocks.config AS
SELECT max(org_id) AS org_id FROM ims.organization WHERE code LIKE 'bench-clocks-%';
INSERT INTO ims.calendar (org_id, name, time_zone)
SELECT org_id, 'office', 'Europe/Berlin' FROM bench_clocks.config;
ALTER TABLE bench_clocks.config ADD COLUMN cal bigint;
UPDATE bench_clocks.config c SET cal = k.id FROM ims.calendar k WHERE k.org_id = c.org_id AND k.name = 'office';
INSERT INTO ims.calendar_hours (org_id, calendar_id, weekday, start_time, end_time)
SELECT c.org_id, c.cal, d, '09:00', '17:00' FROM bench_clocks.config c, generate_series(1, 5) d;

-- German public holidays (national) 2024-2028.
CREATE TABLE bench_clocks.holiday (day date PRIMARY KEY);
INSERT INTO bench_clocks.holiday (day)
SELECT d::date FROM unnest(ARRAY[
    '2024-01-01', '2024-03-29', '2024-04-01', '2024-05-01', '2024-05-09', '2024-05-20', '2024-10-03', '2024-12-25', '2024-12-26',
    '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-01', '2025-05-29', '2025-06-09', '2025-10-03', '2025-12-25', '2025-12-26',
    '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-01', '2026-05-14', '2026-05-25', '2026-10-03', '2026-12-25', '2026-12-26',
    '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-01', '2027-05-06', '2027-05-17', '2027-10-03', '2027-12-25', '2027-12-26',
    '2028-01-01', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-25', '2028-06-05', '2028-10-03', '2028-12-25', '2028-12-26']) d;
INSERT INTO ims.calendar_exception (org_id, calendar_id, day, reason)
SELECT c.org_id, c.cal, h.day, 'public holiday' FROM bench_clocks.config c, bench_clocks.holiday h;

CREATE TABLE bench_clocks.span (
    id      integer PRIMARY KEY,
    cal     bigint NOT NULL,
    t_from  timestamptz NOT NULL,
    t_to    timestamptz NOT NULL
);
INSERT INTO bench_clocks.span (id, cal, t_from, t_to)
SELECT g, c.cal, s, s + make_interval(secs => 60 * power(30240, random()))
FROM bench_clocks.config c,
     LATERAL (SELECT g, '2024-01-01 00:00+00'::timestamptz + random() * interval '1461 days' AS s
              FROM generate_series(1, 1000000) g) x;
CREATE TABLE bench_clocks.span_20k AS SELECT * FROM bench_clocks.span WHERE id <= 20000;
CREATE TABLE bench_clocks.span_10k AS SELECT * FROM bench_clocks.span WHERE id <= 10000;

-- The usual PL/pgSQL function: one local day at a time, the day's working
-- interval clipped to the span, holidays looked up in a table.
CREATE FUNCTION bench_clocks.plpgsql_duration(t_from timestamptz, t_to timestamptz) RETURNS interval
LANGUAGE plpgsql STABLE AS $$
DECLARE
    d date := (t_from AT TIME ZONE 'Europe/Berlin')::date;
    last_day date := (t_to AT TIME ZONE 'Europe/Berlin')::date;
    total interval := '0';
    s timestamptz;
    e timestamptz;
BEGIN
    WHILE d <= last_day LOOP
        IF extract(isodow FROM d) < 6 AND NOT EXISTS (SELECT 1 FROM bench_clocks.holiday h WHERE h.day = d) THEN
            s := greatest(t_from, (d + time '09:00') AT TIME ZONE 'Europe/Berlin');
            e := least(t_to, (d + time '17:00') AT TIME ZONE 'Europe/Berlin');
            IF e > s THEN
                total := total + (e - s);
            END IF;
        END IF;
        d := d + 1;
    END LOOP;
    RETURN total;
END $$;

-- The usual per-minute approach: one row per minute of the span, kept when
-- that minute is working time; the count is the business time in minutes.
CREATE VIEW bench_clocks.per_minute_10k AS
SELECT s.id, count(*) * interval '1 minute' AS business
FROM bench_clocks.span_10k s
CROSS JOIN LATERAL generate_series(date_trunc('minute', s.t_from), s.t_to - interval '1 minute', interval '1 minute') m
WHERE extract(isodow FROM m AT TIME ZONE 'Europe/Berlin') < 6
  AND (m AT TIME ZONE 'Europe/Berlin')::time >= '09:00'
  AND (m AT TIME ZONE 'Europe/Berlin')::time < '17:00'
  AND NOT EXISTS (SELECT 1 FROM bench_clocks.holiday h WHERE h.day = (m AT TIME ZONE 'Europe/Berlin')::date)
GROUP BY s.id;
VACUUM ANALYZE bench_clocks.span, bench_clocks.span_20k, bench_clocks.span_10k, bench_clocks.holiday;

-- Sanity: the three methods agree.  The PL/pgSQL loop exactly (the spans
-- are on one calendar without midnight shifts); the per-minute count to the
-- minute it rounds to at each end of a span.
DO $$
DECLARE
    n bigint;
BEGIN
    SELECT count(*) INTO n FROM bench_clocks.span_20k
    WHERE ims.business_duration(cal, t_from, t_to) <> bench_clocks.plpgsql_duration(t_from, t_to);
    IF n <> 0 THEN
        RAISE EXCEPTION 'ims.business_duration and the PL/pgSQL loop differ on % spans', n;
    END IF;
    SELECT count(*) INTO n FROM bench_clocks.span_10k s LEFT JOIN bench_clocks.per_minute_10k p ON p.id = s.id
    WHERE abs(extract(epoch FROM ims.business_duration(s.cal, s.t_from, s.t_to) - coalesce(p.business, '0'))) > 120;
    IF n <> 0 THEN
        RAISE EXCEPTION 'ims.business_duration and the per-minute count differ by more than 2 minutes on % spans', n;
    END IF;
END $$;

-- ---------------------------------------------------------------------------
-- SLA clocks over 1,000,000 incidents.
INSERT INTO ims.organization (code, name)
SELECT 'bench-sla-' || g || '-' || (SELECT count(*) FROM ims.organization WHERE code LIKE 'bench-sla-1-%'), 'SLA benchmark ' || g
FROM generate_series(1, 20) g;
CREATE TABLE bench_clocks.sla_org AS
SELECT row_number() OVER (ORDER BY org_id) AS n, org_id FROM ims.organization
WHERE code LIKE 'bench-sla-%' AND org_id > (SELECT org_id FROM bench_clocks.config);
INSERT INTO ims.calendar (org_id, name, time_zone) SELECT org_id, 'office', 'Europe/Berlin' FROM bench_clocks.sla_org;
INSERT INTO ims.calendar_hours (org_id, calendar_id, weekday, start_time, end_time)
SELECT c.org_id, c.id, d, '09:00', '17:00'
FROM ims.calendar c JOIN bench_clocks.sla_org o ON o.org_id = c.org_id, generate_series(1, 5) d WHERE c.name = 'office';
INSERT INTO ims.calendar_exception (org_id, calendar_id, day, reason)
SELECT c.org_id, c.id, h.day, 'public holiday'
FROM ims.calendar c JOIN bench_clocks.sla_org o ON o.org_id = c.org_id, bench_clocks.holiday h WHERE c.name = 'office';
INSERT INTO ims.service (org_id, name) SELECT o.org_id, 'Service ' || s FROM bench_clocks.sla_org o, generate_series(1, 10) s;
INSERT INTO ims.sla_target (org_id, agreement_kind, agreement_name, metric, target, calendar_id)
SELECT c.org_id, 'sla', 'Customer SLA', m, t::interval, c.id
FROM ims.calendar c JOIN bench_clocks.sla_org o ON o.org_id = c.org_id, (VALUES ('response', '1 hour'), ('resolution', '16 hours')) v(m, t)
WHERE c.name = 'office';
INSERT INTO ims.sla_target (org_id, agreement_kind, agreement_name, metric, target, calendar_id)
SELECT c.org_id, 'ola', 'Operations OLA', 'resolution', '3 days', c.id
FROM ims.calendar c JOIN bench_clocks.sla_org o ON o.org_id = c.org_id WHERE c.name = '24x7';

CREATE TABLE bench_clocks.inc_plan AS
SELECT o.org_id, g AS n,
       '2024-01-01 00:00+00'::timestamptz + random() * interval '1035 days' AS reported_at,
       random() AS r_status, random() AS r_hold,
       make_interval(secs => 60 * power(240, random())) AS to_respond,        -- 1 minute .. 4 hours
       make_interval(secs => 600 * power(1008, random())) AS to_resolve,      -- 10 minutes .. 1 week
       make_interval(secs => 3600 * power(48, random())) AS hold_for,         -- 1 hour .. 2 days
       (SELECT min(s.id) FROM ims.service s WHERE s.org_id = o.org_id) + (g % 10) AS service_id
FROM bench_clocks.sla_org o, generate_series(1, 50000) g;
ALTER TABLE bench_clocks.inc_plan ADD COLUMN status text;
UPDATE bench_clocks.inc_plan SET status = CASE WHEN r_status < 0.90 THEN 'closed' WHEN r_status < 0.93 THEN 'resolved'
                                               WHEN r_status < 0.96 THEN 'in_progress' WHEN r_status < 0.98 THEN 'on_hold' ELSE 'new' END;

SET session_replication_role = replica;
INSERT INTO ims.incident (org_id, id, title, service_id, impact, urgency, priority, status, reported_at,
                          responded_at, resolved_at, closed_at, resolution_code, resolution_note, created_at)
SELECT p.org_id, p.n, 'incident ' || p.n, p.service_id, 3, 3, 4, p.status, p.reported_at,
       CASE WHEN p.status <> 'new' THEN p.reported_at + p.to_respond END,
       CASE WHEN p.status IN ('resolved', 'closed') THEN p.reported_at + p.to_respond + p.to_resolve
                 + CASE WHEN p.r_hold < 0.2 THEN p.hold_for ELSE '0' END END,
       CASE WHEN p.status = 'closed' THEN p.reported_at + p.to_respond + p.to_resolve + interval '3 days'
                 + CASE WHEN p.r_hold < 0.2 THEN p.hold_for ELSE '0' END END,
       CASE WHEN p.status IN ('resolved', 'closed') THEN 'fixed' END,
       CASE WHEN p.status IN ('resolved', 'closed') THEN 'Fixed.' END,
       p.reported_at
FROM bench_clocks.inc_plan p;
-- History: new -> in_progress; [in_progress -> on_hold -> in_progress] for a
-- fifth of the resolved ones and every on_hold one; -> resolved; -> closed.
INSERT INTO ims.status_history (org_id, record_kind, record_id, from_status, to_status, changed_at, changed_by)
SELECT p.org_id, 'incident', p.n, h.f, h.t, h.at, 'bench'
FROM bench_clocks.inc_plan p
CROSS JOIN LATERAL (VALUES
    (1, 'new', 'in_progress', p.reported_at + p.to_respond, p.status <> 'new'),
    (2, 'in_progress', 'on_hold', p.reported_at + p.to_respond + p.to_resolve / 2,
        p.status = 'on_hold' OR (p.status IN ('resolved', 'closed') AND p.r_hold < 0.2)),
    (3, 'on_hold', 'in_progress', p.reported_at + p.to_respond + p.to_resolve / 2 + p.hold_for,
        p.status IN ('resolved', 'closed') AND p.r_hold < 0.2),
    (4, 'in_progress', 'resolved', p.reported_at + p.to_respond + p.to_resolve + CASE WHEN p.r_hold < 0.2 THEN p.hold_for ELSE '0' END,
        p.status IN ('resolved', 'closed')),
    (5, 'resolved', 'closed', p.reported_at + p.to_respond + p.to_resolve + interval '3 days' + CASE WHEN p.r_hold < 0.2 THEN p.hold_for ELSE '0' END,
        p.status = 'closed')) h(k, f, t, at, present)
WHERE h.present
ORDER BY p.org_id, p.n, h.k;
RESET session_replication_role;
-- The identity sequence continues after the explicit ids.
SELECT setval(pg_get_serial_sequence('ims.incident', 'id'), (SELECT max(id) FROM ims.incident)) \g /dev/null
VACUUM ANALYZE ims.incident, ims.status_history, ims.sla_target, ims.calendar, ims.calendar_hours, ims.calendar_exception;

-- The organization the selective benchmark reads: the first one.
CREATE TABLE bench_clocks.sla_config AS
SELECT (SELECT org_id FROM bench_clocks.sla_org WHERE n = 1) AS org_id,
       (SELECT count(*) FROM ims.incident i JOIN bench_clocks.sla_org o ON o.org_id = i.org_id) AS incidents,
       (SELECT count(*) FROM ims.incident i WHERE i.org_id = (SELECT org_id FROM bench_clocks.sla_org WHERE n = 1)
                                              AND i.status NOT IN ('resolved', 'closed')) AS open_in_org,
       (SELECT count(*) FROM ims.incident i JOIN bench_clocks.sla_org o ON o.org_id = i.org_id
        WHERE i.reported_at >= '2026-03-01 00:00+00' AND i.reported_at < '2026-04-01 00:00+00') AS in_march_2026;
\echo '    incidents, open in the selective organization, reported in March 2026:'
SELECT incidents, open_in_org, in_march_2026 FROM bench_clocks.sla_config;
