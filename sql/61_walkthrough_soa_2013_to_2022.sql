--
-- Hafenbank moves its Statement of Applicability from ISO/IEC 27001:2013 to
-- 27001:2022: decisions on the 114 controls of 2013, evidence, a risk treated
-- by a control, then ims.soa_carry through the 27002:2022 Annex B
-- correspondence, the review of every carried decision, the 11 new controls,
-- and the SoA an auditor reads.  The organization, its ISMS and the risk
-- carry explicit ids, and no other id is shown, so that the output does not
-- depend on the tests that ran before.
--
SET search_path = public, ims;
SET ims.actor = 'ciso.hanna';
\set VERBOSITY default

INSERT INTO organization (org_id, code, name) VALUES (6061, 'hafenbank', 'Hafenbank AG');
\set org 6061
INSERT INTO management_system (org_id, id, kind, standard, name, status, scope_statement)
VALUES (:org, 1, 'isms', '27001:2013', 'Hafenbank ISMS', 'operating', 'Online banking and its data centre');

-- Every decision needs a justification (rule soa_justification).
INSERT INTO soa_entry (org_id, management_system_id, control_set, control_ref, applicable)
VALUES (:org, 1, '27001:2013', 'A.5.1.1', true);

-- The 2013 SoA: every control applicable from the 2025 risk assessment,
-- except the ones of outsourced development (A.14.2.7) and of teleworking
-- (A.6.2.2), and with the data centre's physical controls run by the
-- landlord (A.11.1.4 excluded).
INSERT INTO soa_entry (org_id, management_system_id, control_set, control_ref, applicable, justification, implementation_status)
SELECT :org, 1, c.standard, c.ref,
       c.ref::text NOT IN ('A.14.2.7', 'A.6.2.2', 'A.11.1.4'),
       CASE c.ref::text
           WHEN 'A.14.2.7' THEN 'No outsourced development'
           WHEN 'A.6.2.2' THEN 'No teleworking: branch and head office staff only'
           WHEN 'A.11.1.4' THEN 'Protection against natural disasters is the landlord''s, under contract'
           ELSE 'Risk assessment 2025: needed to treat the risks of online banking' END,
       CASE WHEN c.ref::text NOT IN ('A.14.2.7', 'A.6.2.2', 'A.11.1.4') THEN 'planned' END
FROM control c WHERE c.standard = '27001:2013' AND c.kind = 'control';
SELECT applicable, count(*) FROM soa_entry WHERE org_id = :org GROUP BY applicable ORDER BY applicable;
SELECT count(*) AS undecided FROM soa_completeness(:org, 1);

-- An implemented control references evidence or a reason (checked at commit).
BEGIN;
UPDATE soa_entry SET implementation_status = 'implemented' WHERE org_id = :org AND control_ref = 'A.12.3.1';
COMMIT;
BEGIN;
UPDATE soa_entry SET implementation_status = 'implemented' WHERE org_id = :org AND control_ref IN ('A.12.3.1', 'A.5.1.1', 'A.5.1.2');
INSERT INTO soa_evidence (org_id, soa_entry_id, reference, description, evidence_date)
SELECT :org, id, 'dms://backup/restore-test-2026-03.pdf', 'Restore test', date '2026-03-15' FROM soa_entry WHERE org_id = :org AND control_ref = 'A.12.3.1'
UNION ALL
SELECT :org, id, 'dms://policies/infosec-policy-v7.pdf', 'Policy set v7', date '2026-01-20' FROM soa_entry WHERE org_id = :org AND control_ref = 'A.5.1.1';
UPDATE soa_entry SET evidence_reason = 'Review minutes are kept by the board secretary, not in the DMS'
WHERE org_id = :org AND control_ref = 'A.5.1.2';
COMMIT;

-- A risk treated by modification links its controls; excluding such a
-- control breaks the treatment (rule risk_treatment_controls, at commit).
INSERT INTO risk (org_id, id, title, owner, kind, inherent_likelihood, inherent_impact)
VALUES (:org, 1, 'Unauthorized changes to the banking platform', 'cio.ben', 'both', 4, 4);
BEGIN;
INSERT INTO risk_control (org_id, risk_id, soa_entry_id)
SELECT :org, 1, id FROM soa_entry WHERE org_id = :org AND control_ref IN ('A.12.1.2', 'A.14.2.2');
UPDATE risk SET treatment = 'modify', residual_likelihood = 2, residual_impact = 4 WHERE org_id = :org AND id = 1;
COMMIT;
BEGIN;
UPDATE soa_entry SET applicable = false, implementation_status = NULL, justification = 'Changes go through the vendor'
WHERE org_id = :org AND control_ref IN ('A.12.1.2', 'A.14.2.2');
COMMIT;

