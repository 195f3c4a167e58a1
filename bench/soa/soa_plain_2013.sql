-- The plain join: every 27001:2013 control with its SoA entry, no rule columns.
SELECT c.standard, c.ref, c.ref_27002, c.title, c.parent_ref, e.id, e.applicable, e.justification,
       e.implementation_status, e.evidence_reason, e.owner, e.review_required, e.decided_by, e.decided_at
FROM ims.control c
LEFT JOIN ims.soa_entry e
  ON e.org_id = (SELECT org_id FROM bench_soa.config) AND e.management_system_id = (SELECT ms_id FROM bench_soa.config)
 AND e.control_set = c.standard AND e.control_ref OPERATOR(ims.=) c.ref
WHERE c.kind = 'control' AND c.standard = '27001:2013'
ORDER BY c.ref;
