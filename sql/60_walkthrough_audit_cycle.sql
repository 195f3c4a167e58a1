--
-- An audit cycle at Nordlicht Payments: the internal audit finds a
-- nonconformity, a corrective action is taken, its effectiveness is checked,
-- and the nonconformity is closed; the management review takes the results.
-- Every refusal below is a rule doing its job.  Records carry explicit ids
-- so that the output does not depend on the tests that ran before.
--
SET search_path = public, ims;
SET ims.actor = 'qm.olga';
\set VERBOSITY default

-- The organization, its ISMS (27001:2022) and the audit programme.
INSERT INTO organization (org_id, code, name) VALUES (6060, 'nordlicht', 'Nordlicht Payments');
\set org 6060
INSERT INTO management_system (org_id, id, kind, standard, name, status, scope_statement)
VALUES (:org, 1, 'isms', '27001:2022', 'Nordlicht ISMS', 'operating', 'Card processing and its support');
INSERT INTO audit_programme (org_id, id, name, period_start, period_end, owner, objectives)
VALUES (:org, 1, 'Internal audits 2026', '2026-01-01', '2026-12-31', 'qm.olga',
        'Every clause of 4-10 and every applicable Annex A control once a year');

-- The audit: planned, with its scope and the clauses and controls it covers.
INSERT INTO audit (org_id, id, programme_id, management_system_id, title, scope, lead_auditor, planned_start, planned_end)
VALUES (:org, 1, 1, 1, 'Access management audit', 'Identity and access management of card processing',
        'auditor.pia', '2026-05-04', '2026-05-06');
INSERT INTO audit_clause (org_id, audit_id, standard, clause_ref, control_ref) VALUES
    (:org, 1, '27001:2022', '9.1', NULL), (:org, 1, '27001:2022', NULL, 'A.5.15'),
    (:org, 1, '27001:2022', NULL, 'A.5.18'), (:org, 1, '27001:2022', NULL, 'A.8.2');
SELECT a.standard, coalesce(a.clause_ref, a.control_ref) AS ref, coalesce(c.title, k.title) AS title
FROM audit_clause a
LEFT JOIN clause c ON c.standard = a.standard AND c.ref = a.clause_ref
LEFT JOIN control k ON k.standard = a.standard AND k.ref = a.control_ref
WHERE a.org_id = :org ORDER BY ref;

-- 4 May: the auditor records two findings.
SET ims.actor = 'auditor.pia';
UPDATE audit SET status = 'in_progress' WHERE org_id = :org AND id = 1;
INSERT INTO finding (org_id, id, audit_id, kind, standard, control_ref, description, evidence) VALUES
    (:org, 1, 1, 'minor_nonconformity', '27001:2022', 'A.5.18', 'Access rights of leavers are removed weeks late',
     '4 of 10 sampled leavers still active after 14 days'),
    (:org, 2, 1, 'opportunity_for_improvement', NULL, NULL, 'Automate the leaver process from the HR system', NULL);

-- 6 May: completing the audit before the nonconformity is raised is refused
-- at commit (rule finding_nonconformity).
BEGIN;
UPDATE audit SET status = 'completed', report = 'dms://audits/2026/iam.pdf' WHERE org_id = :org AND id = 1;
COMMIT;

-- The nonconformity is raised from the finding, with the correction made at once.
SET ims.actor = 'qm.olga';
BEGIN;
INSERT INTO nonconformity (org_id, id, management_system_id, finding_id, source, severity, standard, control_ref,
                           title, correction, owner, raised_at)
VALUES (:org, 1, 1, 1, 'audit', 'minor', '27001:2022', 'A.5.18', 'Leavers keep access for weeks',
        'The four accounts were disabled on 6 May', 'iam.lead.ivo', '2026-05-06 15:00+00');
UPDATE audit SET status = 'completed', report = 'dms://audits/2026/iam.pdf' WHERE org_id = :org AND id = 1;
COMMIT;
SELECT status, completed_at IS NOT NULL AS completed FROM audit WHERE org_id = :org AND id = 1;

-- A corrective action needs an owner and a due date (rule corrective_action_owner).
INSERT INTO corrective_action (org_id, id, nonconformity_id, description)
VALUES (:org, 1, 1, 'Disable accounts from the HR leaver feed within one day');
INSERT INTO corrective_action (org_id, id, nonconformity_id, description, owner, due_date)
VALUES (:org, 1, 1, 'Disable accounts from the HR leaver feed within one day', 'iam.lead.ivo', '2099-06-30');