-- The ISMS moves to 27001:2022.  ims.soa_carry makes one 2022 entry per
-- control with decided 2013 predecessors, marked for review.
UPDATE management_system SET standard = '27001:2022' WHERE org_id = :org AND id = 1;
SET ims.actor = 'isms.migration';
SELECT count(*) AS carried, count(*) FILTER (WHERE applicable) AS applicable,
       count(*) FILTER (WHERE NOT applicable) AS excluded, sum(evidence) AS evidence, sum(risks) AS risk_links
FROM soa_carry(:org, 1);
-- A few of them: merged controls, split ones, the weakest status wins.
SELECT control_ref, carried_from, applicable, implementation_status, evidence_reason IS NOT NULL AS has_reason, review_required
FROM soa_entry WHERE org_id = :org AND control_set = '27001:2022'
  AND control_ref IN ('A.5.1', 'A.5.36', 'A.7.5', 'A.8.8', 'A.8.32', 'A.6.7', 'A.8.25', 'A.8.13')
ORDER BY control_ref;
SELECT justification FROM soa_entry WHERE org_id = :org AND control_set = '27001:2022' AND control_ref = 'A.5.1';

-- What is still open in the 2022 SoA: the carried decisions to review and
-- the 11 controls new in 2022.
SELECT gap, count(*) FROM soa_completeness(:org, 1) GROUP BY gap ORDER BY gap;
SELECT control_ref, title FROM soa_completeness(:org, 1) WHERE gap = 'no entry' ORDER BY control_ref;

-- Deciding the new controls; a decision without justification is still refused.
SET ims.actor = 'ciso.hanna';
INSERT INTO soa_entry (org_id, management_system_id, control_set, control_ref, applicable)
VALUES (:org, 1, '27001:2022', 'A.5.7', true);
INSERT INTO soa_entry (org_id, management_system_id, control_set, control_ref, applicable, justification, implementation_status)
SELECT :org, 1, control_set, control_ref, true, 'New in 2022; needed for online banking (risk assessment 2026)', 'planned'
FROM soa_completeness(:org, 1) WHERE gap = 'no entry';
-- The review of the carried decisions is recorded by clearing the mark.
UPDATE soa_entry SET review_required = false WHERE org_id = :org AND control_set = '27001:2022' AND review_required;
SELECT count(*) AS open_items FROM soa_completeness(:org, 1);
SELECT reviewed_by, count(*) FROM soa_entry WHERE org_id = :org AND control_set = '27001:2022' AND reviewed_at IS NOT NULL
GROUP BY reviewed_by;

-- The Statement of Applicability an auditor reads (ims.soa), a few lines.
SELECT control_ref, ref_27002, title, applicable, implementation_status AS status, evidence_count, latest_evidence,
       cardinality(linked_risks) AS risks
FROM soa(:org, 1)
WHERE control_ref IN ('A.5.1', 'A.5.7', 'A.5.36', 'A.7.5', 'A.8.13', 'A.8.32')
ORDER BY control_ref;
SELECT count(*) AS controls, count(*) FILTER (WHERE applicable) AS applicable, count(*) FILTER (WHERE NOT applicable) AS excluded,
       count(*) FILTER (WHERE soa_entry_id IS NULL) AS without_entry
FROM soa(:org, 1);

-- The risk is still treated: its links came along to the 2022 controls.
SELECT r.title, e.control_set, e.control_ref FROM risk r
JOIN risk_control rc ON rc.org_id = r.org_id AND rc.risk_id = r.id
JOIN soa_entry e ON e.org_id = rc.org_id AND e.id = rc.soa_entry_id
WHERE r.org_id = :org ORDER BY e.control_set, e.control_ref;

-- The 2013 SoA stays as it was, for the audit trail.
SELECT control_set, count(*) FROM soa_entry WHERE org_id = :org GROUP BY control_set ORDER BY control_set;
