-- Reporting views (issue 8) for BI tools: one row per thing, snake_case
-- columns with units in their names.  docs/views.md lists every column.

CREATE VIEW ims.open_record_ageing AS
SELECT r.org_id, r.record_kind, r.record_id, r.title, r.status, r.opened_at,
       round(extract(epoch FROM pg_catalog.now() - r.opened_at) / 86400, 1) AS age_days,
       CASE WHEN pg_catalog.now() - r.opened_at <= interval '1 day' THEN '0-1 days'
            WHEN pg_catalog.now() - r.opened_at <= interval '7 days' THEN '2-7 days'
            WHEN pg_catalog.now() - r.opened_at <= interval '30 days' THEN '8-30 days'
            WHEN pg_catalog.now() - r.opened_at <= interval '90 days' THEN '31-90 days'
            ELSE 'over 90 days' END AS age_bucket
FROM (SELECT i.org_id, 'incident'::text AS record_kind, i.id AS record_id, i.title, i.status, i.reported_at AS opened_at
      FROM ims.incident i WHERE i.status NOT IN ('resolved', 'closed')
      UNION ALL
      SELECT p.org_id, 'problem', p.id, p.title, p.status, p.created_at
      FROM ims.problem p WHERE p.status NOT IN ('resolved', 'closed', 'cancelled')
      UNION ALL
      SELECT c.org_id, 'change', c.id, c.title, c.status, c.created_at
      FROM ims.change c WHERE c.status NOT IN ('closed', 'rejected', 'cancelled')
      UNION ALL
      SELECT s.org_id, 'service_request', s.id, s.title, s.status, s.reported_at
      FROM ims.service_request s WHERE s.status NOT IN ('fulfilled', 'closed', 'cancelled')) r;
COMMENT ON VIEW ims.open_record_ageing IS
    'every open incident, problem, change and service request with its age in days and age bucket (0-1, 2-7, 8-30, 31-90, over 90 days)';
COMMENT ON COLUMN ims.open_record_ageing.record_kind IS 'incident, problem, change or service_request';
COMMENT ON COLUMN ims.open_record_ageing.opened_at IS 'when the record was reported or created';
COMMENT ON COLUMN ims.open_record_ageing.age_days IS 'days since opened_at, one decimal';
COMMENT ON COLUMN ims.open_record_ageing.age_bucket IS 'age band: 0-1 days, 2-7 days, 8-30 days, 31-90 days, over 90 days';

CREATE VIEW ims.change_calendar AS
SELECT c.org_id, c.id AS change_id, c.title, c.change_type, c.status, c.risk_level,
       c.planned_start, c.planned_end,
       round(extract(epoch FROM c.planned_end - c.planned_start) / 3600, 2) AS planned_hours,
       (SELECT array_agg(cc.ci_id ORDER BY cc.ci_id) FROM ims.change_ci cc
        WHERE cc.org_id = c.org_id AND cc.change_id = c.id) AS ci_ids,
       (SELECT array_agg(DISTINCT c2.id ORDER BY c2.id)
        FROM ims.change_ci cc JOIN ims.change_ci cc2 ON cc2.org_id = cc.org_id AND cc2.ci_id = cc.ci_id AND cc2.change_id <> cc.change_id
        JOIN ims.change c2 ON c2.org_id = cc2.org_id AND c2.id = cc2.change_id
        WHERE cc.org_id = c.org_id AND cc.change_id = c.id
          AND c2.status IN ('approved', 'scheduled', 'implementing')
          AND c2.planned_start < c.planned_end AND c2.planned_end > c.planned_start) AS conflicting_change_ids,
       (SELECT array_agg(f.name ORDER BY f.id) FROM ims.change_freeze f
        WHERE f.org_id = c.org_id AND f.period && tstzrange(c.planned_start, c.planned_end)
          AND (f.ci_id IS NULL OR EXISTS (SELECT FROM ims.change_ci cc
                                           WHERE cc.org_id = f.org_id AND cc.change_id = c.id AND cc.ci_id = f.ci_id))) AS freeze_names
