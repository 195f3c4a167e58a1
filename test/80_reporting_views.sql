-- Reporting views (issue 8) on a loaded data set: every view of schema ims
-- answers; every view and every column is commented and snake_case; the
-- values make sense against the registers they come from; and selective
-- questions (one organization, one service, one month, one incident) are
-- answered through the registers' org-keyed indexes, not by scanning them.
--
-- Data: the demo organization (ims.demo_load(1), about 10 s, through the
-- rules) and a larger "bulk" organization of plain records inserted and
-- moved in a few set-based statements, also through the rules.  With the
-- bulk organization the demo organization holds about 6 % of the incidents,
-- changes and service requests, so after ANALYZE an index is the cheaper
-- plan for a question about the demo organization and the planner must
-- find it: no enable_seqscan = off anywhere in this file.
BEGIN;
SELECT plan(52);

-- ---------------------------------------------------------------------------
-- Data.
SELECT ims.demo_load(1) AS demo \gset
SET LOCAL ims.actor = 'report.t80';
INSERT INTO ims.organization (code, name) VALUES ('t80-bulk', 'Bulk organization') RETURNING org_id AS bulk \gset
INSERT INTO ims.service (org_id, name) SELECT :bulk, 'Bulk service ' || g FROM generate_series(1, 8) g;
INSERT INTO ims.ci (org_id, name, ci_class) SELECT :bulk, 'bulk-ci-' || g, 'server' FROM generate_series(1, 50) g;
SELECT min(id) AS bulk_svc FROM ims.service WHERE org_id = :bulk \gset
SELECT min(id) AS bulk_ci FROM ims.ci WHERE org_id = :bulk \gset
-- 30,000 incidents over the last year, reported as new ...
INSERT INTO ims.incident (org_id, title, service_id, impact, urgency, reported_at)
SELECT :bulk, 'Bulk incident ' || g, :bulk_svc + g % 8, 1 + g % 4, 1 + (g / 4) % 4,
       date_trunc('day', now()) - interval '365 days' + (g * 365.0 / 30000) * interval '1 day'
FROM generate_series(1, 30000) g;
-- ... then worked in bulk: most taken on, resolved and closed.
SELECT set_config('ims.effective_time', (now() - interval '2 days')::text, true) \g /dev/null
UPDATE ims.incident SET status = 'in_progress' WHERE org_id = :bulk AND id % 10 <> 0;
SELECT set_config('ims.effective_time', (now() - interval '1 day')::text, true) \g /dev/null
UPDATE ims.incident SET status = 'resolved', resolution_code = 'fixed', resolution_note = 'Fixed in bulk.'
WHERE org_id = :bulk AND id % 10 NOT IN (0, 1);
UPDATE ims.incident SET status = 'closed' WHERE org_id = :bulk AND id % 10 NOT IN (0, 1, 2);
SELECT set_config('ims.effective_time', '', true) \g /dev/null
-- 10,000 service requests and 4,000 draft changes with planned windows.
INSERT INTO ims.service_request (org_id, service_id, title, reported_at)
SELECT :bulk, :bulk_svc + g % 8, 'Bulk request ' || g, now() - (g % 365) * interval '1 day'
FROM generate_series(1, 10000) g;
INSERT INTO ims.change (org_id, title, requested_by, planned_start, planned_end)
SELECT :bulk, 'Bulk change ' || g, 'engineer.bulk', date_trunc('day', now()) - interval '365 days' + g * interval '2 hours',
       date_trunc('day', now()) - interval '365 days' + g * interval '2 hours' + interval '1 hour'
FROM generate_series(1, 4000) g;
INSERT INTO ims.change_ci (org_id, change_id, ci_id)
SELECT :bulk, id, :bulk_ci + id % 50 FROM ims.change WHERE org_id = :bulk;
INSERT INTO ims.problem (org_id, title, is_proactive) VALUES (:bulk, 'Disks fill up every quarter', true);

