-- Business time on business-hours calendars (src/businesstime.c,
-- src/sql/50_calendars.sql): ims.business_duration and ims.business_deadline
-- at daylight-saving changes in Europe/Berlin and America/New_York, holidays
-- and special hours, midnight-crossing and split shifts, overlaps, long and
-- short spans, inverted spans and negative durations, the round trip, the
-- errors, NULLs, the cache and its invalidation, and a property test over
-- 10,000 random (calendar, start, duration) triples against a slow reference
-- written in SQL in this file.
--
-- Every expected value below is computed by hand (the comment next to it
-- says how) or by an independent SQL computation in this file, never by the
-- functions under test.
BEGIN;
SELECT plan(124);

SET TimeZone = 'UTC';
INSERT INTO ims.organization (code, name) VALUES ('t50', 'Test 50') RETURNING org_id AS org \gset

-- A calendar with weekly intervals given as 'weekdays|start|end; ...'
-- (weekdays as an ISO range 1-5 or a list 1,3,7); its id.
CREATE FUNCTION pg_temp.cal(o bigint, n text, tz text, spec text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    c bigint;
    part text;
    f text[];
    wd int;
BEGIN
    INSERT INTO ims.calendar (org_id, name, time_zone) VALUES (o, n, tz) RETURNING id INTO c;
    FOREACH part IN ARRAY string_to_array(spec, ';') LOOP
        f := string_to_array(trim(part), '|');
        FOR wd IN SELECT x FROM generate_series(1, 7) x
                  WHERE CASE WHEN f[1] LIKE '%-%'
                             THEN x BETWEEN split_part(f[1], '-', 1)::int AND split_part(f[1], '-', 2)::int
                             ELSE x = ANY (string_to_array(f[1], ',')::int[]) END LOOP
            INSERT INTO ims.calendar_hours (org_id, calendar_id, weekday, start_time, end_time)
            VALUES (o, c, wd, f[2]::time, f[3]::time);
        END LOOP;
    END LOOP;
    RETURN c;
END $$;
CREATE FUNCTION pg_temp.bd(c bigint, a text, b text) RETURNS interval LANGUAGE sql AS $$
    SELECT ims.business_duration(c, a::timestamptz, b::timestamptz) $$;
CREATE FUNCTION pg_temp.dl(c bigint, s text, d text) RETURNS timestamptz LANGUAGE sql AS $$
    SELECT ims.business_deadline(c, s::timestamptz, d::interval) $$;

SELECT id AS c24 FROM ims.calendar WHERE org_id = :org AND name = '24x7' \gset
SELECT pg_temp.cal(:org, 'berlin weekdays', 'Europe/Berlin', '1-5|09:00|17:00') AS bwd \gset
SELECT pg_temp.cal(:org, 'berlin every day', 'Europe/Berlin', '1-7|09:00|17:00') AS ball \gset
SELECT pg_temp.cal(:org, 'berlin sunday night', 'Europe/Berlin', '7|00:00|06:00') AS bsun \gset
SELECT pg_temp.cal(:org, 'new york weekdays', 'America/New_York', '1-5|09:00|17:00') AS nwd \gset
SELECT pg_temp.cal(:org, 'new york every day', 'America/New_York', '1-7|09:00|17:00') AS nall \gset
SELECT pg_temp.cal(:org, 'new york sunday night', 'America/New_York', '7|00:00|06:00') AS nsun \gset

-- ---------------------------------------------------------------------------
-- The seeded calendar.
SELECT is((SELECT string_agg(format('%s %s-%s', weekday, start_time, end_time), ', ' ORDER BY weekday)
           || ' ' || (SELECT time_zone FROM ims.calendar WHERE id = :c24)
           FROM ims.calendar_hours WHERE org_id = :org AND calendar_id = :c24),
          '1 00:00:00-24:00:00, 2 00:00:00-24:00:00, 3 00:00:00-24:00:00, 4 00:00:00-24:00:00, 5 00:00:00-24:00:00, 6 00:00:00-24:00:00, 7 00:00:00-24:00:00 UTC',
          'a new organization gets a 24x7 calendar in UTC');
SELECT is(pg_temp.bd(:c24, '2026-03-28 10:00+00', '2026-04-04 10:30+00'), '168:30:00',
          '24x7: business time is wall-clock time (a week and 30 minutes)');

-- ---------------------------------------------------------------------------
-- Daylight-saving changes.  First, that the dates are the real ones: the
-- local day of the change lasts 23 or 25 hours in the server's zone rules.
SELECT is(('2026-03-30'::timestamp AT TIME ZONE 'Europe/Berlin') - ('2026-03-29'::timestamp AT TIME ZONE 'Europe/Berlin'),
          '23:00:00'::interval, 'zone rules: Berlin springs forward on 2026-03-29 (a 23-hour day)');
SELECT is(('2026-10-26'::timestamp AT TIME ZONE 'Europe/Berlin') - ('2026-10-25'::timestamp AT TIME ZONE 'Europe/Berlin'),
          '25:00:00'::interval, 'zone rules: Berlin falls back on 2026-10-25 (a 25-hour day)');
SELECT is(('2026-03-09'::timestamp AT TIME ZONE 'America/New_York') - ('2026-03-08'::timestamp AT TIME ZONE 'America/New_York'),
          '23:00:00'::interval, 'zone rules: New York springs forward on 2026-03-08');
SELECT is(('2026-11-02'::timestamp AT TIME ZONE 'America/New_York') - ('2026-11-01'::timestamp AT TIME ZONE 'America/New_York'),
          '25:00:00'::interval, 'zone rules: New York falls back on 2026-11-01');

-- 09:00-17:00 is 8 hours on the day the clocks change (calendar working every day).
SELECT is(pg_temp.bd(:ball, format('%s 00:00 %s', d, z), format('%s 00:00 %s', d::date + 1, z)), '08:00:00',
          format('09:00-17:00 every day: 8 h on the change day %s in %s', d, z))
FROM (VALUES ('2026-03-29', 'Europe/Berlin', :ball), ('2026-10-25', 'Europe/Berlin', :ball)) v(d, z, c);
SELECT is(pg_temp.bd(:nall, format('%s 00:00 %s', d, z), format('%s 00:00 %s', d::date + 1, z)), '08:00:00',
          format('09:00-17:00 every day: 8 h on the change day %s in %s', d, z))
FROM (VALUES ('2026-03-08', 'America/New_York'), ('2026-11-01', 'America/New_York')) v(d, z);
-- ... on the Monday after, with the weekday calendar.
SELECT is(pg_temp.bd(:bwd, format('%s 00:00 Europe/Berlin', d), format('%s 00:00 Europe/Berlin', d::date + 1)), '08:00:00',
          format('Berlin Mon-Fri 09:00-17:00: 8 h on Monday %s after the change', d))
FROM unnest(ARRAY['2026-03-30', '2026-10-26']) d;
SELECT is(pg_temp.bd(:nwd, format('%s 00:00 America/New_York', d), format('%s 00:00 America/New_York', d::date + 1)), '08:00:00',
          format('New York Mon-Fri 09:00-17:00: 8 h on Monday %s after the change', d))
FROM unnest(ARRAY['2026-03-09', '2026-11-02']) d;
-- A whole week across each change: 5 x 8 h, though the week lasts 167 or 169 hours.
SELECT is(pg_temp.bd(:bwd, '2026-03-23 00:00 Europe/Berlin', '2026-03-30 00:00 Europe/Berlin'), '40:00:00',
          'Berlin Mon-Fri: the week across the spring change has 40 h');
SELECT is(pg_temp.bd(:bwd, '2026-10-19 00:00 Europe/Berlin', '2026-10-26 00:00 Europe/Berlin'), '40:00:00',
          'Berlin Mon-Fri: the week across the autumn change has 40 h');
SELECT is(pg_temp.bd(:nwd, '2026-11-01 00:00 America/New_York', '2026-11-08 00:00 America/New_York'), '40:00:00',
          'New York Mon-Fri: the week after the autumn change has 40 h');
-- Friday 12:00 to Monday 12:00 across the change: 5 h + 3 h (wall clock 71 h).
SELECT is(pg_temp.bd(:bwd, '2026-03-27 12:00 Europe/Berlin', '2026-03-30 12:00 Europe/Berlin'), '08:00:00',
          'Berlin Mon-Fri: Friday noon to Monday noon across the change is 8 h');
SELECT is(pg_temp.bd(:nwd, '2026-03-06 12:00 America/New_York', '2026-03-09 12:00 America/New_York'), '08:00:00',
          'New York Mon-Fri: Friday noon to Monday noon across the change is 8 h');
-- Sunday 00:00-06:00: 5 h when the clocks spring forward, 7 h when they fall back, 6 h otherwise.
SELECT is(pg_temp.bd(c, format('%s 00:00 %s', d, z), format('%s 00:00 %s', d::date + 1, z)), want::interval,
          format('Sunday 00:00-06:00 in %s on %s: %s', z, d, want))
FROM (VALUES (:bsun, 'Europe/Berlin', '2026-03-29', '05:00:00'),
             (:bsun, 'Europe/Berlin', '2026-10-25', '07:00:00'),
             (:bsun, 'Europe/Berlin', '2026-03-22', '06:00:00'),
             (:nsun, 'America/New_York', '2026-03-08', '05:00:00'),
             (:nsun, 'America/New_York', '2026-11-01', '07:00:00'),
             (:nsun, 'America/New_York', '2026-11-08', '06:00:00')) v(c, z, d, want);
-- Deadlines on the change nights.
SELECT is(pg_temp.dl(:bsun, '2026-03-29 00:00 Europe/Berlin', '5 hours'), '2026-03-29 04:00+00'::timestamptz,
          'Berlin spring Sunday: 5 h from 00:00 ends at 06:00 CEST (04:00 UTC)');
SELECT is(pg_temp.dl(:bsun, '2026-03-29 00:00 Europe/Berlin', '6 hours'), '2026-04-05 01:00 Europe/Berlin'::timestamptz,
          'Berlin spring Sunday: the 6th hour is worked the next Sunday, 00:00-01:00');
SELECT is(pg_temp.dl(:nsun, '2026-11-01 00:00 America/New_York', '2 hours'), '2026-11-01 06:00+00'::timestamptz,
          'New York autumn Sunday: 2 h from 00:00 EDT end at the second 01:00 (01:00 EST, 06:00 UTC)');
SELECT is(pg_temp.dl(:nsun, '2026-11-01 00:00 America/New_York', '7 hours'), '2026-11-01 11:00+00'::timestamptz,
          'New York autumn Sunday: 7 h from 00:00 EDT end at 06:00 EST');

-- ---------------------------------------------------------------------------
-- Holidays and special hours: Thursday 2026-12-24 09:00-12:00, Friday
-- 2026-12-25 closed.  The week of 21 December: 8 + 8 + 8 + 3 + 0 = 27 h.
INSERT INTO ims.calendar_exception (org_id, calendar_id, day, start_time, end_time, reason) VALUES
    (:org, :bwd, '2026-12-24', '09:00', '12:00', 'Christmas Eve'),
    (:org, :bwd, '2026-12-25', NULL, NULL, 'Christmas Day');
SELECT is(pg_temp.bd(:bwd, '2026-12-21 00:00 Europe/Berlin', '2026-12-28 00:00 Europe/Berlin'), '27:00:00',
          'a week with a half day and a holiday: 27 h');
SELECT is(pg_temp.bd(:bwd, '2026-12-25 00:00 Europe/Berlin', '2026-12-26 00:00 Europe/Berlin'), '00:00:00',
          'a closed day counts nothing');
SELECT is(pg_temp.bd(:bwd, '2026-12-24 11:00 Europe/Berlin', '2026-12-24 16:00 Europe/Berlin'), '01:00:00',
          'special hours replace the weekly ones: 11:00-16:00 on a 09:00-12:00 day is 1 h');
SELECT is(pg_temp.dl(:bwd, '2026-12-24 11:00 Europe/Berlin', '2 hours'), '2026-12-28 10:00 Europe/Berlin'::timestamptz,
          'a deadline skips the rest of the half day, the holiday and the weekend');

-- ---------------------------------------------------------------------------
-- Shifts crossing midnight (22:00-06:00 Monday to Friday, UTC): an interval
-- belongs to the weekday it starts on.
SELECT pg_temp.cal(:org, 'night shift', 'UTC', '1-5|22:00|06:00') AS night \gset
SELECT is(pg_temp.bd(:night, '2026-06-01 23:00+00', '2026-06-02 02:00+00'), '03:00:00',
          'night shift: Monday 23:00 to Tuesday 02:00 is 3 h across midnight');
-- Mon 22-24 (2), Tue to Fri 00-06 and 22-24 (4 x 8), Sat 00-06 (6); Sunday 22:00 starts nothing.
SELECT is(pg_temp.bd(:night, '2026-06-01 00:00+00', '2026-06-08 00:00+00'), '40:00:00',
          'night shift: a week has 40 h; Monday 00:00-06:00 is not worked (Sunday has no shift)');
SELECT is(pg_temp.bd(:night, '2026-06-05 23:00+00', '2026-06-08 01:00+00'), '07:00:00',
          'night shift: Friday 23:00 to Monday 01:00 is 1 h + Saturday''s 6 h');
SELECT is(pg_temp.dl(:night, '2026-06-06 05:00+00', '2 hours'), '2026-06-08 23:00+00'::timestamptz,
          'night shift: 2 h from Saturday 05:00 end on Monday 23:00');
-- Across the end of the week: a Sunday 22:00-06:00 shift into Monday.
SELECT pg_temp.cal(:org, 'sunday night', 'Europe/Berlin', '7|22:00|06:00') AS sunnight \gset
SELECT is(pg_temp.bd(:sunnight, '2026-06-07 23:00 Europe/Berlin', '2026-06-08 05:00 Europe/Berlin'), '06:00:00',
          'a Sunday 22:00-06:00 shift counts into Monday morning across the end of the week');
SELECT is(pg_temp.bd(:sunnight, '2026-06-01 00:00 Europe/Berlin', '2026-06-15 00:00 Europe/Berlin'), '16:00:00',
          'two weeks of Sunday night shifts: 2 x 8 h');
-- A closed day stops the shift that starts on it, not the one that spills into it.
INSERT INTO ims.calendar_exception (org_id, calendar_id, day) VALUES (:org, :night, '2026-06-10');
SELECT is(pg_temp.bd(:night, '2026-06-10 00:00+00', '2026-06-11 12:00+00'), '06:00:00',
          'holiday Wednesday: Tuesday''s shift still ends 06:00 Wednesday; Wednesday''s shift does not run');

-- Two intervals on one day, and overlapping intervals counted once.
SELECT pg_temp.cal(:org, 'split day', 'Europe/Berlin', '1-5|09:00|12:00; 1-5|13:00|17:00') AS split \gset
SELECT is(pg_temp.bd(:split, '2026-06-01 00:00 Europe/Berlin', '2026-06-02 00:00 Europe/Berlin'), '07:00:00',
          'two intervals (09:00-12:00, 13:00-17:00): 7 h a day');
SELECT is(pg_temp.bd(:split, '2026-06-01 11:00 Europe/Berlin', '2026-06-01 14:00 Europe/Berlin'), '02:00:00',
          'two intervals: 11:00 to 14:00 skips the lunch break');
SELECT is(pg_temp.dl(:split, '2026-06-01 11:00 Europe/Berlin', '1 hour'), '2026-06-01 12:00 Europe/Berlin'::timestamptz,
          'two intervals: a deadline landing on the end of the morning is 12:00, not 13:00');
SELECT is(pg_temp.dl(:split, '2026-06-01 11:00 Europe/Berlin', '1 hour 1 minute'), '2026-06-01 13:01 Europe/Berlin'::timestamptz,
          'two intervals: one minute more continues after the break');
SELECT pg_temp.cal(:org, 'overlap', 'UTC', '1|09:00|13:00; 1|11:00|17:00; 1|22:00|06:00; 2|05:00|09:00') AS ovl \gset
SELECT is(pg_temp.bd(:ovl, '2026-06-01 00:00+00', '2026-06-02 00:00+00'), '10:00:00',
          'overlapping intervals 09-13 and 11-17 count once (8 h) plus 22-24 (2 h)');
SELECT is(pg_temp.bd(:ovl, '2026-06-02 00:00+00', '2026-06-03 00:00+00'), '09:00:00',
          'a night shift spilling over a morning interval it overlaps: 00-06 and 05-09 count 9 h');

-- ---------------------------------------------------------------------------
-- Long and short spans.
-- Three years on Berlin Mon-Fri 09:00-17:00 with the two exceptions above:
-- 8 h per weekday, counted by generate_series, minus 8 h for the holiday and
-- 5 h for the half day.
SELECT is(pg_temp.bd(:bwd, '2026-01-01 00:00 Europe/Berlin', '2029-01-01 00:00 Europe/Berlin'),
          (SELECT make_interval(hours => 8 * count(*)::int - 8 - 5)
           FROM generate_series('2026-01-01'::date, '2028-12-31'::date, '1 day') d
           WHERE extract(isodow FROM d) < 6),
          'three years: 8 h per weekday counted by generate_series, less a holiday and a half day');
SELECT is(pg_temp.bd(:c24, '2026-01-01 00:00+00', '2029-01-01 00:00+00'),
          make_interval(hours => 24 * ('2029-01-01'::date - '2026-01-01'::date)),
          '24x7 over three years (one leap day): 1096 x 24 h');
SELECT is(pg_temp.bd(:bwd, '2026-06-01 08:00 Europe/Berlin', '2036-06-01 08:00 Europe/Berlin'),
          (SELECT make_interval(hours => 8 * count(*)::int - 8 - 5)
           FROM generate_series('2026-06-01'::date, '2036-05-31'::date, '1 day') d
           WHERE extract(isodow FROM d) < 6),
          'ten years, starting and ending outside working hours');
SELECT is(pg_temp.bd(:bwd, '2026-06-01 09:58 Europe/Berlin', '2026-06-01 10:03 Europe/Berlin'), '00:05:00',
          'a span of five minutes');
SELECT is(pg_temp.bd(:bwd, '2026-06-01 16:58 Europe/Berlin', '2026-06-02 09:02 Europe/Berlin'), '00:04:00',
          'four minutes over the night: 2 before 17:00, 2 after 09:00');
SELECT is(pg_temp.bd(:bwd, '2026-06-01 10:00:00.25 Europe/Berlin', '2026-06-01 10:00:00.250001 Europe/Berlin'),
          '00:00:00.000001', 'exact to the microsecond');
SELECT is(pg_temp.bd(:bwd, '2026-06-06 10:00 Europe/Berlin', '2026-06-07 16:00 Europe/Berlin'), '00:00:00',
          'a span inside a weekend is zero');
SELECT is(pg_temp.bd(:bwd, '2026-06-01 10:00+00', '2026-06-01 10:00+00'), '00:00:00', 'an empty span is zero');

-- Inverted spans are negative.
SELECT is(pg_temp.bd(:bwd, '2026-06-02 12:00 Europe/Berlin', '2026-06-01 12:00 Europe/Berlin'), '-08:00:00',
          'an inverted span gives a negative duration');
SELECT is(pg_temp.bd(:bwd, '2026-03-30 12:00 Europe/Berlin', '2026-03-27 12:00 Europe/Berlin'), '-08:00:00',
          'an inverted span across the spring change: -(5 + 3) h');

-- ---------------------------------------------------------------------------
-- business_deadline.
SELECT is(pg_temp.dl(:bwd, '2026-06-01 09:00 Europe/Berlin', '8 hours'), '2026-06-01 17:00 Europe/Berlin'::timestamptz,
          'a deadline landing exactly on the end of an interval is that end (17:00), not the next morning');
SELECT is(pg_temp.dl(:bwd, '2026-06-01 09:00 Europe/Berlin', '8 hours 1 second'), '2026-06-02 09:00:01 Europe/Berlin'::timestamptz,
          'one second more continues the next morning');
SELECT is(pg_temp.dl(:bwd, '2026-06-06 12:00 Europe/Berlin', '1 hour'), '2026-06-08 10:00 Europe/Berlin'::timestamptz,
          'starting on a Saturday: the clock starts on Monday 09:00');
SELECT is(pg_temp.dl(:bwd, '2026-06-01 06:00 Europe/Berlin', '30 minutes'), '2026-06-01 09:30 Europe/Berlin'::timestamptz,
          'starting before opening: 09:30');
SELECT is(pg_temp.dl(:bwd, '2026-03-27 16:00 Europe/Berlin', '2 hours'), '2026-03-30 10:00 Europe/Berlin'::timestamptz,
          'Friday 16:00 plus 2 h across the spring change: Monday 10:00 CEST');
SELECT is(pg_temp.dl(:bwd, '2026-06-01 09:00 Europe/Berlin', '1 day'), '2026-06-03 17:00 Europe/Berlin'::timestamptz,
          'a day of business duration is 24 working hours: three 8-hour days');
SELECT is(pg_temp.dl(:bwd, '2026-06-01 10:00 Europe/Berlin', '0'), '2026-06-01 10:00 Europe/Berlin'::timestamptz,
          'a zero duration returns the start');
SELECT is(pg_temp.dl(:bwd, '2026-06-06 10:00 Europe/Berlin', '0'), '2026-06-06 10:00 Europe/Berlin'::timestamptz,
          'a zero duration returns the start even outside working hours');
-- Negative durations: the deadline is in the past (the earliest such instant).
SELECT is(pg_temp.dl(:bwd, '2026-06-08 10:00 Europe/Berlin', '-2 hours'), '2026-06-05 16:00 Europe/Berlin'::timestamptz,
          'minus 2 h from Monday 10:00: Friday 16:00');
SELECT is(pg_temp.dl(:bwd, '2026-06-08 10:00 Europe/Berlin', '-1 hour'), '2026-06-05 17:00 Europe/Berlin'::timestamptz,
          'minus 1 h from Monday 10:00: the earliest instant with that working time, Friday 17:00');
SELECT is(pg_temp.dl(:bwd, '2026-03-30 10:00 Europe/Berlin', '-16 hours'), '2026-03-26 10:00 Europe/Berlin'::timestamptz,
          'minus 16 h back across the spring change: Thursday 10:00 CET');
SELECT is(pg_temp.dl(:bwd, '2027-01-01 10:00 Europe/Berlin', '-2 hours'), '2026-12-31 16:00 Europe/Berlin'::timestamptz,
          'minus 2 h back across a year end (Friday 1 January 2027 is a working day in this calendar)');
SELECT is(pg_temp.dl(:bwd, '2026-12-31 16:00 Europe/Berlin', '2 hours'), '2027-01-01 10:00 Europe/Berlin'::timestamptz,
          'plus 2 h forward across a year end');
SELECT is(pg_temp.dl(:bwd, '2026-12-23 16:00 Europe/Berlin', '2 days'), '2027-01-04 13:00 Europe/Berlin'::timestamptz,
          '48 working hours from 23 December: 1 + 3 (24th) + 5 x 8 (28th to 1st) + 4 = 48, ending Monday 4 January 13:00');
SELECT is(pg_temp.dl(:c24, '2026-06-01 00:00+00', '-1 day'), '2026-05-31 00:00+00'::timestamptz,
          '24x7: minus one day');

-- Round trip: duration(c, s, deadline(c, s, d)) = d.
SELECT is(ims.business_duration(c, s, ims.business_deadline(c, s, d)), d,
          format('round trip on calendar %s from %s for %s', n, s, d))
FROM (VALUES (:bwd, 'bwd', '2026-03-27 16:30 Europe/Berlin'::timestamptz, '7 hours 45 minutes'::interval),
             (:bwd, 'bwd', '2026-12-23 15:00 Europe/Berlin', '5 hours'),
             (:bwd, 'bwd', '2026-06-06 03:00 Europe/Berlin', '-3 hours 0.5 seconds'),
             (:nsun, 'nsun', '2026-10-31 23:00 America/New_York', '13 hours'),
             (:night, 'night', '2026-06-09 23:59 UTC', '17 hours 3 minutes'),
             (:split, 'split', '2026-06-01 11:59:59.999999 Europe/Berlin', '3 days')) v(c, n, s, d);

-- ---------------------------------------------------------------------------
-- Errors and NULLs.
SELECT throws_ok(format($$SELECT ims.business_deadline(%s, '2026-06-01', '1 month')$$, :bwd),
                 '22023', 'a business duration cannot be given in months or years', 'months are refused');
SELECT throws_ok(format($$SELECT ims.business_deadline(%s, '2026-06-01', '1 year 2 hours')$$, :bwd),
                 '22023', 'a business duration cannot be given in months or years', 'years are refused');
SELECT throws_ok($$SELECT ims.business_duration(-42, '2026-06-01', '2026-06-02')$$,
                 '42704', 'calendar -42 does not exist', 'duration on an unknown calendar: 42704');
SELECT throws_ok($$SELECT ims.business_deadline(-42, '2026-06-01', '1 hour')$$,
                 '42704', 'calendar -42 does not exist', 'deadline on an unknown calendar: 42704');
SELECT is(ims.business_duration(NULL, '2026-06-01', '2026-06-02'), NULL, 'duration: NULL calendar gives NULL');
SELECT is(ims.business_duration(:bwd, NULL, '2026-06-02'), NULL, 'duration: NULL from gives NULL');
SELECT is(ims.business_duration(:bwd, '2026-06-01', NULL), NULL, 'duration: NULL to gives NULL');
SELECT is(ims.business_deadline(NULL, '2026-06-01', '1 hour'), NULL, 'deadline: NULL calendar gives NULL');
SELECT is(ims.business_deadline(:bwd, NULL, '1 hour'), NULL, 'deadline: NULL start gives NULL');
SELECT is(ims.business_deadline(:bwd, '2026-06-01', NULL), NULL, 'deadline: NULL duration gives NULL');
SELECT is(ims.business_deadline(-42, NULL, '1 hour'), NULL, 'STRICT: NULL arguments give NULL before the calendar is looked up');

INSERT INTO ims.calendar (org_id, name, time_zone) VALUES (:org, 'never', 'Europe/Berlin') RETURNING id AS never \gset
SELECT is(pg_temp.bd(:never, '2026-01-01', '2027-01-01'), '00:00:00', 'a calendar with no working time: every duration is zero');
SELECT throws_ok(format($$SELECT ims.business_deadline(%s, '2026-06-01', '1 hour')$$, :never),
                 '22023', format('calendar %s has no working time', :never),
                 'a calendar with no working time: a positive deadline is an error');
SELECT throws_ok(format($$SELECT ims.business_deadline(%s, '2026-06-01', '-1 hour')$$, :never),
                 '22023', format('calendar %s has no working time', :never),
                 'a calendar with no working time: a negative deadline is an error too');
SELECT is(pg_temp.dl(:never, '2026-06-01 10:00+00', '0'), '2026-06-01 10:00+00'::timestamptz,
          'a calendar with no working time: a zero duration still returns the start');

SELECT throws_ok(format($$SELECT ims.business_duration(%s, '1899-12-30 12:00+00', '1900-06-01')$$, :bwd),
                 '22008', 'business time is computed for the years 1900 to 2299 only', 'the year 1899 is refused');
SELECT throws_ok(format($$SELECT ims.business_duration(%s, '2026-01-01', '2300-01-02 12:00+00')$$, :bwd),
                 '22008', 'business time is computed for the years 1900 to 2299 only', 'the year 2300 is refused');
SELECT throws_ok(format($$SELECT ims.business_duration(%s, '2026-01-01', 'infinity')$$, :bwd),
                 '22008', 'business time is computed for the years 1900 to 2299 only', 'infinity is refused');
SELECT throws_ok(format($$SELECT ims.business_deadline(%s, '2299-06-01', '1000 days')$$, :bwd),
                 '22008', 'business time is computed for the years 1900 to 2299 only',
                 'a deadline that would fall after 2299 is refused');
SELECT throws_ok(format($$SELECT ims.business_deadline(%s, '2026-01-01 12:00+00', '213503982 days')$$, :c24),
                 '22008', 'business duration out of range',
                 'a duration too large to count in microseconds (213503982 days) is refused, not wrapped around to minus 8 hours');
SELECT is(pg_temp.bd(:bwd, '1900-01-01 12:00 Europe/Berlin', '1900-01-02 12:00 Europe/Berlin'), '08:00:00',
          '1900 works (Monday 1 January 1900 12:00 to Tuesday 12:00)');
SELECT is(pg_temp.bd(:c24, '2299-12-31 00:00+00', '2299-12-31 23:59+00'), '23:59:00', '2299 works');

SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.calendar (org_id, name, time_zone) VALUES (%s, 'mars', 'Mars/Olympus_Mons')$$, :org)),
          '23514 calendar_time_zone_check calendar', 'an unknown time zone is refused by calendar_time_zone_check');