FROM ims.change c
WHERE c.planned_start IS NOT NULL AND c.planned_end IS NOT NULL;
COMMENT ON VIEW ims.change_calendar IS
    'changes with a planned window: their CIs, the approved, scheduled or implementing changes overlapping them on a shared CI, and the freezes they fall in';
COMMENT ON COLUMN ims.change_calendar.planned_hours IS 'length of the planned window in hours';
COMMENT ON COLUMN ims.change_calendar.conflicting_change_ids IS 'other approved, scheduled or implementing changes whose windows overlap on a shared CI';
COMMENT ON COLUMN ims.change_calendar.freeze_names IS 'change freezes the window falls in';

CREATE VIEW ims.major_incidents AS
SELECT i.org_id, i.id AS incident_id, i.title, i.status, i.priority, i.service_id, s.name AS service_name,
       i.major_declared_at, i.reported_at, i.resolved_at, i.closed_at,
       round(extract(epoch FROM coalesce(i.resolved_at, pg_catalog.now()) - i.reported_at) / 3600, 2) AS hours_to_resolve,
       i.post_incident_review IS NOT NULL AND pg_catalog.btrim(i.post_incident_review) <> '' AS has_review,
       EXISTS (SELECT FROM ims.problem_incident pi WHERE pi.org_id = i.org_id AND pi.incident_id = i.id) AS has_problem,
       CASE WHEN i.status = 'closed' THEN 'complete'
            WHEN i.status = 'resolved' THEN
                CASE WHEN NOT EXISTS (SELECT FROM ims.problem_incident pi WHERE pi.org_id = i.org_id AND pi.incident_id = i.id)
                     THEN 'problem missing'
                     WHEN i.post_incident_review IS NULL OR pg_catalog.btrim(i.post_incident_review) = '' THEN 'review pending'
                     ELSE 'ready to close' END
            ELSE 'open' END AS review_state
FROM ims.incident i
LEFT JOIN ims.service s ON s.org_id = i.org_id AND s.id = i.service_id
WHERE i.is_major;
COMMENT ON VIEW ims.major_incidents IS
    'major incidents with their post-incident review state: open, problem missing, review pending, ready to close, complete (rule major_incident_review)';
COMMENT ON COLUMN ims.major_incidents.hours_to_resolve IS 'hours from report to resolution (to now while open)';
COMMENT ON COLUMN ims.major_incidents.review_state IS 'open, problem missing, review pending, ready to close or complete';

CREATE VIEW ims.security_incidents AS
SELECT i.org_id, i.id AS incident_id, i.title, i.status, i.priority, i.is_major,
       i.reported_at, i.security_assessed_by, i.security_assessed_at,
       i.affects_confidentiality, i.affects_integrity, i.affects_availability,
       i.lessons_learned IS NOT NULL AND pg_catalog.btrim(i.lessons_learned) <> '' AS has_lessons,
       coalesce(r.steps, 0) AS regulatory_steps,
       coalesce(r.overdue, 0) AS regulatory_overdue,
       coalesce(r.due, 0) AS regulatory_due,
       coalesce(r.sent, 0) AS regulatory_sent,
       r.next_due_at AS regulatory_next_due_at
FROM ims.incident i
LEFT JOIN LATERAL (
    SELECT count(*) AS steps,
           count(*) FILTER (WHERE d.state = 'overdue') AS overdue,
           count(*) FILTER (WHERE d.state = 'due') AS due,
           count(*) FILTER (WHERE d.state IN ('sent', 'sent_late')) AS sent,
           min(d.due_at) FILTER (WHERE d.state IN ('due', 'overdue')) AS next_due_at
    FROM ims.regulatory_deadlines d WHERE d.org_id = i.org_id AND d.incident_id = i.id) r ON true
