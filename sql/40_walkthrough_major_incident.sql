--
-- A day at Example Bank: a major information security incident on the
-- payments service, handled from report to closure through the registers and
-- their rules.  Every refusal below is a rule doing its job.
--
SET search_path = public, ims;
SET ims.actor = 'servicedesk.ana';
\set VERBOSITY default

-- The organization, its ISMS and SMS, one service and the CIs it runs on.
INSERT INTO organization (code, name) VALUES ('exbank', 'Example Bank') RETURNING org_id AS org \gset
INSERT INTO management_system (org_id, kind, standard, name, status, scope_statement) VALUES
    (:org, 'isms', '27001:2022', 'Example Bank ISMS', 'operating', 'Payments and customer data'),
    (:org, 'sms', '20000-1:2018', 'Example Bank SMS', 'operating', 'All customer-facing IT services');
INSERT INTO service (org_id, name, owner, criticality) VALUES (:org, 'Payments', 'head.payments', 1)
    RETURNING id AS payments \gset
INSERT INTO service_scope (org_id, service_id, management_system_id)
SELECT :org, :payments, id FROM management_system WHERE org_id = :org;
INSERT INTO ci (org_id, name, ci_class, is_information_asset, confidentiality, integrity, availability)
VALUES (:org, 'payments-db', 'database', true, 1, 1, 1),
       (:org, 'payments-api', 'application', false, NULL, NULL, NULL),
       (:org, 'db-host-1', 'server', false, NULL, NULL, NULL);
SELECT id AS db FROM ci WHERE org_id = :org AND name = 'payments-db' \gset
SELECT id AS api FROM ci WHERE org_id = :org AND name = 'payments-api' \gset
SELECT id AS host FROM ci WHERE org_id = :org AND name = 'db-host-1' \gset
INSERT INTO ci_relation (org_id, source_ci_id, relation_type, target_ci_id) VALUES
    (:org, :api, 'depends_on', :db), (:org, :db, 'runs_on', :host);
INSERT INTO service_ci (org_id, service_id, ci_id) VALUES (:org, :payments, :api);

-- Which services are hit if the database host fails?
SELECT service_name, criticality, via_ci_id = :api AS via_api, depth FROM impacted_services(:org, :host);

-- 08:05 A customer reports failed payments.  Priority comes from the matrix.
INSERT INTO incident (org_id, title, service_id, impact, urgency)
VALUES (:org, 'Card payments failing', :payments, 1, 1)
RETURNING id AS inc, status, priority \gset
SELECT :inc IS NOT NULL AS recorded, :'status' AS status, :priority AS priority;
INSERT INTO incident_ci (org_id, incident_id, ci_id) VALUES (:org, :inc, :db);

-- A priority typed in by hand is refused without a reason ...
UPDATE incident SET priority = 3 WHERE org_id = :org AND id = :inc;
-- ... and jumping straight to resolved skips the lifecycle.
UPDATE incident SET status = 'resolved' WHERE org_id = :org AND id = :inc;

-- 08:10 Work starts; it is declared a major incident.
UPDATE incident SET status = 'in_progress', is_major = true, assignee = 'ops.ben'
WHERE org_id = :org AND id = :inc;

-- 08:40 The database shows signs of tampering: classify it as an
-- information security incident.  Without an assessment that is refused.
UPDATE incident SET security_class = 'incident' WHERE org_id = :org AND id = :inc;
UPDATE incident SET security_class = 'incident', security_assessed_by = 'ciso.carla',
       affects_integrity = true, affects_availability = true
WHERE org_id = :org AND id = :inc;

-- 09:30 A problem is opened for the root cause and linked.
SET ims.actor = 'problem.dana';
BEGIN;
INSERT INTO problem (org_id, title) VALUES (:org, 'Integrity failures in payments-db')
RETURNING id AS prob \gset
INSERT INTO problem_incident (org_id, problem_id, incident_id) VALUES (:org, :prob, :inc);
COMMIT;

-- 10:00 An emergency change to patch the database.  Approved by its own
-- requester: refused.  Approved by the emergency change board: accepted.
SET ims.actor = 'dba.eve';
INSERT INTO change (org_id, title, change_type, requested_by)
VALUES (:org, 'Patch payments-db', 'emergency', 'dba.eve') RETURNING id AS chg \gset
INSERT INTO change_ci (org_id, change_id, ci_id) VALUES (:org, :chg, :db);
INSERT INTO change_problem (org_id, change_id, problem_id) VALUES (:org, :chg, :prob);
UPDATE change SET status = 'approved', approved_by = 'dba.eve', risk_level = 'high',
       security_impact_assessment = 'Patch closes the injection path; brief write outage.'
WHERE org_id = :org AND id = :chg;
UPDATE change SET status = 'approved', approved_by = 'ecab.frank', risk_level = 'high',
       security_impact_assessment = 'Patch closes the injection path; brief write outage.'
WHERE org_id = :org AND id = :chg;
UPDATE change SET status = 'implementing' WHERE org_id = :org AND id = :chg;
UPDATE change SET status = 'review', outcome = 'successful' WHERE org_id = :org AND id = :chg;
-- Closing an emergency change needs its post-implementation review.
UPDATE change SET status = 'closed' WHERE org_id = :org AND id = :chg;
UPDATE change SET status = 'closed', post_implementation_review = 'Patch applied in 12 minutes; no side effects.'
WHERE org_id = :org AND id = :chg;

-- 11:00 Service restored: resolving needs a resolution code and note.
SET ims.actor = 'ops.ben';
UPDATE incident SET status = 'resolved' WHERE org_id = :org AND id = :inc;
UPDATE incident SET status = 'resolved', resolution_code = 'fixed_by_change',
       resolution_note = 'Emergency change patched payments-db.'
WHERE org_id = :org AND id = :inc;

-- The problem is resolved by the implemented change; a root cause is required.
SET ims.actor = 'problem.dana';
UPDATE problem SET status = 'investigating' WHERE org_id = :org AND id = :prob;
UPDATE problem SET status = 'resolved' WHERE org_id = :org AND id = :prob;
UPDATE problem SET status = 'resolved', root_cause = 'Unvalidated input in a stored procedure.'
WHERE org_id = :org AND id = :prob;

-- Next day: closing the major security incident needs lessons learned and a
-- post-incident review.
SET ims.actor = 'ciso.carla';
UPDATE incident SET status = 'closed' WHERE org_id = :org AND id = :inc;
UPDATE incident SET status = 'closed', lessons_learned = 'Add input validation tests to the release checklist.'
WHERE org_id = :org AND id = :inc;
UPDATE incident SET status = 'closed', lessons_learned = 'Add input validation tests to the release checklist.',
       post_incident_review = 'Detection took 35 minutes; alerting on integrity checks added.'
WHERE org_id = :org AND id = :inc;

-- The record of the day.
SELECT status, priority, is_major, security_class, responded_at IS NOT NULL AS responded,
       resolved_at IS NOT NULL AS resolved, closed_at IS NOT NULL AS closed
FROM incident WHERE org_id = :org AND id = :inc;
SELECT record_kind, from_status, to_status, changed_by
FROM status_history WHERE org_id = :org ORDER BY id;

-- How is ISO/IEC 20000-1 8.5.1.3 enforced?
SELECT r.name, r.checked FROM rule r JOIN rule_basis b ON b.rule = r.name
WHERE b.standard = '20000-1:2018' AND b.clause_ref = '8.5.1.3' ORDER BY r.name;
