-- Benchmark data for bench/views (docs/performance.md, "views").
--
-- Two organizations, both built through the registers and their rules (no
-- trigger is bypassed):
--
--   * the demo organization, ims.demo_load(1): 2,000 incidents and the rest
--     of a realistic year, loaded row by row;
--   * a bulk organization of BULK_INCIDENTS incidents (default 1,000,000)
--     over the 365 days before today, loaded with set-based statements, one
--     hour of the year at a time: for every hour, the incidents reported in
--     it are inserted (status new, reported_at spread over the hour), then
--     the incidents whose next step falls in that hour are moved on in one
--     UPDATE per step (in_progress, on_hold, in_progress again, resolved,
--     closed), with ims.effective_time set to the end of the hour so that
--     status history, milestones and clocks carry realistic instants.  80 %
--     of the arrivals fall in office hours.  2 % are information security
--     incidents (assessed when work starts, closed with lessons learned),
--     0.3 % major incidents (left resolved, half of them with a problem).
--     Plus 20,000 normal changes, 55 a day on distinct CIs, each through
--     draft, submitted, approved (by the CAB, with its assessment),
--     scheduled, implementing inside its window, review and closed; 500
--     risks and a Statement of Applicability of every 27001:2022 control.
--
-- ims.demo_load at scale 500 would give the same million incidents, but it
-- works one incident at a time (about 10 s per 2,000 here): some 80 minutes.
-- The hour-by-hour load takes a few minutes.  BULK_INCIDENTS can be set in
-- the environment of make bench (psql -v); fewer incidents load faster.
\set ON_ERROR_STOP on
\if :{?bulk_incidents}
\else
\set bulk_incidents `echo "${BULK_INCIDENTS:-1000000}"`
\endif
DROP SCHEMA IF EXISTS bench_views CASCADE;
CREATE SCHEMA bench_views;
SELECT setseed(0.27013) \g /dev/null

-- ---------------------------------------------------------------------------
-- The demo organization.
SELECT ims.demo_load(1, 'bench-views-demo-' || (SELECT count(*) FROM ims.organization WHERE code LIKE 'bench-views-demo-%'))
    AS demo_org \gset

-- ---------------------------------------------------------------------------
-- The bulk organization: services, CIs, an office calendar, SLA targets.
SET ims.actor = 'bench.loader';
INSERT INTO ims.organization (code, name)
SELECT 'bench-views-bulk-' || count(*), 'Bulk Bank' FROM ims.organization WHERE code LIKE 'bench-views-bulk-%'
RETURNING org_id AS bulk_org \gset
CREATE TABLE bench_views.config AS
SELECT :demo_org::bigint AS demo_org, :bulk_org::bigint AS bulk_org,
       date_trunc('day', now()) - interval '365 days' AS t0,
       (date_trunc('month', now()) - interval '1 month')::date AS month;
INSERT INTO ims.management_system (org_id, kind, standard, name, status, scope_statement) VALUES
    (:bulk_org, 'isms', '27001:2022', 'Bulk Bank ISMS', 'operating', 'Payments and customer data'),
    (:bulk_org, 'sms', '20000-1:2018', 'Bulk Bank SMS', 'operating', 'All IT services');
INSERT INTO ims.organization_regime (org_id, regime) VALUES (:bulk_org, 'nis2');
INSERT INTO ims.service (org_id, name, criticality)
SELECT :bulk_org, 'Service ' || g, 1 + g % 4 FROM generate_series(1, 8) g;
INSERT INTO ims.ci (org_id, name, ci_class) SELECT :bulk_org, 'server-' || g, 'server' FROM generate_series(1, 200) g;
INSERT INTO ims.service_ci (org_id, service_id, ci_id)
SELECT :bulk_org, s.id, c.id FROM ims.service s JOIN ims.ci c ON c.org_id = s.org_id
WHERE s.org_id = :bulk_org AND (c.id - (SELECT min(id) FROM ims.ci WHERE org_id = :bulk_org)) % 8
                               = (s.id - (SELECT min(id) FROM ims.service WHERE org_id = :bulk_org));
INSERT INTO ims.calendar (org_id, name, time_zone) VALUES (:bulk_org, 'office', 'Europe/Berlin')
RETURNING id AS cal \gset
INSERT INTO ims.calendar_hours (org_id, calendar_id, weekday, start_time, end_time)
SELECT :bulk_org, :cal, d, '08:00', '18:00' FROM generate_series(1, 5) d;
INSERT INTO ims.sla_target (org_id, agreement_kind, agreement_name, priority, metric, target, calendar_id)
SELECT :bulk_org, 'sla', 'Customer SLA', p, m, t::interval, :cal
FROM (VALUES (1, 'response', '30 minutes'), (1, 'resolution', '4 hours'), (2, 'response', '1 hour'),
             (2, 'resolution', '8 hours'), (3, 'response', '4 hours'), (3, 'resolution', '24 hours'),
             (4, 'response', '8 hours'), (4, 'resolution', '40 hours'), (5, 'response', '16 hours'),
             (5, 'resolution', '80 hours')) AS x(p, m, t);
