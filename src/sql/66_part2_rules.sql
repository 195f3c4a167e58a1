-- The rules of registers part 2 (issue 5), wired as triggers (C:
-- src/rules_risk.c, rules_soa.c, rules_improvement.c, rules_supplier.c,
-- helpers in rules_part2_support.c), and their rows in ims.rule and
-- ims.rule_basis.  docs/rules.md has one entry per rule.

-- ---------------------------------------------------------------------------
-- C trigger functions.

CREATE FUNCTION ims.risk_rules() RETURNS trigger
    AS 'MODULE_PATHNAME', 'ims_risk_rules' LANGUAGE C;
CREATE FUNCTION ims.risk_matrix_rules() RETURNS trigger
    AS 'MODULE_PATHNAME', 'ims_risk_matrix_rules' LANGUAGE C;
CREATE FUNCTION ims.risk_links() RETURNS trigger
    AS 'MODULE_PATHNAME', 'ims_risk_links' LANGUAGE C;
CREATE FUNCTION ims.risk_control_lock() RETURNS trigger
    AS 'MODULE_PATHNAME', 'ims_risk_control_lock' LANGUAGE C;
CREATE FUNCTION ims.soa_entry_rules() RETURNS trigger
    AS 'MODULE_PATHNAME', 'ims_soa_entry_rules' LANGUAGE C;
CREATE FUNCTION ims.soa_links() RETURNS trigger
    AS 'MODULE_PATHNAME', 'ims_soa_links' LANGUAGE C;
CREATE FUNCTION ims.nonconformity_rules() RETURNS trigger
    AS 'MODULE_PATHNAME', 'ims_nonconformity_rules' LANGUAGE C;
CREATE FUNCTION ims.corrective_action_rules() RETURNS trigger
    AS 'MODULE_PATHNAME', 'ims_corrective_action_rules' LANGUAGE C;
CREATE FUNCTION ims.audit_rules() RETURNS trigger
    AS 'MODULE_PATHNAME', 'ims_audit_rules' LANGUAGE C;
CREATE FUNCTION ims.improvement_links() RETURNS trigger
    AS 'MODULE_PATHNAME', 'ims_improvement_links' LANGUAGE C;
CREATE FUNCTION ims.agreement_links() RETURNS trigger
    AS 'MODULE_PATHNAME', 'ims_agreement_links' LANGUAGE C;

COMMENT ON FUNCTION ims.risk_rules() IS
    'trigger: rules risk_score_derived, risk_acceptance (accepting and approving need ims_manager), tenant_immutable; accepted_at, approved_at, closed_at, touch';
COMMENT ON FUNCTION ims.risk_matrix_rules() IS
    'trigger: rule risk_score_derived (a scale cannot shrink below a value in use), tenant_immutable, touch';
COMMENT ON FUNCTION ims.risk_links() IS
    'deferred constraint trigger (argument: the table it is on): rule risk_treatment_controls, checked at commit';
COMMENT ON FUNCTION ims.risk_control_lock() IS
    'trigger: a new or changed risk_control link locks its SoA entry FOR SHARE until the transaction ends (rule risk_treatment_controls under concurrency)';
COMMENT ON FUNCTION ims.soa_entry_rules() IS
    'trigger: rule soa_justification (row part), an SoA entry names a control of an ISMS, tenant_immutable; decision and review stamps, touch';
COMMENT ON FUNCTION ims.soa_links() IS
    'deferred constraint trigger (argument: the table it is on): rule soa_justification (implemented needs evidence or a reason), checked at commit';
COMMENT ON FUNCTION ims.nonconformity_rules() IS
    'trigger: rule nonconformity_closure (row part: a cause), tenant_immutable; closed_at, closed_by, touch';
COMMENT ON FUNCTION ims.corrective_action_rules() IS
    'trigger: rule corrective_action_owner, tenant_immutable; done_at, effectiveness_verified_at, touch';
COMMENT ON FUNCTION ims.audit_rules() IS 'trigger: tenant_immutable; completed_at, touch';
COMMENT ON FUNCTION ims.improvement_links() IS
    'deferred constraint trigger (argument: the table it is on): rules nonconformity_closure and finding_nonconformity, checked at commit';
COMMENT ON FUNCTION ims.agreement_links() IS
    'deferred constraint trigger (argument: the table it is on): rule agreement_security, checked at commit';

-- ---------------------------------------------------------------------------
-- Row rules.

CREATE TRIGGER risk_rules BEFORE INSERT OR UPDATE ON ims.risk
    FOR EACH ROW EXECUTE FUNCTION ims.risk_rules();