SELECT is(test_helpers.violation(format(
          $$UPDATE ims.calendar SET time_zone = 'Europe/Nowhere' WHERE id = %s$$, :bwd)),
          '23514 calendar_time_zone_check calendar', 'changing to an invalid time zone is refused');
SELECT ok(ims.is_time_zone('Europe/Berlin') AND ims.is_time_zone('America/New_York') AND ims.is_time_zone('UTC')
          AND NOT ims.is_time_zone('Europe/Atlantis') AND NOT ims.is_time_zone(''),
          'ims.is_time_zone knows IANA names and refuses others');
SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.calendar_hours (org_id, calendar_id, weekday, start_time, end_time) VALUES (%s, %s, 8, '09:00', '10:00')$$,
          :org, :bwd)),
          '23514 calendar_hours_weekday_check calendar_hours', 'a weekday outside 1..7 is refused');
SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.calendar_hours (org_id, calendar_id, weekday, start_time, end_time) VALUES (%s, %s, 6, '10:00', '10:00')$$,
          :org, :bwd)),
          '23514 calendar_hours_interval_check calendar_hours', 'an empty interval (10:00-10:00) is refused');
SELECT is(test_helpers.violation(format(
          $$INSERT INTO ims.calendar_exception (org_id, calendar_id, day, start_time) VALUES (%s, %s, '2026-07-01', '10:00')$$,
          :org, :bwd)),
          '23514 calendar_exception_times_check calendar_exception', 'an exception with a start and no end is refused');

