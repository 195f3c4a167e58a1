-- Reporting functions and views of registers part 2 (issue 5): the
-- Statement of Applicability as an auditor reads it, the risk heat map,
-- open nonconformities with their ageing, objectives with their latest
-- measurement, capacity and continuity at a glance.
-- Reference: docs/risk-and-improvement.md.

-- ---------------------------------------------------------------------------
-- The Statement of Applicability of an ISMS.

CREATE FUNCTION ims.soa(p_org_id bigint, p_management_system_id bigint, p_control_set text DEFAULT NULL)
RETURNS TABLE (control_set text, control_ref ims.isoref, ref_27002 ims.isoref, title text,
               parent_ref ims.isoref, soa_entry_id bigint, applicable boolean, justification text,
               implementation_status text, evidence_reason text, owner text, linked_risks bigint[],
               evidence_count integer, latest_evidence date, review_required boolean,
               decided_by text, decided_at timestamptz)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
-- PL/pgSQL rather than SQL so that the query's plan is kept for the session
-- (a SQL function that cannot be inlined is planned on every call).
BEGIN
    RETURN QUERY
    SELECT c.standard, c.ref, c.ref_27002, c.title, c.parent_ref, e.id, e.applicable, e.justification,
           e.implementation_status, e.evidence_reason, e.owner,
           coalesce(rk.risks, '{}'::bigint[]), coalesce(ev.n, 0)::integer, ev.latest,
           coalesce(e.review_required, false), e.decided_by, e.decided_at
    FROM ims.control c
    LEFT JOIN ims.soa_entry e
      ON e.org_id = p_org_id AND e.management_system_id = p_management_system_id
     AND e.control_set = c.standard AND e.control_ref OPERATOR(ims.=) c.ref
    LEFT JOIN LATERAL (
        SELECT array_agg(rc.risk_id ORDER BY rc.risk_id) AS risks
        FROM ims.risk_control rc WHERE rc.org_id = p_org_id AND rc.soa_entry_id = e.id
    ) rk ON true
    LEFT JOIN LATERAL (
        SELECT count(*) AS n, max(v.evidence_date) AS latest
        FROM ims.soa_evidence v WHERE v.org_id = p_org_id AND v.soa_entry_id = e.id
    ) ev ON true
    WHERE c.kind = 'control'
      AND c.standard = coalesce(p_control_set,
                                (SELECT m.standard FROM ims.management_system m
                                 WHERE m.org_id = p_org_id AND m.id = p_management_system_id))
    ORDER BY c.ref;
END $$;
COMMENT ON FUNCTION ims.soa(bigint, bigint, text) IS
    'the Statement of Applicability of an ISMS for a control set (default: the ISMS''s standard): every control with its decision, justification, implementation status, linked risks, and the number and latest date of its evidence; a control without an entry has soa_entry_id NULL';

-- ---------------------------------------------------------------------------
-- The risk heat map: open risks per likelihood x impact, inherent and residual.

CREATE VIEW ims.risk_heatmap AS
SELECT m.org_id, b.basis, l.likelihood::smallint AS likelihood, i.impact::smallint AS impact,
       (l.likelihood * i.impact)::smallint AS score,
       lv.level,
       (l.likelihood * i.impact > m.appetite) AS above_appetite,
       coalesce(n.risks, 0) AS risks
FROM ims.risk_matrix m
CROSS JOIN (VALUES ('inherent'), ('residual')) AS b (basis)
CROSS JOIN LATERAL pg_catalog.generate_series(1, m.likelihood_levels::integer) AS l (likelihood)
CROSS JOIN LATERAL pg_catalog.generate_series(1, m.impact_levels::integer) AS i (impact)
LEFT JOIN LATERAL (
    SELECT x.level FROM ims.risk_matrix_level x
    WHERE x.org_id = m.org_id AND l.likelihood * i.impact BETWEEN x.min_score AND x.max_score
    ORDER BY x.min_score DESC LIMIT 1
) lv ON true
LEFT JOIN (
    SELECT r.org_id, 'inherent' AS basis, r.inherent_likelihood AS likelihood, r.inherent_impact AS impact,
           count(*) AS risks
    FROM ims.risk r WHERE r.status = 'open'
    GROUP BY r.org_id, r.inherent_likelihood, r.inherent_impact
    UNION ALL
    SELECT r.org_id, 'residual', r.residual_likelihood, r.residual_impact, count(*)
    FROM ims.risk r WHERE r.status = 'open' AND r.residual_likelihood IS NOT NULL
    GROUP BY r.org_id, r.residual_likelihood, r.residual_impact
) n ON n.org_id = m.org_id AND n.basis = b.basis AND n.likelihood = l.likelihood AND n.impact = i.impact;
COMMENT ON VIEW ims.risk_heatmap IS
    'the risk heat map: for every organization, basis (inherent, residual) and cell of its matrix, the number of open risks in it (0 included); residual counts only risks with an assessed residual';