CREATE TRIGGER risk_matrix_rules BEFORE UPDATE ON ims.risk_matrix
    FOR EACH ROW EXECUTE FUNCTION ims.risk_matrix_rules();
CREATE TRIGGER risk_control_lock BEFORE INSERT OR UPDATE OF soa_entry_id ON ims.risk_control
    FOR EACH ROW EXECUTE FUNCTION ims.risk_control_lock();
CREATE TRIGGER soa_entry_rules BEFORE INSERT OR UPDATE ON ims.soa_entry
    FOR EACH ROW EXECUTE FUNCTION ims.soa_entry_rules();
CREATE TRIGGER nonconformity_rules BEFORE INSERT OR UPDATE ON ims.nonconformity
    FOR EACH ROW EXECUTE FUNCTION ims.nonconformity_rules();
CREATE TRIGGER corrective_action_rules BEFORE INSERT OR UPDATE ON ims.corrective_action
    FOR EACH ROW EXECUTE FUNCTION ims.corrective_action_rules();
CREATE TRIGGER audit_rules BEFORE INSERT OR UPDATE ON ims.audit
    FOR EACH ROW EXECUTE FUNCTION ims.audit_rules();

-- Plain registers: touch and tenant_immutable.
CREATE TRIGGER supplier_touch BEFORE UPDATE ON ims.supplier
    FOR EACH ROW EXECUTE FUNCTION ims.register_touch();
CREATE TRIGGER customer_touch BEFORE UPDATE ON ims.customer
    FOR EACH ROW EXECUTE FUNCTION ims.register_touch();
CREATE TRIGGER agreement_touch BEFORE UPDATE ON ims.agreement
    FOR EACH ROW EXECUTE FUNCTION ims.register_touch();
CREATE TRIGGER objective_touch BEFORE UPDATE ON ims.objective
    FOR EACH ROW EXECUTE FUNCTION ims.register_touch();
CREATE TRIGGER audit_programme_touch BEFORE UPDATE ON ims.audit_programme
    FOR EACH ROW EXECUTE FUNCTION ims.register_touch();
CREATE TRIGGER finding_touch BEFORE UPDATE ON ims.finding
    FOR EACH ROW EXECUTE FUNCTION ims.register_touch();
CREATE TRIGGER management_review_touch BEFORE UPDATE ON ims.management_review
    FOR EACH ROW EXECUTE FUNCTION ims.register_touch();
CREATE TRIGGER management_review_item_touch BEFORE UPDATE ON ims.management_review_item
    FOR EACH ROW EXECUTE FUNCTION ims.register_touch();
CREATE TRIGGER continuity_plan_touch BEFORE UPDATE ON ims.continuity_plan
    FOR EACH ROW EXECUTE FUNCTION ims.register_touch();
CREATE TRIGGER continuity_test_touch BEFORE UPDATE ON ims.continuity_test
    FOR EACH ROW EXECUTE FUNCTION ims.register_touch();
CREATE TRIGGER availability_target_touch BEFORE UPDATE ON ims.availability_target
    FOR EACH ROW EXECUTE FUNCTION ims.register_touch();
CREATE TRIGGER service_outage_touch BEFORE UPDATE ON ims.service_outage
    FOR EACH ROW EXECUTE FUNCTION ims.register_touch();
CREATE TRIGGER capacity_threshold_touch BEFORE UPDATE ON ims.capacity_threshold
    FOR EACH ROW EXECUTE FUNCTION ims.register_touch();

-- Link tables and other org-keyed tables: tenant_immutable when org_id is set.
CREATE TRIGGER risk_matrix_level_tenant BEFORE UPDATE OF org_id ON ims.risk_matrix_level
    FOR EACH ROW EXECUTE FUNCTION ims.tenant_immutable();
CREATE TRIGGER risk_ci_tenant BEFORE UPDATE OF org_id ON ims.risk_ci
    FOR EACH ROW EXECUTE FUNCTION ims.tenant_immutable();
CREATE TRIGGER risk_service_tenant BEFORE UPDATE OF org_id ON ims.risk_service
    FOR EACH ROW EXECUTE FUNCTION ims.tenant_immutable();
CREATE TRIGGER problem_risk_tenant BEFORE UPDATE OF org_id ON ims.problem_risk
    FOR EACH ROW EXECUTE FUNCTION ims.tenant_immutable();
CREATE TRIGGER soa_evidence_tenant BEFORE UPDATE OF org_id ON ims.soa_evidence
    FOR EACH ROW EXECUTE FUNCTION ims.tenant_immutable();
CREATE TRIGGER risk_control_tenant BEFORE UPDATE OF org_id ON ims.risk_control
    FOR EACH ROW EXECUTE FUNCTION ims.tenant_immutable();