-- 00:00-00:00 is a whole day, as is 00:00-24:00.
SELECT pg_temp.cal(:org, 'whole days', 'Europe/Berlin', '1|00:00|00:00; 2|00:00|24:00') AS whole \gset
SELECT is(pg_temp.bd(:whole, '2026-06-01 00:00 Europe/Berlin', '2026-06-03 00:00 Europe/Berlin'), '48:00:00',
          '00:00-00:00 and 00:00-24:00 are whole days');
SELECT is(pg_temp.bd(:whole, '2026-06-03 00:00 Europe/Berlin', '2026-06-08 00:00 Europe/Berlin'), '00:00:00',
          '... and do not spill into the next day');

-- ---------------------------------------------------------------------------
-- The cache: a change in this session is seen by the next call.
SELECT pg_temp.cal(:org, 'cached', 'Europe/Berlin', '1-5|09:00|17:00') AS cc \gset
SELECT is(pg_temp.bd(:cc, '2026-06-01 00:00 Europe/Berlin', '2026-06-02 00:00 Europe/Berlin'), '08:00:00', 'cache: 8 h before the change');
UPDATE ims.calendar_hours SET end_time = '18:30' WHERE org_id = :org AND calendar_id = :cc AND weekday = 1;
SELECT is(pg_temp.bd(:cc, '2026-06-01 00:00 Europe/Berlin', '2026-06-02 00:00 Europe/Berlin'), '09:30:00',
          'cache: changed hours are seen by the next call');