COMMENT ON COLUMN ims.risk_heatmap.org_id IS 'the organization';
COMMENT ON COLUMN ims.risk_heatmap.basis IS 'inherent (before treatment) or residual (after treatment)';
COMMENT ON COLUMN ims.risk_heatmap.likelihood IS 'likelihood, 1 .. the matrix''s likelihood_levels';
COMMENT ON COLUMN ims.risk_heatmap.impact IS 'impact, 1 .. the matrix''s impact_levels';
COMMENT ON COLUMN ims.risk_heatmap.score IS 'likelihood x impact';
COMMENT ON COLUMN ims.risk_heatmap.level IS 'the level of the score (ims.risk_matrix_level)';
COMMENT ON COLUMN ims.risk_heatmap.above_appetite IS 'the score is above the organization''s risk appetite';
COMMENT ON COLUMN ims.risk_heatmap.risks IS 'open risks in the cell';

-- ---------------------------------------------------------------------------
-- Open nonconformities with their ageing.

CREATE VIEW ims.open_nonconformities AS
SELECT n.org_id, n.id, n.title, n.severity, n.source, n.standard,
       coalesce(n.clause_ref, n.control_ref) AS ref,
       n.management_system_id, n.finding_id, f.audit_id, n.owner, n.raised_at,
       pg_catalog.now() - n.raised_at AS age,
       (CURRENT_DATE - (n.raised_at AT TIME ZONE 'UTC')::date) AS age_days,
       coalesce(a.actions, 0) AS actions,
       coalesce(a.open_actions, 0) AS open_actions,
       coalesce(a.overdue_actions, 0) AS overdue_actions,
       coalesce(a.awaiting_verification, 0) AS awaiting_verification,
       a.next_due
FROM ims.nonconformity n
LEFT JOIN ims.finding f ON f.org_id = n.org_id AND f.id = n.finding_id
LEFT JOIN LATERAL (
    SELECT count(*) AS actions,
           count(*) FILTER (WHERE c.status = 'open') AS open_actions,
           count(*) FILTER (WHERE c.status = 'open' AND c.due_date < CURRENT_DATE) AS overdue_actions,
           count(*) FILTER (WHERE c.status = 'done' AND c.effective IS NULL) AS awaiting_verification,
           min(c.due_date) FILTER (WHERE c.status = 'open') AS next_due
    FROM ims.corrective_action c
    WHERE c.org_id = n.org_id AND c.nonconformity_id = n.id
) a ON true
WHERE n.status = 'open';
COMMENT ON VIEW ims.open_nonconformities IS
    'open nonconformities with their age and the state of their corrective actions';