-- In the demo organization: a change scheduled next week, and a draft on
-- its CI whose window overlaps it and runs into a freeze declared after the
-- scheduled window (a draft is not checked by change_window, so the
-- calendar is what shows the clash).
SELECT min(id) AS demo_ci FROM ims.ci WHERE org_id = :demo \gset
SELECT date_trunc('day', now()) + interval '7 days 20 hours' AS sched_start \gset
INSERT INTO ims.change (org_id, title, requested_by, planned_start, planned_end)
VALUES (:demo, 'Scheduled upgrade', 'engineer.t80', :'sched_start', :'sched_start'::timestamptz + interval '2 hours')
RETURNING id AS sched \gset
INSERT INTO ims.change_ci (org_id, change_id, ci_id) VALUES (:demo, :sched, :demo_ci);
UPDATE ims.change SET status = 'submitted' WHERE org_id = :demo AND id = :sched;
UPDATE ims.change SET status = 'approved', approved_by = 'cab.t80', risk_level = 'low',
       security_impact_assessment = 'No change to access rights.' WHERE org_id = :demo AND id = :sched;
UPDATE ims.change SET status = 'scheduled' WHERE org_id = :demo AND id = :sched;
INSERT INTO ims.change_freeze (org_id, name, period)
VALUES (:demo, 't80 freeze', tstzrange(:'sched_start'::timestamptz + interval '2 hours', :'sched_start'::timestamptz + interval '5 hours'));
INSERT INTO ims.change (org_id, title, requested_by, planned_start, planned_end)
VALUES (:demo, 'Clashing draft', 'engineer.t80', :'sched_start'::timestamptz + interval '90 minutes',
        :'sched_start'::timestamptz + interval '3 hours')
RETURNING id AS clash \gset
INSERT INTO ims.change_ci (org_id, change_id, ci_id) VALUES (:demo, :clash, :demo_ci);
ANALYZE;

SELECT id AS demo_svc FROM ims.service WHERE org_id = :demo AND name = 'Online banking' \gset
SELECT (date_trunc('month', now()) - interval '1 month')::date AS month \gset
SELECT max(id) AS demo_inc FROM ims.incident WHERE org_id = :demo AND status = 'closed' \gset

SELECT cmp_ok((SELECT count(*) FROM ims.incident WHERE org_id = :demo)::numeric
              / (SELECT count(*) FROM ims.incident), '<', 0.1::numeric,
              'the demo organization holds less than a tenth of the incidents (a selective question)');

-- ---------------------------------------------------------------------------
-- Every view answers, is commented, and names its columns in snake_case.
CREATE FUNCTION pg_temp.views() RETURNS SETOF regclass LANGUAGE sql AS $$
    SELECT c.oid::regclass FROM pg_catalog.pg_class c
    WHERE c.relnamespace = 'ims'::regnamespace AND c.relkind IN ('v', 'm') ORDER BY c.relname $$;
CREATE FUNCTION pg_temp.failing_views(p_except text[] DEFAULT '{}') RETURNS text[] LANGUAGE plpgsql AS $$
DECLARE
    v regclass;
    bad text[] := '{}';
BEGIN
    FOR v IN SELECT * FROM pg_temp.views() LOOP
        CONTINUE WHEN (SELECT c.relname::text FROM pg_catalog.pg_class c WHERE c.oid = v) = ANY (p_except);
        BEGIN
            EXECUTE pg_catalog.format('SELECT * FROM %s LIMIT 3', v);
        EXCEPTION WHEN others THEN
            bad := bad || (v::text || ': ' || SQLSTATE || ' ' || SQLERRM);
        END;
    END LOOP;
    RETURN bad;
END $$;

SELECT cmp_ok((SELECT count(*)::int FROM pg_temp.views()), '>=', 16, 'schema ims has its reporting views');
SELECT is(pg_temp.failing_views(), '{}', 'every view of schema ims answers');
-- A reporting tool connects as a member of ims_reader; only the views over
-- the history and the evidence are the auditor's (docs/security.md).
CREATE ROLE t80_reader NOLOGIN IN ROLE ims_reader;
INSERT INTO ims.org_member (org_id, role_name) VALUES (:demo, 't80_reader');
SET ROLE t80_reader;
SELECT pg_temp.failing_views(ARRAY['audit_trail', 'evidence_index']) AS reader_failures \gset
RESET ROLE;
SELECT is(:'reader_failures'::text[], '{}', 'every view but audit_trail and evidence_index answers a member of ims_reader');
SELECT is(ARRAY(SELECT v::text FROM pg_temp.views() v WHERE obj_description(v, 'pg_class') IS NULL), '{}',
          'every view has a COMMENT');