INSERT INTO ims.calendar_exception (org_id, calendar_id, day) VALUES (:org, :cc, '2026-06-01');
SELECT is(pg_temp.bd(:cc, '2026-06-01 00:00 Europe/Berlin', '2026-06-02 00:00 Europe/Berlin'), '00:00:00',
          'cache: a new exception is seen by the next call');
SELECT is(pg_temp.dl(:cc, '2026-06-01 08:00 Europe/Berlin', '1 hour'), '2026-06-02 10:00 Europe/Berlin'::timestamptz,
          'cache: business_deadline sees the new exception too');
DELETE FROM ims.calendar_exception WHERE org_id = :org AND calendar_id = :cc;
SELECT is(pg_temp.bd(:cc, '2026-06-01 00:00 Europe/Berlin', '2026-06-02 00:00 Europe/Berlin'), '09:30:00',
          'cache: a deleted exception is seen by the next call');
UPDATE ims.calendar SET time_zone = 'America/New_York' WHERE id = :cc;
SELECT is(pg_temp.bd(:cc, '2026-06-01 09:00 Europe/Berlin', '2026-06-01 18:30 Europe/Berlin'), '03:30:00',
          'cache: a changed time zone is seen (09:00 New York is 15:00 Berlin)');
-- A change rolled back (a savepoint) is forgotten by the cache too.
SAVEPOINT s;
UPDATE ims.calendar_hours SET end_time = '23:00' WHERE org_id = :org AND calendar_id = :cc AND weekday = 2;
SELECT is(pg_temp.bd(:cc, '2026-06-02 00:00 America/New_York', '2026-06-03 00:00 America/New_York'), '14:00:00',
          'cache: inside the savepoint, the new hours');