INSERT INTO ims.change_freeze (org_id, name, period)
VALUES (:bulk_org, 'Year-end freeze', tstzrange(date_trunc('year', now()) + interval '11 months 20 days',
                                                date_trunc('year', now()) + interval '1 year 3 days'));

-- ---------------------------------------------------------------------------
-- The plan: every incident's arrival and the hours of its later steps.
-- Hours are counted from t0; a step in hour h happens at the end of hour h.
CREATE TABLE bench_views.hour AS
SELECT h, c.t0 + h * interval '1 hour' AS hs,
       extract(isodow FROM (c.t0 + h * interval '1 hour') AT TIME ZONE 'Europe/Berlin') < 6
       AND extract(hour FROM (c.t0 + h * interval '1 hour') AT TIME ZONE 'Europe/Berlin') BETWEEN 8 AND 17 AS office
FROM bench_views.config c, generate_series(0, 365 * 24 - 1) h;
ALTER TABLE bench_views.hour ADD COLUMN arrivals integer;
UPDATE bench_views.hour SET arrivals = round(:bulk_incidents::numeric
    * CASE WHEN office THEN 0.8 / (SELECT count(*) FROM bench_views.hour WHERE office)
           ELSE 0.2 / (SELECT count(*) FROM bench_views.hour WHERE NOT office) END
    * (0.5 + random()));

CREATE TABLE bench_views.plan AS
SELECT nextval(pg_get_serial_sequence('ims.incident', 'id')) AS id, h.h AS report_h,
       h.hs + random() * interval '1 hour' AS reported_at,
       random() AS u_impact, 1 + floor(random() * 4)::int AS urgency,
       1 + floor(random() * 8)::int AS service_no,
       random() AS u_sec, random() AS u_major, random() AS u_hold, random() AS u_resp, random() AS u_res,
       random() AS u_hold_len, random() AS u_close
FROM bench_views.hour h, LATERAL generate_series(1, h.arrivals) g;
ALTER TABLE bench_views.plan ADD COLUMN impact integer, ADD COLUMN is_sec boolean, ADD COLUMN is_major boolean,
    ADD COLUMN respond_h integer, ADD COLUMN hold_h integer, ADD COLUMN resume_h integer,
    ADD COLUMN resolve_h integer, ADD COLUMN close_h integer;
UPDATE bench_views.plan SET
    impact = CASE WHEN u_impact < 0.05 THEN 1 WHEN u_impact < 0.25 THEN 2 WHEN u_impact < 0.7 THEN 3 ELSE 4 END,
    is_sec = u_sec < 0.02,
    is_major = u_impact < 0.05 AND u_major < 0.06,
    respond_h = report_h + floor(u_resp ^ 3 * 4)::int,
    hold_h = CASE WHEN u_hold < 0.1 THEN report_h + floor(u_resp ^ 3 * 4)::int + 1 END;
UPDATE bench_views.plan SET
    resume_h = hold_h + 1 + floor(u_hold_len * 20)::int,
    resolve_h = coalesce(hold_h + 1 + floor(u_hold_len * 20)::int, respond_h) + 1
                + floor(u_res ^ 2 * CASE impact WHEN 1 THEN 8 WHEN 2 THEN 24 WHEN 3 THEN 72 ELSE 160 END)::int;
UPDATE bench_views.plan SET close_h = CASE WHEN NOT is_major THEN resolve_h + 24 + floor(u_close * 72)::int END;
CREATE INDEX ON bench_views.plan (report_h);
CREATE INDEX ON bench_views.plan (respond_h);
CREATE INDEX ON bench_views.plan (hold_h);
CREATE INDEX ON bench_views.plan (resume_h);
CREATE INDEX ON bench_views.plan (resolve_h);
CREATE INDEX ON bench_views.plan (close_h);
ANALYZE bench_views.plan;

-- Changes: 55 a day, each on its own CI, window 20:00-22:00 UTC of its day.
CREATE TABLE bench_views.change_plan AS
SELECT nextval(pg_get_serial_sequence('ims.change', 'id')) AS id, d AS day_no, j,
       c.t0 + d * interval '1 day' + interval '20 hours' AS planned_start,
       (SELECT min(id) FROM ims.ci WHERE org_id = c.bulk_org) + (d * 55 + j) % 200 AS ci_id
FROM bench_views.config c, generate_series(0, 370) d, generate_series(0, 54) j;
DELETE FROM bench_views.change_plan p USING ims.change_freeze f, bench_views.config c
WHERE f.org_id = c.bulk_org AND f.period && tstzrange(p.planned_start - interval '5 days', p.planned_start + interval '2 hours');
CREATE INDEX ON bench_views.change_plan (day_no);
ANALYZE bench_views.change_plan;

