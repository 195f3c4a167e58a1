-- Insert one batch of incidents (bench_incidents.config.batch: 1,000 by default)
-- into bench_incidents.incident_app (no triggers: a second copy of the baseline, whose lifecycle writes the history itself).
-- Impact and urgency vary over the batch, priority is left to the matrix except
-- for 1 in 100 (an override with a reason), 1 in 10 is an information security
-- incident with its assessment.
INSERT INTO bench_incidents.incident_app (org_id, title, description, impact, urgency, priority, priority_override_reason,
    assignment_group, security_class, security_assessed_by, affects_integrity)
SELECT c.org_id, 'Portal error ' || g, 'Users report HTTP 500 errors on the customer portal.',
    1 + g % 4, 1 + g / 4 % 4,
    CASE WHEN g % 100 = 0 THEN 1 END, CASE WHEN g % 100 = 0 THEN 'VIP customer' END,
    'service desk',
    CASE WHEN g % 10 = 0 THEN 'incident' ELSE 'none' END,
    CASE WHEN g % 10 = 0 THEN 'secops' END,
    g % 10 = 0
FROM bench_incidents.config c, generate_series(1, c.batch) AS g;