COMMENT ON COLUMN ims.open_nonconformities.org_id IS 'the organization';
COMMENT ON COLUMN ims.open_nonconformities.id IS 'the nonconformity';
COMMENT ON COLUMN ims.open_nonconformities.title IS 'its title';
COMMENT ON COLUMN ims.open_nonconformities.severity IS 'major or minor';
COMMENT ON COLUMN ims.open_nonconformities.source IS 'audit, incident, review, complaint, monitoring or other';
COMMENT ON COLUMN ims.open_nonconformities.standard IS 'the standard of the requirement not met';
COMMENT ON COLUMN ims.open_nonconformities.management_system_id IS 'the management system concerned (NULL: both)';
COMMENT ON COLUMN ims.open_nonconformities.finding_id IS 'the audit finding it was raised from';
COMMENT ON COLUMN ims.open_nonconformities.owner IS 'who deals with it';
COMMENT ON COLUMN ims.open_nonconformities.raised_at IS 'when it was raised';
COMMENT ON COLUMN ims.open_nonconformities.ref IS 'the clause or control not fulfilled';
COMMENT ON COLUMN ims.open_nonconformities.audit_id IS 'the audit of the finding it was raised from';
COMMENT ON COLUMN ims.open_nonconformities.age IS 'time since it was raised';
COMMENT ON COLUMN ims.open_nonconformities.age_days IS 'whole days since it was raised (UTC dates)';
COMMENT ON COLUMN ims.open_nonconformities.actions IS 'corrective actions recorded';
COMMENT ON COLUMN ims.open_nonconformities.open_actions IS 'corrective actions not done';
COMMENT ON COLUMN ims.open_nonconformities.overdue_actions IS 'corrective actions not done and past their due date';
COMMENT ON COLUMN ims.open_nonconformities.awaiting_verification IS 'corrective actions done whose effectiveness is not yet reviewed';
COMMENT ON COLUMN ims.open_nonconformities.next_due IS 'the earliest due date of the open actions';

-- ---------------------------------------------------------------------------
-- Objectives with their latest measurement.

CREATE VIEW ims.objective_status AS
SELECT o.org_id, o.id, o.management_system_id, o.title, o.measure, o.unit, o.target, o.direction,
       o.target_date, o.owner, o.status,
       lm.value AS latest_value, lm.measured_at AS latest_measured_at,
       CASE WHEN lm.value IS NULL THEN NULL
            WHEN o.direction = 'at_least' THEN lm.value >= o.target
            ELSE lm.value <= o.target END AS target_met,
       (SELECT count(*) FROM ims.objective_measurement x
        WHERE x.org_id = o.org_id AND x.objective_id = o.id) AS measurements
FROM ims.objective o
LEFT JOIN LATERAL (
    SELECT m.value, m.measured_at FROM ims.objective_measurement m
    WHERE m.org_id = o.org_id AND m.objective_id = o.id
    ORDER BY m.measured_at DESC, m.id DESC LIMIT 1
) lm ON true;
COMMENT ON VIEW ims.objective_status IS 'objectives with their latest measurement and whether it meets the target';
COMMENT ON COLUMN ims.objective_status.org_id IS 'the organization';
COMMENT ON COLUMN ims.objective_status.id IS 'the objective';
COMMENT ON COLUMN ims.objective_status.management_system_id IS 'its management system';
COMMENT ON COLUMN ims.objective_status.title IS 'its title';
COMMENT ON COLUMN ims.objective_status.measure IS 'what is measured';
COMMENT ON COLUMN ims.objective_status.unit IS 'unit of the measure';
COMMENT ON COLUMN ims.objective_status.target IS 'the target value';
COMMENT ON COLUMN ims.objective_status.direction IS 'at_least or at_most';
COMMENT ON COLUMN ims.objective_status.target_date IS 'by when the target is to be met';
COMMENT ON COLUMN ims.objective_status.owner IS 'who is responsible';
COMMENT ON COLUMN ims.objective_status.status IS 'active, achieved or abandoned';
COMMENT ON COLUMN ims.objective_status.latest_value IS 'the value of the latest measurement (NULL: never measured)';
COMMENT ON COLUMN ims.objective_status.latest_measured_at IS 'when the latest measurement was taken';
COMMENT ON COLUMN ims.objective_status.target_met IS 'the latest value meets the target in the objective''s direction; NULL without a measurement';
COMMENT ON COLUMN ims.objective_status.measurements IS 'number of measurements';

-- ---------------------------------------------------------------------------
-- Capacity against thresholds, continuity plans and their last test.

CREATE VIEW ims.capacity_status AS
SELECT t.org_id, t.id AS threshold_id, t.service_id, t.ci_id, t.metric, t.unit, t.direction,
       t.warning_level, t.critical_level, lr.value AS latest_value, lr.measured_at AS latest_measured_at,
       CASE WHEN lr.value IS NULL THEN 'no_data'
            WHEN (t.direction = 'above' AND lr.value >= t.critical_level)
              OR (t.direction = 'below' AND lr.value <= t.critical_level) THEN 'critical'
            WHEN (t.direction = 'above' AND lr.value >= t.warning_level)
              OR (t.direction = 'below' AND lr.value <= t.warning_level) THEN 'warning'
            ELSE 'ok' END AS state