ROLLBACK TO SAVEPOINT s;
SELECT is(pg_temp.bd(:cc, '2026-06-02 00:00 America/New_York', '2026-06-03 00:00 America/New_York'), '08:00:00',
          'cache: after ROLLBACK TO SAVEPOINT, the old hours again');
-- Within one statement, many rows on several calendars (the per-call-site memory switches calendars).
SELECT is((SELECT string_agg(ims.business_duration(c, '2026-06-01 00:00 Europe/Berlin', '2026-06-02 00:00 Europe/Berlin')::text, ' ' ORDER BY o)
           FROM (VALUES (1, :bwd), (2, :c24), (3, :bwd), (4, :split), (5, :bwd)) v(o, c)),
          '08:00:00 24:00:00 08:00:00 07:00:00 08:00:00', 'one call site, alternating calendars');

-- ---------------------------------------------------------------------------
-- Property test.  Three calendars:
--   24x7 (UTC);
--   Berlin Mon-Fri 09:00-17:00 with the German public holidays 2025-2028
--   closed and 24 and 31 December 09:00-12:00;
--   New York Mon-Fri 08:00-12:00 and 13:00-17:00, Friday also 16:00-20:00
--   (overlapping), Saturday 23:00-03:00 (crossing midnight and the
--   change nights), and 2026-07-03 20:00-04:00 as special hours.
-- Starts over 2025-2028, a fifth of them within a day of a change night;
-- durations and spans log-uniform from a minute to three weeks, a tenth negative.
SELECT pg_temp.cal(:org, 'prop berlin', 'Europe/Berlin', '1-5|09:00|17:00') AS pb \gset
INSERT INTO ims.calendar_exception (org_id, calendar_id, day, reason)
SELECT :org, :pb, d::date, 'public holiday' FROM unnest(ARRAY[
    '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-01', '2025-05-29', '2025-06-09', '2025-10-03', '2025-12-25', '2025-12-26',
    '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-01', '2026-05-14', '2026-05-25', '2026-10-03', '2026-12-25', '2026-12-26',
    '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-01', '2027-05-06', '2027-05-17', '2027-10-03', '2027-12-25', '2027-12-26',
    '2028-01-01', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-25', '2028-06-05', '2028-10-03', '2028-12-25', '2028-12-26']) d;
INSERT INTO ims.calendar_exception (org_id, calendar_id, day, start_time, end_time, reason)
SELECT :org, :pb, make_date(y, 12, d), '09:00', '12:00', 'half day' FROM generate_series(2025, 2028) y, unnest(ARRAY[24, 31]) d;
SELECT pg_temp.cal(:org, 'prop new york', 'America/New_York',
                   '1-5|08:00|12:00; 1-5|13:00|17:00; 5|16:00|20:00; 6|23:00|03:00') AS pn \gset
INSERT INTO ims.calendar_exception (org_id, calendar_id, day, start_time, end_time, reason)
VALUES (:org, :pn, '2026-07-03', '20:00', '04:00', 'night before the 4th');

-- The reference: for each local day of the span (and the day before, for
-- shifts spilling over midnight), each working interval of that day (its
-- exception rows if it has any, else its weekday's), converted with
-- (day + time) AT TIME ZONE; the union of those ranges clipped to the span.
CREATE FUNCTION pg_temp.ref_duration(cal bigint, a timestamptz, b timestamptz) RETURNS interval
LANGUAGE sql STABLE AS $$
    WITH c AS (SELECT org_id, id, time_zone FROM ims.calendar WHERE id = cal),
    days AS (
        SELECT d::date AS day
        FROM c, generate_series((least(a, b) AT TIME ZONE c.time_zone)::date - 1,
                                (greatest(a, b) AT TIME ZONE c.time_zone)::date, '1 day') d
    ),
    iv AS (
        SELECT days.day, x.start_time, x.end_time
        FROM days, c, ims.calendar_exception x
        WHERE x.org_id = c.org_id AND x.calendar_id = c.id AND x.day = days.day AND x.start_time IS NOT NULL
        UNION ALL
        SELECT days.day, h.start_time, h.end_time
        FROM days, c, ims.calendar_hours h
        WHERE h.org_id = c.org_id AND h.calendar_id = c.id AND h.weekday = extract(isodow FROM days.day)
          AND NOT EXISTS (SELECT FROM ims.calendar_exception x
                          WHERE x.org_id = c.org_id AND x.calendar_id = c.id AND x.day = days.day)
    ),
    seg AS (
        SELECT (iv.day + iv.start_time) AT TIME ZONE c.time_zone AS s,
               (iv.day + CASE WHEN iv.end_time <= iv.start_time THEN 1 ELSE 0 END + iv.end_time) AT TIME ZONE c.time_zone AS e
        FROM iv, c
    ),
    parts AS (
        SELECT unnest(range_agg(tstzrange(s, greatest(s, e)))
                      * tstzmultirange(tstzrange(least(a, b), greatest(a, b)))) AS p
        FROM seg
    )
    SELECT CASE WHEN a <= b THEN 1 ELSE -1 END
           * make_interval(secs => coalesce(sum(extract(epoch FROM upper(p) - lower(p))), 0))
    FROM parts
$$;

SELECT setseed(0.27013);
CREATE TEMP TABLE prop AS
WITH r AS (
    SELECT g, random() AS rc, random() AS rs, random() AS rk, random() AS rd, random() AS rsd, random() AS rw, random() AS rsw,
           random() AS rdst
    FROM generate_series(1, 10000) g
)
SELECT g,
       (ARRAY[:c24, :pb, :pn])[1 + floor(rc * 3)::int] AS cal,
       CASE WHEN rk < 0.2
            -- within a day of a change night (Berlin and New York, 2025-2028)
            THEN (ARRAY['2025-03-30', '2025-10-26', '2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31', '2028-03-26', '2028-10-29',
                        '2025-03-09', '2025-11-02', '2026-03-08', '2026-11-01', '2027-03-14', '2027-11-07', '2028-03-12', '2028-11-05']
                 )[1 + floor(rdst * 16)::int]::timestamptz - interval '1 day' + rs * interval '2 days'
            WHEN rk < 0.3
            -- on a whole hour, to hit interval bounds exactly
            THEN date_trunc('hour', '2025-01-01 00:00+00'::timestamptz + rs * interval '1461 days')
            ELSE '2025-01-01 00:00+00'::timestamptz + rs * interval '1461 days' END AS s,
       CASE WHEN rsd < 0.1 THEN -1 ELSE 1 END * make_interval(secs => round((60 * power(30240, rd))::numeric, 6)::float8) AS d,
       CASE WHEN rsw < 0.1 THEN -1 ELSE 1 END * make_interval(secs => round((60 * power(30240, rw))::numeric, 6)::float8) AS w
FROM r;
ALTER TABLE prop ADD COLUMN dl timestamptz;
UPDATE prop SET dl = ims.business_deadline(cal, s, d);

SELECT is((SELECT count(*) FROM prop), 10000::bigint, 'property: 10,000 triples');
SELECT ok((SELECT count(DISTINCT cal) = 3 AND count(*) FILTER (WHERE d < '0') BETWEEN 800 AND 1200
                  AND min(d) < '00:02:00' AND max(d) > '14 days'
           FROM prop), 'property: the triples cover three calendars, negative durations, minutes to weeks');
SELECT is((SELECT count(*) FROM prop WHERE ims.business_duration(cal, s, dl) <> d), 0::bigint,
          'property: business_duration(c, s, business_deadline(c, s, d)) = d for all 10,000 triples');
SELECT is((SELECT count(*) FROM prop
           WHERE d > '0' AND ims.business_duration(cal, s, dl - interval '1 microsecond') <> d - interval '1 microsecond'),
          0::bigint, 'property: a positive deadline is the earliest instant (one microsecond before, one microsecond is missing)');
SELECT is((SELECT count(*) FROM prop WHERE (d > '0' AND dl <= s) OR (d < '0' AND dl >= s)), 0::bigint,
          'property: positive durations end after the start, negative ones before');
SELECT is((SELECT count(*) FROM prop
           WHERE extract(epoch FROM ims.business_duration(cal, s, s + w)) <> extract(epoch FROM pg_temp.ref_duration(cal, s, s + w))),
          0::bigint, 'property: business_duration agrees with the SQL reference on all 10,000 spans');
SELECT is((SELECT count(*) FROM prop
           WHERE extract(epoch FROM pg_temp.ref_duration(cal, s, dl)) <> extract(epoch FROM d)),
          0::bigint, 'property: the reference agrees that business_deadline is d of working time after s, for all 10,000 triples');
SELECT is((SELECT count(*) FROM prop
           WHERE ims.business_duration(cal, s + w, s) <> -ims.business_duration(cal, s, s + w)),
          0::bigint, 'property: business_duration is antisymmetric');

SELECT * FROM finish();
ROLLBACK;