-- ---------------------------------------------------------------------------
-- The load, hour by hour, through the rules; a commit per simulated day.
-- Each CALL loads 30 days and is followed by an ANALYZE: a backend running
-- one long CALL does not report its changes to the statistics collector, so
-- autovacuum would never analyze the growing tables, and the plans the
-- rules and foreign keys cache (made when the organization was empty) would
-- go on treating it as empty.
CREATE PROCEDURE bench_views.load_incidents(p_from_h integer, p_to_h integer)
LANGUAGE plpgsql AS $$
DECLARE
    org bigint := (SELECT bulk_org FROM bench_views.config);
    svc0 bigint := (SELECT min(id) FROM ims.service WHERE org_id = (SELECT bulk_org FROM bench_views.config));
    r record;
BEGIN
    FOR r IN SELECT h, hs FROM bench_views.hour WHERE h BETWEEN p_from_h AND p_to_h ORDER BY h LOOP
        EXIT WHEN r.hs > now();
        PERFORM set_config('ims.actor', 'bench.loader', true);
        PERFORM set_config('ims.effective_time', r.hs::text, true);
        INSERT INTO ims.incident (org_id, id, title, service_id, impact, urgency, is_major, reported_at)
        SELECT org, p.id, 'Bulk incident ' || p.id, svc0 + p.service_no - 1, p.impact, p.urgency, p.is_major, p.reported_at
        FROM bench_views.plan p WHERE p.report_h = r.h;
        EXIT WHEN r.hs + interval '1 hour' > now();
        PERFORM set_config('ims.effective_time', (r.hs + interval '1 hour' - interval '1 second')::text, true);
        PERFORM set_config('ims.actor', 'agent.' || (r.h % 12 + 1), true);
        UPDATE ims.incident i SET status = 'in_progress', assignee = 'agent.' || (p.id % 12 + 1),
               security_class = CASE WHEN p.is_sec THEN 'incident' ELSE 'none' END,
               security_assessed_by = CASE WHEN p.is_sec THEN 'ciso.carla' END,
               affects_integrity = p.is_sec
        FROM bench_views.plan p WHERE p.respond_h = r.h AND i.org_id = org AND i.id = p.id;
        UPDATE ims.incident i SET status = 'on_hold'
        FROM bench_views.plan p WHERE p.hold_h = r.h AND i.org_id = org AND i.id = p.id;
        UPDATE ims.incident i SET status = 'in_progress'
        FROM bench_views.plan p WHERE p.resume_h = r.h AND i.org_id = org AND i.id = p.id;
        UPDATE ims.incident i SET status = 'resolved', resolution_code = 'fixed', resolution_note = 'Service restored.'
        FROM bench_views.plan p WHERE p.resolve_h = r.h AND i.org_id = org AND i.id = p.id;
        UPDATE ims.incident i SET status = 'closed',
               lessons_learned = CASE WHEN p.is_sec THEN 'Monitoring of the affected system tightened.' END
        FROM bench_views.plan p WHERE p.close_h = r.h AND i.org_id = org AND i.id = p.id;
        IF r.h % 24 = 23 THEN
            COMMIT;
        END IF;
    END LOOP;
END $$;

CREATE PROCEDURE bench_views.load_changes(p_from_d integer, p_to_d integer)
LANGUAGE plpgsql AS $$
DECLARE
    org bigint := (SELECT bulk_org FROM bench_views.config);
    t0 timestamptz := (SELECT t0 FROM bench_views.config);
    d integer;
    ds timestamptz;