SELECT is(ARRAY(SELECT v::text || '.' || a.attname FROM pg_temp.views() v
                JOIN pg_catalog.pg_attribute a ON a.attrelid = v AND a.attnum > 0 AND NOT a.attisdropped
                WHERE col_description(v, a.attnum) IS NULL ORDER BY 1), '{}',
          'every column of every view has a COMMENT (BI tools show them)');
SELECT is(ARRAY(SELECT v::text || '.' || a.attname FROM pg_temp.views() v
                JOIN pg_catalog.pg_attribute a ON a.attrelid = v AND a.attnum > 0 AND NOT a.attisdropped
                WHERE a.attname !~ '^[a-z][a-z0-9]*(_[a-z0-9]+)*$' ORDER BY 1), '{}',
          'every column of every view is snake_case');
SELECT is(ARRAY(SELECT v::text || '.' || a.attname FROM pg_temp.views() v
                JOIN pg_catalog.pg_attribute a ON a.attrelid = v AND a.attnum > 0 AND NOT a.attisdropped
                WHERE v::text IN ('ims.open_record_ageing', 'ims.change_calendar', 'ims.major_incidents',
                                  'ims.security_incidents', 'ims.sla_compliance', 'ims.service_response_times')
                  AND a.atttypid = 'numeric'::regtype
                  AND a.attname !~ '(_days|_hours|_pct|hours_to_[a-z]+)$' ORDER BY 1), '{}',
          'the measured numbers of the issue-8 views carry their unit in their name (_days, _hours, _pct)');

-- ---------------------------------------------------------------------------
-- Values against the registers.

-- open_record_ageing
SELECT is(ARRAY(SELECT DISTINCT age_bucket FROM ims.open_record_ageing
                WHERE age_bucket NOT IN ('0-1 days', '2-7 days', '8-30 days', '31-90 days', 'over 90 days')), '{}',
          'open_record_ageing: only the five age buckets');
SELECT is((SELECT count(*) FROM ims.open_record_ageing
           WHERE age_bucket <> CASE WHEN age_days <= 1 THEN '0-1 days' WHEN age_days <= 7 THEN '2-7 days'
                                    WHEN age_days <= 30 THEN '8-30 days' WHEN age_days <= 90 THEN '31-90 days'
                                    ELSE 'over 90 days' END
             AND abs(age_days - round(age_days)) > 0.05)::int, 0,
          'open_record_ageing: the bucket agrees with age_days');
SELECT is((SELECT count(*) FROM ims.open_record_ageing WHERE org_id = :demo AND record_kind = 'incident'),
          (SELECT count(*) FROM ims.incident WHERE org_id = :demo AND status NOT IN ('resolved', 'closed')),
          'open_record_ageing: every open incident of the organization, and only those');
SELECT is((SELECT count(*) FROM ims.open_record_ageing WHERE org_id = :bulk AND record_kind = 'service_request'),
          10000::bigint, 'open_record_ageing: the open service requests');
SELECT is(ARRAY(SELECT DISTINCT record_kind FROM ims.open_record_ageing WHERE org_id IN (:demo, :bulk) ORDER BY 1),
          ARRAY['change', 'incident', 'problem', 'service_request'],
          'open_record_ageing: incidents, problems, changes and service requests');

-- sla_compliance and sla_status
SELECT is((SELECT count(*) FROM ims.sla_compliance WHERE org_id = :demo AND NOT (met_pct BETWEEN 0 AND 100))::int, 0,
          'sla_compliance: met_pct between 0 and 100');
SELECT is((SELECT count(*) FROM ims.sla_compliance WHERE org_id = :demo
           AND met_pct IS DISTINCT FROM round(100.0 * met_count / nullif(met_count + breached_count, 0), 2))::int, 0,
          'sla_compliance: met_pct = met / (met + breached)');
SELECT ok((SELECT sum(met_count + breached_count) FROM ims.sla_compliance WHERE org_id = :demo) > 1000,
          'sla_compliance: the demo year has decided clocks');