WHERE i.security_class = 'incident';
COMMENT ON VIEW ims.security_incidents IS
    'information security incidents with their assessment (who, when, which of C/I/A), lessons learned and regulatory reporting state';
COMMENT ON COLUMN ims.security_incidents.regulatory_steps IS 'reporting steps of the regimes the organization is subject to';
COMMENT ON COLUMN ims.security_incidents.regulatory_overdue IS 'steps past their deadline and not sent';
COMMENT ON COLUMN ims.security_incidents.regulatory_next_due_at IS 'the earliest deadline of a step not sent yet';

CREATE VIEW ims.clause_coverage AS
WITH rule_clauses AS (
    SELECT b.standard, b.clause_ref, array_agg(DISTINCT b.rule ORDER BY b.rule) AS rules,
           array_agg(DISTINCT r.record_kind ORDER BY r.record_kind) AS record_kinds
    FROM ims.rule_basis b JOIN ims.rule r ON r.name = b.rule
    WHERE b.clause_ref IS NOT NULL
    GROUP BY b.standard, b.clause_ref
),
counterparts AS (
    SELECT k.from_standard AS standard, k.from_ref AS clause_ref,
           array_agg(DISTINCT k.to_ref::text ORDER BY k.to_ref::text) AS refs
    FROM ims.correspondence_in_force k
    JOIN ims.mapping m ON m.code = k.mapping
    WHERE m.code = '27013-A' AND k.from_ref IS NOT NULL AND k.to_ref IS NOT NULL
    GROUP BY k.from_standard, k.from_ref
    UNION ALL
    SELECT k.to_standard, k.to_ref, array_agg(DISTINCT k.from_ref::text ORDER BY k.from_ref::text)
    FROM ims.correspondence_in_force k
    JOIN ims.mapping m ON m.code = k.mapping
    WHERE m.code = '27013-A' AND k.from_ref IS NOT NULL AND k.to_ref IS NOT NULL
    GROUP BY k.to_standard, k.to_ref
)
SELECT o.org_id, c.standard, c.ref AS clause_ref, c.title,
       coalesce(rc.rules, '{}') AS enforcing_rules,
       coalesce((SELECT sum(n) FROM (
           SELECT count(*) AS n FROM ims.incident x WHERE x.org_id = o.org_id AND 'incident' = ANY (rc.record_kinds)
           UNION ALL SELECT count(*) FROM ims.problem x WHERE x.org_id = o.org_id AND 'problem' = ANY (rc.record_kinds)
           UNION ALL SELECT count(*) FROM ims.known_error x WHERE x.org_id = o.org_id AND 'known_error' = ANY (rc.record_kinds)
           UNION ALL SELECT count(*) FROM ims.change x WHERE x.org_id = o.org_id AND 'change' = ANY (rc.record_kinds)
           UNION ALL SELECT count(*) FROM ims.release x WHERE x.org_id = o.org_id AND 'release' = ANY (rc.record_kinds)
           UNION ALL SELECT count(*) FROM ims.service_request x WHERE x.org_id = o.org_id AND 'service_request' = ANY (rc.record_kinds)
           UNION ALL SELECT count(*) FROM ims.risk x WHERE x.org_id = o.org_id AND 'risk' = ANY (rc.record_kinds)
           UNION ALL SELECT count(*) FROM ims.soa_entry x WHERE x.org_id = o.org_id AND 'soa_entry' = ANY (rc.record_kinds)
           UNION ALL SELECT count(*) FROM ims.agreement x WHERE x.org_id = o.org_id AND 'agreement' = ANY (rc.record_kinds)
           UNION ALL SELECT count(*) FROM ims.audit x WHERE x.org_id = o.org_id AND 'audit' = ANY (rc.record_kinds)
           UNION ALL SELECT count(*) FROM ims.nonconformity x WHERE x.org_id = o.org_id AND 'nonconformity' = ANY (rc.record_kinds)
           UNION ALL SELECT count(*) FROM ims.corrective_action x WHERE x.org_id = o.org_id AND 'corrective_action' = ANY (rc.record_kinds)
       ) counts), 0)::bigint AS evidencing_records,
       (SELECT array_agg(x) FROM unnest(cp.refs) x) AS counterpart_refs,
       CASE WHEN rc.rules IS NOT NULL THEN 'enforced by rules'
            WHEN cp.refs IS NOT NULL THEN 'shared with the other standard'
            ELSE 'organizational (not enforced in the database)' END AS coverage