CREATE TRIGGER soa_requirement_tenant BEFORE UPDATE OF org_id ON ims.soa_requirement
    FOR EACH ROW EXECUTE FUNCTION ims.tenant_immutable();
CREATE TRIGGER agreement_service_tenant BEFORE UPDATE OF org_id ON ims.agreement_service
    FOR EACH ROW EXECUTE FUNCTION ims.tenant_immutable();
CREATE TRIGGER risk_supplier_tenant BEFORE UPDATE OF org_id ON ims.risk_supplier
    FOR EACH ROW EXECUTE FUNCTION ims.tenant_immutable();
CREATE TRIGGER risk_customer_tenant BEFORE UPDATE OF org_id ON ims.risk_customer
    FOR EACH ROW EXECUTE FUNCTION ims.tenant_immutable();
CREATE TRIGGER objective_measurement_tenant BEFORE UPDATE OF org_id ON ims.objective_measurement
    FOR EACH ROW EXECUTE FUNCTION ims.tenant_immutable();
CREATE TRIGGER audit_clause_tenant BEFORE UPDATE OF org_id ON ims.audit_clause
    FOR EACH ROW EXECUTE FUNCTION ims.tenant_immutable();
CREATE TRIGGER capacity_record_tenant BEFORE UPDATE OF org_id ON ims.capacity_record
    FOR EACH ROW EXECUTE FUNCTION ims.tenant_immutable();

-- ---------------------------------------------------------------------------
-- Rules across rows, at commit.

-- risk_treatment_controls
CREATE CONSTRAINT TRIGGER risk_links AFTER INSERT OR UPDATE ON ims.risk
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (NEW.treatment = 'modify')
    EXECUTE FUNCTION ims.risk_links('risk');
CREATE CONSTRAINT TRIGGER risk_control_links AFTER UPDATE OR DELETE ON ims.risk_control
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ims.risk_links('risk_control');
CREATE CONSTRAINT TRIGGER soa_entry_risk_links AFTER UPDATE ON ims.soa_entry
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (OLD.applicable IS TRUE AND NEW.applicable IS NOT TRUE)
    EXECUTE FUNCTION ims.risk_links('soa_entry');

-- soa_justification (implemented: evidence or a reason)
CREATE CONSTRAINT TRIGGER soa_entry_links AFTER INSERT OR UPDATE ON ims.soa_entry
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (NEW.applicable IS TRUE AND NEW.implementation_status = 'implemented')
    EXECUTE FUNCTION ims.soa_links('soa_entry');
CREATE CONSTRAINT TRIGGER soa_evidence_links AFTER UPDATE OR DELETE ON ims.soa_evidence
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ims.soa_links('soa_evidence');

-- nonconformity_closure, finding_nonconformity
CREATE CONSTRAINT TRIGGER nonconformity_links AFTER INSERT OR UPDATE ON ims.nonconformity
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (NEW.status = 'closed')
    EXECUTE FUNCTION ims.improvement_links('nonconformity');
CREATE CONSTRAINT TRIGGER nonconformity_finding_links AFTER UPDATE OR DELETE ON ims.nonconformity
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ims.improvement_links('nonconformity_finding');
CREATE CONSTRAINT TRIGGER corrective_action_links AFTER INSERT OR UPDATE OR DELETE ON ims.corrective_action
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ims.improvement_links('corrective_action');
CREATE CONSTRAINT TRIGGER audit_links AFTER INSERT OR UPDATE ON ims.audit
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (NEW.status = 'completed')
    EXECUTE FUNCTION ims.improvement_links('audit');
CREATE CONSTRAINT TRIGGER finding_links AFTER INSERT OR UPDATE ON ims.finding
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ims.improvement_links('finding');

-- agreement_security
CREATE CONSTRAINT TRIGGER agreement_links AFTER INSERT OR UPDATE ON ims.agreement
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (NEW.status = 'active')
    EXECUTE FUNCTION ims.agreement_links('agreement');
CREATE CONSTRAINT TRIGGER agreement_service_links AFTER INSERT OR UPDATE ON ims.agreement_service
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ims.agreement_links('agreement_service');
CREATE CONSTRAINT TRIGGER service_scope_agreement_links AFTER INSERT OR UPDATE ON ims.service_scope
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ims.agreement_links('service_scope');

-- ---------------------------------------------------------------------------
-- The rule catalogue.