SELECT results_eq(
    format($$SELECT metric, state, round(extract(epoch FROM elapsed) / 3600, 2)
             FROM ims.sla_status WHERE org_id = %s AND record_kind = 'incident' AND record_id = %s ORDER BY agreement_name, metric$$,
           :demo, :demo_inc),
    format($$SELECT metric, state, round(extract(epoch FROM elapsed) / 3600, 2)
             FROM ims.incident_clock(%s, %s) ORDER BY agreement_name, metric$$, :demo, :demo_inc),
    'sla_status: one incident''s rows are its ims.incident_clock');
SELECT is((SELECT sum(met_count + breached_count) FROM ims.sla_compliance
           WHERE org_id = :demo AND month = :'month' AND record_kind = 'incident' AND metric = 'resolution'
             AND agreement_name = 'Customer SLA'),
          (SELECT count(*)::numeric FROM ims.incident i, ims.incident_clock(i.org_id, i.id) c
           WHERE i.org_id = :demo AND i.reported_at >= :'month'::date AND i.reported_at < :'month'::date + interval '1 month'
             AND c.metric = 'resolution' AND c.agreement_name = 'Customer SLA' AND c.state IN ('met', 'breached')),
          'sla_compliance: one month counts the decided clocks of the incidents reported in it');

-- service_response_times
SELECT is((SELECT sum(incident_count) FROM ims.service_response_times WHERE org_id = :demo),
          (SELECT count(*)::numeric FROM ims.incident WHERE org_id = :demo),
          'service_response_times: every incident counted once');
SELECT is((SELECT count(*) FROM ims.service_response_times WHERE org_id = :demo
           AND (mean_time_to_respond_wall_hours < 0 OR mean_time_to_resolve_wall_hours < 0
                OR mean_time_to_respond_business_hours < 0 OR mean_time_to_resolve_business_hours < 0))::int, 0,
          'service_response_times: no negative mean times');
SELECT is((SELECT mean_time_to_resolve_wall_hours FROM ims.service_response_times
           WHERE org_id = :demo AND service_id = :demo_svc AND month = :'month'),
          (SELECT round(avg(extract(epoch FROM resolved_at - reported_at)) / 3600, 2) FROM ims.incident
           WHERE org_id = :demo AND service_id = :demo_svc
             AND date_trunc('month', reported_at)::date = :'month'),
          'service_response_times: mean wall-clock time to resolve of one service and month');

-- major_incidents
SELECT is((SELECT count(*) FROM ims.major_incidents WHERE org_id = :demo),
          (SELECT count(*) FROM ims.incident WHERE org_id = :demo AND is_major),
          'major_incidents: every major incident, once');
SELECT is(ARRAY(SELECT DISTINCT review_state FROM ims.major_incidents
                WHERE review_state NOT IN ('open', 'problem missing', 'review pending', 'ready to close', 'complete')), '{}',
          'major_incidents: only the five review states');
SELECT is((SELECT count(*) FROM ims.major_incidents WHERE (review_state = 'complete') <> (status = 'closed'))::int, 0,
          'major_incidents: complete exactly when closed');
SELECT is((SELECT count(*) FROM ims.major_incidents WHERE status = 'closed' AND NOT (has_review AND has_problem))::int, 0,
          'major_incidents: a closed one has its review and its problem (rule major_incident_review)');

-- security_incidents
SELECT is((SELECT count(*) FROM ims.security_incidents WHERE org_id = :demo),
          (SELECT count(*) FROM ims.incident WHERE org_id = :demo AND security_class = 'incident'),
          'security_incidents: every information security incident, once');
SELECT is((SELECT count(*) FROM ims.security_incidents WHERE org_id = :demo
           AND (security_assessed_by IS NULL OR security_assessed_at IS NULL
                OR NOT (affects_confidentiality OR affects_integrity OR affects_availability)))::int, 0,
          'security_incidents: each carries its assessment (rule security_incident_assessment)');
SELECT is((SELECT count(*) FROM ims.security_incidents WHERE org_id = :demo AND status = 'closed' AND NOT has_lessons)::int, 0,
          'security_incidents: closed ones have lessons learned');
SELECT is((SELECT sum(regulatory_steps) FROM ims.security_incidents WHERE org_id = :demo),
          (SELECT count(*)::numeric FROM ims.regulatory_deadlines d JOIN ims.incident i ON i.org_id = d.org_id AND i.id = d.incident_id
           WHERE d.org_id = :demo AND i.security_class = 'incident'),
          'security_incidents: regulatory_steps count the reporting steps of ims.regulatory_deadlines');