FROM ims.organization o
CROSS JOIN ims.clause c
LEFT JOIN rule_clauses rc ON rc.standard = c.standard AND rc.clause_ref OPERATOR(ims.=) c.ref
LEFT JOIN (SELECT standard, clause_ref, array_agg(DISTINCT r ORDER BY r) AS refs
           FROM counterparts, unnest(refs) r GROUP BY standard, clause_ref) cp
  ON cp.standard = c.standard AND cp.clause_ref OPERATOR(ims.=) c.ref
WHERE c.standard IN ('27001:2013', '27001:2022', '20000-1:2018');
COMMENT ON VIEW ims.clause_coverage IS
    'the auditor''s map: for every clause of 27001 and 20000-1 and every organization, the rules that enforce it, how many records of the registers those rules guard the organization holds, the counterpart clauses in the other standard (ISO/IEC 27013 Annex A map in force) and a coverage verdict';
COMMENT ON COLUMN ims.clause_coverage.enforcing_rules IS 'rules of ims.rule whose basis is the clause';
COMMENT ON COLUMN ims.clause_coverage.evidencing_records IS 'records the organization holds in the registers those rules guard';
COMMENT ON COLUMN ims.clause_coverage.counterpart_refs IS 'corresponding clauses of the other standard';
COMMENT ON COLUMN ims.clause_coverage.coverage IS 'enforced by rules, shared with the other standard, or organizational (not enforced in the database)';

CREATE VIEW ims.integration_status AS
WITH systems AS (
    SELECT o.org_id,
           bool_or(m.kind = 'isms' AND m.status = 'operating') AS has_isms,
           bool_or(m.kind = 'sms' AND m.status = 'operating') AS has_sms,
           count(DISTINCT m.scope_statement) FILTER (WHERE m.status = 'operating') AS distinct_scopes
    FROM ims.organization o
    LEFT JOIN ims.management_system m ON m.org_id = o.org_id
    GROUP BY o.org_id
)
SELECT s.org_id, coalesce(s.has_isms, false) AS has_isms, coalesce(s.has_sms, false) AS has_sms,
       CASE WHEN s.has_isms AND s.has_sms THEN 'both_separate'
            WHEN s.has_isms THEN 'isms'
            WHEN s.has_sms THEN 'sms'
            ELSE 'none' END AS starting_point,
       s.has_isms AND s.has_sms AND s.distinct_scopes > 1 AS scopes_differ,
       (SELECT count(*) FROM ims.rule) AS rules_in_force,
       (SELECT count(DISTINCT (b.standard, b.clause_ref::text)) FROM ims.rule_basis b WHERE b.clause_ref IS NOT NULL)
           AS clauses_enforced
FROM systems s;
COMMENT ON VIEW ims.integration_status IS
    'where each organization stands on ISO/IEC 27013 5.3: which systems operate, the starting point for ims.integration_plan, whether the ISMS and SMS scopes differ, and how much the database enforces';
COMMENT ON COLUMN ims.integration_status.starting_point IS 'none, isms, sms or both_separate: the argument for ims.integration_plan';
COMMENT ON COLUMN ims.integration_status.scopes_differ IS 'true when the operating ISMS and SMS have different scope statements (ISO/IEC 27013 5.2)';
