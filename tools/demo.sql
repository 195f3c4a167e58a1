-- The tour printed by "make demo".  Run by psql against an empty database.
\set QUIET on
\pset footer off
CREATE EXTENSION ims27013;
SET search_path = public, ims;
\set QUIET off

\echo
\echo '== ims27013 is installed'
SELECT e.extname AS extension, e.extversion AS version,
       (SELECT count(*) FROM pg_depend d WHERE d.refobjid = e.oid AND d.deptype = 'e') AS objects,
       current_setting('server_version') AS postgresql
FROM pg_extension e WHERE e.extname = 'ims27013';

\echo
\echo '== ims.isoref: clause and control numbers that sort in document order'
SELECT r AS isoref, isoref_depth(r) AS depth, isoref_parent(r) AS parent,
       isoref_ancestors(r) AS ancestors, isoref_annex(r) AS annex
FROM unnest('{A.10.1.1,8.5.1.3,4.10,A.9.4.5,8.5,4.2,10.2,A.5,8.10,5.1}'::isoref[]) AS r
ORDER BY r;

\echo
\echo '== The same numbers sorted as text (what a plain text column would give)'
SELECT string_agg(r::text, '  ' ORDER BY r::text COLLATE "C") AS text_order,
       string_agg(r::text, '  ' ORDER BY r) AS isoref_order
FROM unnest('{A.10.1.1,8.5.1.3,4.10,A.9.4.5,8.5,4.2,10.2,A.5,8.10,5.1}'::isoref[]) AS r;

\echo
\echo '== Hierarchy: @> (is ancestor of) and <@ (is descendant of)'
SELECT a, b, a @> b AS "a @> b", b <@ a AS "b <@ a"
FROM (VALUES ('8.5'::isoref, '8.5.1.3'::isoref), ('8.5', '8.50'), ('A.12', 'A.12.1.2')) AS t(a, b);

\echo
\echo '== A descendant query is a btree range scan (planner support function)'
CREATE TABLE demo_refs AS
SELECT (a || '.' || b || '.' || c)::isoref AS ref
FROM generate_series(1, 10) a, generate_series(1, 40) b, generate_series(1, 40) c;
CREATE INDEX ON demo_refs (ref);
ANALYZE demo_refs;
EXPLAIN (COSTS OFF) SELECT * FROM demo_refs WHERE ref <@ '8.5';
SELECT count(*) AS descendants_of_8_5 FROM demo_refs WHERE ref <@ '8.5';

\echo
\echo '== Bad input is refused with the reason'
\set ON_ERROR_STOP off
SELECT '8..5'::isoref;
\set ON_ERROR_STOP on

\echo
\echo '== A demo organization, built through the registers and their rules (ims.demo_load)'
SELECT ims.demo_load(1) AS org \gset
SELECT o.name AS organization,
       (SELECT count(*) FROM incident WHERE org_id = :org) AS incidents,
       (SELECT count(*) FROM problem WHERE org_id = :org) AS problems,
       (SELECT count(*) FROM change WHERE org_id = :org) AS changes,
       (SELECT count(*) FROM service_request WHERE org_id = :org) AS service_requests,
       (SELECT count(*) FROM history WHERE org_id = :org) AS history_rows
FROM organization o WHERE o.org_id = :org;

\echo
\echo '== Statement of Applicability (ISO/IEC 27001:2022 Annex A) of the ISMS'
SELECT count(*) AS controls,
       count(*) FILTER (WHERE applicable) AS applicable,
       count(*) FILTER (WHERE NOT applicable) AS excluded,
       count(*) FILTER (WHERE implementation_status = 'implemented') AS implemented,
       count(*) FILTER (WHERE implementation_status IN ('partially_implemented', 'planned')) AS in_progress,
       count(*) FILTER (WHERE soa_entry_id IS NULL) AS undecided
FROM soa(:org, (SELECT id FROM management_system WHERE org_id = :org AND kind = 'isms'));
SELECT control_ref, title, justification
FROM soa(:org, (SELECT id FROM management_system WHERE org_id = :org AND kind = 'isms'))
WHERE NOT applicable ORDER BY control_ref;

\echo
\echo '== Risk heat map (open risks, residual): likelihood down, impact across'
SELECT likelihood,
       sum(risks) FILTER (WHERE impact = 1) AS "1", sum(risks) FILTER (WHERE impact = 2) AS "2",
       sum(risks) FILTER (WHERE impact = 3) AS "3", sum(risks) FILTER (WHERE impact = 4) AS "4",
       sum(risks) FILTER (WHERE impact = 5) AS "5"
FROM risk_heatmap WHERE org_id = :org AND basis = 'residual'
GROUP BY likelihood ORDER BY likelihood DESC;

\echo
\echo '== Open nonconformities'
SELECT id, title, severity, source, standard, ref, owner, age_days, actions FROM open_nonconformities WHERE org_id = :org;

\echo
\echo '== SLA compliance, last three months (Customer SLA, all services)'
SELECT month, metric, sum(met_count) AS met, sum(breached_count) AS breached,
       round(100.0 * sum(met_count) / nullif(sum(met_count) + sum(breached_count), 0), 1) AS met_pct
FROM sla_compliance
WHERE org_id = :org AND agreement_name = 'Customer SLA' AND month >= date_trunc('month', now()) - interval '2 months'
GROUP BY month, metric ORDER BY month, metric;

\echo
\echo '== Mean time to resolve by service, last month (business and wall-clock hours)'
SELECT service_name, incident_count, mean_time_to_resolve_business_hours AS business_h, mean_time_to_resolve_wall_hours AS wall_h
FROM service_response_times
WHERE org_id = :org AND month = date_trunc('month', now() - interval '1 month')::date
ORDER BY service_name;

\echo
\echo '== Major incidents and their review state'
SELECT review_state, count(*) AS incidents FROM major_incidents WHERE org_id = :org GROUP BY review_state;

\echo
\echo '== Open records by age'
SELECT record_kind, age_bucket, count(*) AS records FROM open_record_ageing WHERE org_id = :org
GROUP BY record_kind, age_bucket ORDER BY record_kind, min(age_days);

\echo
\echo '== Clause coverage: how the database enforces 20000-1 clause 8'
SELECT clause_ref, title, coverage, array_length(enforcing_rules, 1) AS rules, evidencing_records AS records
FROM clause_coverage WHERE org_id = :org AND standard = '20000-1:2018' AND clause_ref <@ '8' AND isoref_depth(clause_ref) <= 3
ORDER BY clause_ref;

\echo
\echo '== ISO/IEC 27013 5.3: where the organization stands'
SELECT starting_point, has_isms, has_sms, scopes_differ, rules_in_force FROM integration_status WHERE org_id = :org;

\echo
\echo '== The history chain verifies'
SELECT is_valid, links_checked, unsealed_rows FROM verify_chain(:org);

\echo
\echo '== A rule at work: a change approved by its own requester is refused'
\set ON_ERROR_STOP off
\set VERBOSITY verbose
INSERT INTO change (org_id, title, requested_by, status) VALUES (:org, 'Open the firewall to the world', 'eve', 'draft')
RETURNING id AS bad \gset
INSERT INTO change_ci (org_id, change_id, ci_id) SELECT :org, :bad, min(id) FROM ci WHERE org_id = :org;
UPDATE change SET status = 'submitted' WHERE org_id = :org AND id = :bad;
UPDATE change SET status = 'approved', approved_by = 'eve', risk_level = 'high',
       security_impact_assessment = 'none' WHERE org_id = :org AND id = :bad;
\set VERBOSITY default
\set ON_ERROR_STOP on