-- change_calendar
SELECT is((SELECT count(*) FROM ims.change_calendar WHERE org_id = :demo),
          (SELECT count(*) FROM ims.change WHERE org_id = :demo AND planned_start IS NOT NULL),
          'change_calendar: every change with a window, once');
SELECT is((SELECT conflicting_change_ids FROM ims.change_calendar WHERE org_id = :demo AND change_id = :clash),
          ARRAY[:sched]::bigint[], 'change_calendar: the draft shows the scheduled change it clashes with');
SELECT is((SELECT freeze_names FROM ims.change_calendar WHERE org_id = :demo AND change_id = :clash),
          ARRAY['t80 freeze'], 'change_calendar: the draft shows the freeze it falls in');
SELECT is((SELECT row(conflicting_change_ids, freeze_names, planned_hours)::text FROM ims.change_calendar
           WHERE org_id = :demo AND change_id = :sched),
          '(,,2.00)', 'change_calendar: the scheduled change clashes with no other approved change and no freeze');
SELECT is((SELECT count(*) FROM ims.change_calendar WHERE org_id = :demo AND change_id <> :clash AND change_id <> :sched
           AND conflicting_change_ids IS NOT NULL)::int, 0,
          'change_calendar: the rules kept every other window free of clashes');

-- clause_coverage and integration_status
SELECT is((SELECT count(*) FROM ims.clause_coverage WHERE org_id = :demo),
          (SELECT count(*) FROM ims.clause WHERE standard IN ('27001:2013', '27001:2022', '20000-1:2018')),
          'clause_coverage: every clause of both standards, once per organization');
SELECT ok((SELECT 'incident_resolution' = ANY (enforcing_rules) AND coverage = 'enforced by rules'
           FROM ims.clause_coverage WHERE org_id = :demo AND standard = '20000-1:2018' AND clause_ref = '8.6.1'),
          'clause_coverage: 20000-1 8.6.1 is enforced by incident_resolution');
SELECT is((SELECT evidencing_records FROM ims.clause_coverage WHERE org_id = :demo AND standard = '20000-1:2018' AND clause_ref = '8.6.1'),
          (SELECT count(*) FROM ims.incident WHERE org_id = :demo),
          'clause_coverage: the records that evidence 8.6.1 are the organization''s incidents');
-- The registers of part 2 evidence their clauses too: SoA decisions and
-- risks are the records guarded by soa_justification and the risk rules
-- (27001:2022 6.1.3); one more risk counts once more.
INSERT INTO ims.risk (org_id, title, owner, inherent_likelihood, inherent_impact)
VALUES (:demo, 't80 risk', 'risk.t80', 2, 2);
SELECT is((SELECT evidencing_records FROM ims.clause_coverage WHERE org_id = :demo AND standard = '27001:2022' AND clause_ref = '6.1.3'),
          (SELECT count(*) FROM ims.soa_entry WHERE org_id = :demo) + (SELECT count(*) FROM ims.risk WHERE org_id = :demo),
          'clause_coverage: the SoA decisions and risks evidence 27001:2022 6.1.3 (rules soa_justification, risk_acceptance)');
SELECT is(ARRAY(SELECT DISTINCT coverage FROM ims.clause_coverage
                WHERE coverage NOT IN ('enforced by rules', 'shared with the other standard',
                                       'organizational (not enforced in the database)')), '{}',
          'clause_coverage: only the three verdicts');
SELECT is((SELECT row(starting_point, has_isms, has_sms, scopes_differ)::text FROM ims.integration_status WHERE org_id = :demo),
          '(both_separate,t,t,t)', 'integration_status: the demo bank runs an ISMS and an SMS with different scopes');
SELECT is((SELECT starting_point FROM ims.integration_status WHERE org_id = :bulk), 'none',
          'integration_status: an organization without management systems starts from none');

