-- The query of ims.soa written inline (no function call): what the rule columns cost by themselves.
SELECT c.standard, c.ref, c.ref_27002, c.title, c.parent_ref, e.id, e.applicable, e.justification,
       e.implementation_status, e.evidence_reason, e.owner,
       coalesce(rk.risks, '{}'::bigint[]), coalesce(ev.n, 0)::integer, ev.latest,
       coalesce(e.review_required, false), e.decided_by, e.decided_at
FROM ims.control c
LEFT JOIN ims.soa_entry e
  ON e.org_id = (SELECT org_id FROM bench_soa.config) AND e.management_system_id = (SELECT ms_id FROM bench_soa.config)
 AND e.control_set = c.standard AND e.control_ref OPERATOR(ims.=) c.ref
LEFT JOIN LATERAL (
    SELECT array_agg(rc.risk_id ORDER BY rc.risk_id) AS risks
    FROM ims.risk_control rc WHERE rc.org_id = e.org_id AND rc.soa_entry_id = e.id
) rk ON true
LEFT JOIN LATERAL (
    SELECT count(*) AS n, max(v.evidence_date) AS latest
    FROM ims.soa_evidence v WHERE v.org_id = e.org_id AND v.soa_entry_id = e.id
) ev ON true
WHERE c.kind = 'control' AND c.standard = '27001:2022'
ORDER BY c.ref;