INSERT INTO ims.rule (name, record_kind, checked, guidance_27013, demands) VALUES
    ('risk_score_derived', 'risk', 'row', '6.2.4',
     'inherent and residual scores are likelihood x impact on the scales of the organization''s risk matrix; a typed score that differs is refused, and a scale cannot shrink below a value in use'),
    ('risk_acceptance', 'risk', 'row', '6.2.4',
     'a retained risk is accepted by its owner; only the owner accepts a risk; accepting a residual score above the organization''s appetite needs an approver who is top management'),
    ('risk_treatment_controls', 'risk', 'commit', '6.2.4',
     'a risk treated by modification links at least one applicable control of the Statement of Applicability'),
    ('soa_justification', 'soa_entry', 'row and commit', '6.2.1',
     'every SoA decision, inclusion or exclusion, has a justification; an applicable control marked implemented references evidence or a reason'),
    ('nonconformity_closure', 'nonconformity', 'row and commit', '6.3.2',
     'a nonconformity closes only with its cause recorded and at least one corrective action, every one done and verified effective by someone other than its owner'),
    ('corrective_action_owner', 'corrective_action', 'row', '6.3.2',
     'a corrective action has an owner and a due date; its effectiveness is reviewed only once it is done, with a result and a reviewer who is not its owner'),
    ('finding_nonconformity', 'audit', 'commit', '6.3.2',
     'a completed audit has every nonconformity finding raised as a nonconformity'),
    ('agreement_security', 'agreement', 'commit', '6.3.4',
     'an active agreement covering a service in the scope of an ISMS records its information security requirements');

UPDATE ims.rule
SET demands = 'a resolved or closed problem has a root cause and an outcome: a linked change closed with outcome successful, or a linked risk (ims.problem_risk) retained and accepted in the risk register'
WHERE name = 'problem_resolution';

INSERT INTO ims.rule_basis (rule, standard, clause_ref, control_ref) VALUES
    ('risk_score_derived', '27001:2013', '6.1.2', NULL),
    ('risk_score_derived', '27001:2022', '6.1.2', NULL),
    ('risk_score_derived', '20000-1:2018', '6.1', NULL),
    ('risk_acceptance', '27001:2013', '6.1.3', NULL),
    ('risk_acceptance', '27001:2013', '8.3', NULL),
    ('risk_acceptance', '27001:2022', '6.1.3', NULL),
    ('risk_acceptance', '27001:2022', '8.3', NULL),
    ('risk_acceptance', '20000-1:2018', '6.1', NULL),
    ('risk_treatment_controls', '27001:2013', '6.1.3', NULL),
    ('risk_treatment_controls', '27001:2013', '8.3', NULL),
    ('risk_treatment_controls', '27001:2022', '6.1.3', NULL),
    ('risk_treatment_controls', '27001:2022', '8.3', NULL),
    ('soa_justification', '27001:2013', '6.1.3', NULL),
    ('soa_justification', '27001:2022', '6.1.3', NULL),
    ('nonconformity_closure', '27001:2013', '10.1', NULL),
    ('nonconformity_closure', '27001:2022', '10.2', NULL),
    ('nonconformity_closure', '20000-1:2018', '10.1', NULL),
    ('corrective_action_owner', '27001:2013', '10.1', NULL),
    ('corrective_action_owner', '27001:2022', '10.2', NULL),
    ('corrective_action_owner', '20000-1:2018', '10.1', NULL),
    ('finding_nonconformity', '27001:2013', '9.2', NULL),
    ('finding_nonconformity', '27001:2013', '10.1', NULL),
    ('finding_nonconformity', '27001:2022', '9.2.2', NULL),
    ('finding_nonconformity', '27001:2022', '10.2', NULL),
    ('finding_nonconformity', '20000-1:2018', '9.2', NULL),
    ('finding_nonconformity', '20000-1:2018', '10.1', NULL),
    ('agreement_security', '27001:2013', NULL, 'A.15.1.2'),
    ('agreement_security', '27001:2022', NULL, 'A.5.20'),
    ('agreement_security', '20000-1:2018', '8.3.3', NULL),
    ('agreement_security', '20000-1:2018', '8.3.4', NULL),
    ('problem_resolution', '27001:2013', '8.3', NULL),
    ('problem_resolution', '27001:2022', '8.3', NULL);

-- problem_resolution, risk branch: a resolved problem may rest on an accepted
-- risk instead of a change; losing that link or acceptance is checked at commit.
CREATE CONSTRAINT TRIGGER problem_risk_links AFTER UPDATE OR DELETE ON ims.problem_risk
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ims.link_rules('problem_risk');
CREATE CONSTRAINT TRIGGER risk_problem_links AFTER UPDATE ON ims.risk
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (OLD.treatment = 'retain' AND (NEW.treatment IS DISTINCT FROM 'retain' OR NEW.accepted_by IS NULL))
    EXECUTE FUNCTION ims.link_rules('risk');