-- ---------------------------------------------------------------------------
-- Selective questions use the registers' org-keyed indexes.  Plans are read
-- with EXPLAIN (no ANALYZE); the big tables must not be scanned whole.
CREATE FUNCTION pg_temp.plan_of(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    line text;
    result text := '';
BEGIN
    FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || q LOOP
        result := result || line || E'\n';
    END LOOP;
    RETURN result;
END $$;

SELECT doesnt_match(pg_temp.plan_of(format('SELECT * FROM ims.open_record_ageing WHERE org_id = %s', :demo)),
                    'Seq Scan on (incident|change|service_request) ',
                    'open_record_ageing for one organization: no scan of a whole register');
SELECT matches(pg_temp.plan_of(format('SELECT * FROM ims.open_record_ageing WHERE org_id = %s', :demo)),
               'Index (Only )?Scan using incident_\w+ on incident|Bitmap Index Scan on incident_\w+',
               'open_record_ageing for one organization: incidents through an index');
SELECT doesnt_match(pg_temp.plan_of(format($$SELECT * FROM ims.sla_compliance
                                            WHERE org_id = %s AND service_id = %s AND month = %L$$, :demo, :demo_svc, :'month')),
                    'Seq Scan on (incident|service_request|status_history) ',
                    'sla_compliance for one organization, service and month: no scan of a whole register');
SELECT doesnt_match(pg_temp.plan_of(format($$SELECT * FROM ims.service_response_times
                                            WHERE org_id = %s AND service_id = %s AND month = %L$$, :demo, :demo_svc, :'month')),
                    'Seq Scan on incident ',
                    'service_response_times for one organization, service and month: no scan of ims.incident');
SELECT doesnt_match(pg_temp.plan_of(format('SELECT * FROM ims.major_incidents WHERE org_id = %s', :demo)),
                    'Seq Scan on incident ', 'major_incidents for one organization: no scan of ims.incident');
SELECT doesnt_match(pg_temp.plan_of(format('SELECT * FROM ims.security_incidents WHERE org_id = %s', :demo)),
                    'Seq Scan on incident ', 'security_incidents for one organization: no scan of ims.incident');
SELECT matches(pg_temp.plan_of(format($$SELECT * FROM ims.change_calendar
                                       WHERE org_id = %s AND planned_start >= %L AND planned_start < %L::date + 31$$,
                                      :demo, :'month', :'month')),
               'Index Scan using change_window_idx on change|Bitmap Index Scan on change_window_idx',
               'change_calendar for one organization and month: the window index (org_id, planned_start)');
SELECT doesnt_match(pg_temp.plan_of(format($$SELECT * FROM ims.change_calendar
                                            WHERE org_id = %s AND planned_start >= %L AND planned_start < %L::date + 31$$,
                                           :demo, :'month', :'month')),
                    'Seq Scan on (change|change_ci) ',
                    'change_calendar for one organization and month: no scan of ims.change or ims.change_ci');
SELECT doesnt_match(pg_temp.plan_of(format($$SELECT * FROM ims.sla_status WHERE org_id = %s AND record_kind = 'incident' AND record_id = %s$$,
                                           :demo, :demo_inc)),
                    'Seq Scan on (incident|service_request) ', 'sla_status for one incident: no scan of a register');

-- ims.incident_clock is a SQL function whose plan EXPLAIN does not show:
-- count the scans it makes instead (this transaction's statistics).
CREATE TEMP TABLE scans_before AS
SELECT relname, seq_scan, idx_scan FROM pg_catalog.pg_stat_xact_user_tables
WHERE schemaname = 'ims' AND relname IN ('incident', 'status_history');
SELECT count(*) AS clocks FROM ims.incident_clock(:demo, :demo_inc) \gset
SELECT is((SELECT array_agg(a.relname || ' ' || (a.seq_scan - b.seq_scan) ORDER BY a.relname)
           FROM pg_catalog.pg_stat_xact_user_tables a JOIN scans_before b USING (relname)
           WHERE a.schemaname = 'ims'),
          ARRAY['incident 0', 'status_history 0'],
          'ims.incident_clock(org, id): no sequential scan of ims.incident or ims.status_history');
SELECT ok((SELECT bool_and(a.idx_scan > b.idx_scan)
           FROM pg_catalog.pg_stat_xact_user_tables a JOIN scans_before b USING (relname)
           WHERE a.schemaname = 'ims') AND :clocks >= 2,
          'ims.incident_clock(org, id): the incident and its status history read through their indexes');

SELECT * FROM finish();
ROLLBACK;