-- Closing needs the cause (10.1 b) ...
UPDATE nonconformity SET status = 'closed' WHERE org_id = :org AND id = 1;
-- ... and, at commit, every corrective action done and verified effective.
BEGIN;
UPDATE nonconformity SET status = 'closed', cause = 'Leaver tickets reach IAM only by e-mail'
WHERE org_id = :org AND id = 1;
COMMIT;

-- Where things stand (ims.open_nonconformities).
SELECT title, ref, actions, open_actions, overdue_actions, awaiting_verification, next_due, age_days >= 0 AS aged
FROM open_nonconformities WHERE org_id = :org;

-- June: the action is done.  Its owner cannot verify it himself.
SET ims.actor = 'iam.lead.ivo';
UPDATE corrective_action SET status = 'done' WHERE org_id = :org AND id = 1;
UPDATE corrective_action SET effective = true, effectiveness_verified_by = 'iam.lead.ivo'
WHERE org_id = :org AND id = 1;

-- July: the auditor samples again: two leavers were still missed.  Not effective.
SET ims.actor = 'auditor.pia';
UPDATE corrective_action SET effective = false, effectiveness_verified_by = 'auditor.pia',
       effectiveness_note = '2 of 12 July leavers missed: contractors are not in the HR feed'
WHERE org_id = :org AND id = 1;
BEGIN;
UPDATE nonconformity SET status = 'closed', cause = 'Leaver tickets reach IAM only by e-mail'
WHERE org_id = :org AND id = 1;
COMMIT;

-- The action is reopened (clearing its review) and extended to contractors.
SET ims.actor = 'iam.lead.ivo';
UPDATE corrective_action SET status = 'open' WHERE org_id = :org AND id = 1;
UPDATE corrective_action SET status = 'open', effective = NULL, effectiveness_verified_by = NULL,
       description = 'Disable accounts from the HR and contractor feeds within one day'
WHERE org_id = :org AND id = 1;
UPDATE corrective_action SET status = 'done' WHERE org_id = :org AND id = 1;

-- September: verified effective by the auditor; the nonconformity closes.
SET ims.actor = 'auditor.pia';
UPDATE corrective_action SET effective = true, effectiveness_verified_by = 'auditor.pia',
       effectiveness_note = 'All 15 August leavers disabled within a day'
WHERE org_id = :org AND id = 1;
SET ims.actor = 'qm.olga';
BEGIN;
UPDATE nonconformity SET status = 'closed', cause = 'Leaver tickets reach IAM only by e-mail; contractors not in the HR feed'
WHERE org_id = :org AND id = 1;
COMMIT;
SELECT n.status, n.closed_by, n.closed_at IS NOT NULL AS closed, a.status AS action, a.effective,
       a.effectiveness_verified_by, a.owner
FROM nonconformity n JOIN corrective_action a ON a.org_id = n.org_id AND a.nonconformity_id = n.id
WHERE n.org_id = :org;
SELECT count(*) AS open_nonconformities FROM open_nonconformities WHERE org_id = :org;

-- A closed nonconformity keeps its actions: reopening one is refused at commit.
BEGIN;
UPDATE corrective_action SET status = 'open', effective = NULL, effectiveness_verified_by = NULL
WHERE org_id = :org AND id = 1;
COMMIT;
-- Deleting the nonconformity of the completed audit's finding is refused too
-- (its action is deleted first, in the same transaction).
BEGIN;
DELETE FROM corrective_action WHERE org_id = :org AND nonconformity_id = 1;
DELETE FROM nonconformity WHERE org_id = :org AND id = 1;
COMMIT;

-- The management review takes the audit results and decides.
INSERT INTO management_review (org_id, id, management_system_id, title, planned_on, held_on, status, chair)
VALUES (:org, 1, 1, 'Management review 2026', '2026-10-01', '2026-10-01', 'held', 'ceo.carl');
INSERT INTO management_review_item (org_id, review_id, kind, topic, content, owner, due_date) VALUES
    (:org, 1, 'input', 'audit_results', 'Access management audit: 1 minor nonconformity (A.5.18), closed after a second action', NULL, NULL),
    (:org, 1, 'input', 'nonconformities', 'No open nonconformities', NULL, NULL),
    (:org, 1, 'decision', 'improvement', 'Automate joiner/mover/leaver from HR (finding 2)', NULL, NULL),
    (:org, 1, 'action', 'improvement', 'Budget and plan the IAM automation', 'cio.cora', '2027-03-31');
SELECT kind, topic, content, owner FROM management_review_item WHERE org_id = :org ORDER BY kind, topic;

-- Which rules enforce 27001:2022 10.2 (nonconformity and corrective action)?
SELECT r.name, r.record_kind, r.checked FROM rule r JOIN rule_basis b ON b.rule = r.name
WHERE b.standard = '27001:2022' AND b.clause_ref = '10.2' ORDER BY r.name;