FROM ims.capacity_threshold t
LEFT JOIN LATERAL (
    SELECT r.value, r.measured_at FROM ims.capacity_record r
    WHERE r.org_id = t.org_id AND r.threshold_id = t.id
    ORDER BY r.measured_at DESC, r.id DESC LIMIT 1
) lr ON true;
COMMENT ON VIEW ims.capacity_status IS 'every capacity threshold with its latest measurement and state';
COMMENT ON COLUMN ims.capacity_status.org_id IS 'the organization';
COMMENT ON COLUMN ims.capacity_status.threshold_id IS 'the capacity threshold';
COMMENT ON COLUMN ims.capacity_status.service_id IS 'the service measured (or ci_id)';
COMMENT ON COLUMN ims.capacity_status.ci_id IS 'the CI measured (or service_id)';
COMMENT ON COLUMN ims.capacity_status.metric IS 'what is measured';
COMMENT ON COLUMN ims.capacity_status.unit IS 'unit of the metric';
COMMENT ON COLUMN ims.capacity_status.direction IS 'above or below: which side of a level breaches it';
COMMENT ON COLUMN ims.capacity_status.warning_level IS 'the warning level';
COMMENT ON COLUMN ims.capacity_status.critical_level IS 'the critical level';
COMMENT ON COLUMN ims.capacity_status.latest_value IS 'the latest measured value (NULL: none)';
COMMENT ON COLUMN ims.capacity_status.latest_measured_at IS 'when it was measured';
COMMENT ON COLUMN ims.capacity_status.state IS 'ok, warning, critical, or no_data when nothing was measured';

CREATE VIEW ims.continuity_status AS
SELECT p.org_id, p.id AS plan_id, p.service_id, p.title, p.status, p.owner, p.rto, p.rpo, p.review_date,
       lt.tested_on AS last_tested_on, lt.outcome AS last_outcome, lt.achieved_rto AS last_achieved_rto,
       (lt.achieved_rto <= p.rto) AS last_rto_met,
       (SELECT count(*) FROM ims.continuity_test x WHERE x.org_id = p.org_id AND x.plan_id = p.id) AS tests
FROM ims.continuity_plan p
LEFT JOIN LATERAL (
    SELECT t.tested_on, t.outcome, t.achieved_rto FROM ims.continuity_test t
    WHERE t.org_id = p.org_id AND t.plan_id = p.id
    ORDER BY t.tested_on DESC, t.id DESC LIMIT 1
) lt ON true;
COMMENT ON VIEW ims.continuity_status IS 'continuity plans with their latest test and whether it met the recovery time objective';
COMMENT ON COLUMN ims.continuity_status.org_id IS 'the organization';
COMMENT ON COLUMN ims.continuity_status.plan_id IS 'the continuity plan';
COMMENT ON COLUMN ims.continuity_status.service_id IS 'the service it covers';
COMMENT ON COLUMN ims.continuity_status.title IS 'its title';
COMMENT ON COLUMN ims.continuity_status.status IS 'draft, approved or retired';
COMMENT ON COLUMN ims.continuity_status.owner IS 'who is responsible for the plan';
COMMENT ON COLUMN ims.continuity_status.rto IS 'recovery time objective';
COMMENT ON COLUMN ims.continuity_status.rpo IS 'recovery point objective';
COMMENT ON COLUMN ims.continuity_status.review_date IS 'when the plan is next reviewed';
COMMENT ON COLUMN ims.continuity_status.last_achieved_rto IS 'the recovery time reached in the latest test';
COMMENT ON COLUMN ims.continuity_status.last_tested_on IS 'date of the latest test (NULL: never tested)';
COMMENT ON COLUMN ims.continuity_status.last_outcome IS 'outcome of the latest test';
COMMENT ON COLUMN ims.continuity_status.last_rto_met IS 'the latest test recovered within the plan''s RTO';
COMMENT ON COLUMN ims.continuity_status.tests IS 'number of tests recorded';