BEGIN
    FOR d IN p_from_d .. p_to_d LOOP
        ds := t0 + d * interval '1 day';
        EXIT WHEN ds > now();
        PERFORM set_config('ims.effective_time', (ds + interval '9 hours')::text, true);
        -- raised five days ahead, approved three days ahead and scheduled
        PERFORM set_config('ims.actor', 'engineer.ed', true);
        INSERT INTO ims.change (org_id, id, title, change_type, requested_by, planned_start, planned_end)
        SELECT org, p.id, 'Bulk change ' || p.id, 'normal', 'engineer.' || (p.j % 7 + 1),
               p.planned_start, p.planned_start + interval '2 hours'
        FROM bench_views.change_plan p WHERE p.day_no = d + 5;
        INSERT INTO ims.change_ci (org_id, change_id, ci_id)
        SELECT org, p.id, p.ci_id FROM bench_views.change_plan p WHERE p.day_no = d + 5;
        UPDATE ims.change c SET status = 'submitted'
        FROM bench_views.change_plan p WHERE p.day_no = d + 5 AND c.org_id = org AND c.id = p.id;
        PERFORM set_config('ims.actor', 'cab.chair', true);
        UPDATE ims.change c SET status = 'approved', approved_by = 'cab.chair',
               risk_level = (ARRAY['low', 'medium', 'high'])[1 + p.j % 3],
               security_impact_assessment = 'No change to access rights or data exposure.'
        FROM bench_views.change_plan p WHERE p.day_no = d + 3 AND c.org_id = org AND c.id = p.id;
        UPDATE ims.change c SET status = 'scheduled'
        FROM bench_views.change_plan p WHERE p.day_no = d + 3 AND c.org_id = org AND c.id = p.id;
        -- implemented in the window, reviewed, closed the next morning
        CONTINUE WHEN d < 0;
        PERFORM set_config('ims.actor', 'engineer.ed', true);
        EXIT WHEN ds + interval '21 hours 30 minutes' > now();
        PERFORM set_config('ims.effective_time', (ds + interval '20 hours 10 minutes')::text, true);
        UPDATE ims.change c SET status = 'implementing'
        FROM bench_views.change_plan p WHERE p.day_no = d AND c.org_id = org AND c.id = p.id;
        PERFORM set_config('ims.effective_time', (ds + interval '21 hours 30 minutes')::text, true);
        UPDATE ims.change c SET status = 'review', outcome = 'successful'
        FROM bench_views.change_plan p WHERE p.day_no = d AND c.org_id = org AND c.id = p.id;
        EXIT WHEN ds + interval '1 day 9 hours' > now();
        PERFORM set_config('ims.effective_time', (ds + interval '1 day 9 hours')::text, true);
        UPDATE ims.change c SET status = 'closed'
        FROM bench_views.change_plan p WHERE p.day_no = d AND c.org_id = org AND c.id = p.id;
        COMMIT;
    END LOOP;
END $$;

\echo '    bulk organization: incidents (hour by hour through the rules) ...'
SELECT format('CALL bench_views.load_incidents(%s, %s)', h, h + 719),
       'ANALYZE ims.incident, ims.status_history, ims.history'
FROM generate_series(0, 365 * 24 - 1, 720) h \gexec
\echo '    bulk organization: changes ...'
SELECT format('CALL bench_views.load_changes(%s, %s)', d, d + 29),
       'ANALYZE ims.change, ims.change_ci, ims.status_history, ims.history'
FROM generate_series(-5, 370, 30) d \gexec

-- Problems for half of the major incidents, risks, the Statement of Applicability.
SET ims.actor = 'problem.pia';
BEGIN;
CREATE TEMP TABLE major_problem ON COMMIT DROP AS
SELECT p.id AS incident_id, nextval(pg_get_serial_sequence('ims.problem', 'id')) AS problem_id
FROM bench_views.plan p JOIN ims.incident i ON i.org_id = :bulk_org AND i.id = p.id
WHERE p.is_major AND p.id % 2 = 0;
INSERT INTO ims.problem (org_id, id, title)
SELECT :bulk_org, problem_id, 'Root cause of major incident ' || incident_id FROM major_problem;
INSERT INTO ims.problem_incident (org_id, problem_id, incident_id)
SELECT :bulk_org, problem_id, incident_id FROM major_problem;
COMMIT;
SET ims.actor = 'risk.rita';
INSERT INTO ims.risk (org_id, title, owner, inherent_likelihood, inherent_impact)
SELECT :bulk_org, 'Risk ' || g, 'owner.' || (g % 9 + 1), 1 + floor(random() * 5)::int, 1 + floor(random() * 5)::int
FROM generate_series(1, 500) g;
INSERT INTO ims.soa_entry (org_id, management_system_id, control_set, control_ref, applicable, justification,
                           implementation_status, owner)
SELECT :bulk_org, m.id, c.standard, c.ref, true, 'Required by the risk treatment plan.', 'planned', 'ciso.carla'
FROM ims.control c, ims.management_system m
WHERE c.standard = '27001:2022' AND c.kind = 'control' AND m.org_id = :bulk_org AND m.kind = 'isms';
RESET ims.actor;

VACUUM ANALYZE;

\echo '    organizations (demo, bulk), incidents, the benchmark month and its incidents in the bulk organization:'
SELECT c.demo_org, c.bulk_org,
       (SELECT count(*) FROM ims.incident i WHERE i.org_id = c.demo_org) AS demo_incidents,
       (SELECT count(*) FROM ims.incident i WHERE i.org_id = c.bulk_org) AS bulk_incidents,
       (SELECT count(*) FROM ims.change x WHERE x.org_id = c.bulk_org) AS bulk_changes,
       c.month,
       (SELECT count(*) FROM ims.incident i WHERE i.org_id = c.bulk_org AND i.reported_at >= c.month
          AND i.reported_at < c.month + interval '1 month') AS month_incidents
FROM bench_views.config c;
