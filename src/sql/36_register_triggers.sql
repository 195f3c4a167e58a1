-- The rules of registers part 1, wired as triggers (C: src/rules_*.c).
-- Row rules are BEFORE INSERT OR UPDATE triggers; rules across rows are
-- deferred constraint triggers checked at commit.

CREATE FUNCTION ims.incident_rules() RETURNS trigger
    AS 'MODULE_PATHNAME', 'ims_incident_rules' LANGUAGE C;
CREATE FUNCTION ims.problem_rules() RETURNS trigger
    AS 'MODULE_PATHNAME', 'ims_problem_rules' LANGUAGE C;
CREATE FUNCTION ims.known_error_rules() RETURNS trigger
    AS 'MODULE_PATHNAME', 'ims_known_error_rules' LANGUAGE C;
CREATE FUNCTION ims.change_rules() RETURNS trigger
    AS 'MODULE_PATHNAME', 'ims_change_rules' LANGUAGE C;
CREATE FUNCTION ims.lifecycle_rules() RETURNS trigger
    AS 'MODULE_PATHNAME', 'ims_lifecycle_rules' LANGUAGE C;
CREATE FUNCTION ims.register_touch() RETURNS trigger
    AS 'MODULE_PATHNAME', 'ims_register_touch' LANGUAGE C;
CREATE FUNCTION ims.tenant_immutable() RETURNS trigger
    AS 'MODULE_PATHNAME', 'ims_tenant_immutable' LANGUAGE C;
CREATE FUNCTION ims.link_rules() RETURNS trigger
    AS 'MODULE_PATHNAME', 'ims_link_rules' LANGUAGE C;
CREATE FUNCTION ims.cache_invalidate() RETURNS trigger
    AS 'MODULE_PATHNAME', 'ims_cache_invalidate' LANGUAGE C;

COMMENT ON FUNCTION ims.incident_rules() IS
    'trigger: rules incident_transition, incident_priority, incident_resolution, security_incident_assessment, security_incident_lessons, major_incident_review (row part), tenant_immutable; milestones and status history';
COMMENT ON FUNCTION ims.problem_rules() IS
    'trigger: rules problem_transition, problem_resolution (root cause), tenant_immutable; milestones and status history';
COMMENT ON FUNCTION ims.known_error_rules() IS 'trigger: rules known_error_content, tenant_immutable';
COMMENT ON FUNCTION ims.change_rules() IS
    'trigger: rules change_transition, change_security_assessment (row part), change_segregation, change_window (row part), emergency_change_review, tenant_immutable; milestones and status history';
COMMENT ON FUNCTION ims.lifecycle_rules() IS
    'trigger (argument: record kind): rule <kind>_transition, tenant_immutable, milestones and status history for registers whose only row rule is their lifecycle';
COMMENT ON FUNCTION ims.register_touch() IS 'trigger: updated_at and updated_by, and rule tenant_immutable, for registers without rules of their own';
COMMENT ON FUNCTION ims.tenant_immutable() IS 'trigger (BEFORE UPDATE OF org_id): rule tenant_immutable for link tables';
COMMENT ON FUNCTION ims.link_rules() IS
    'deferred constraint trigger (argument: the table it is on): rules across rows, checked at commit: problem_needs_incident, problem_resolution, major_incident_review, change_security_assessment, change_window, failed_change_incident, release_changes_approved';
COMMENT ON FUNCTION ims.cache_invalidate() IS
    'statement trigger: makes every session drop its cached lifecycles, priority matrices and organization settings after a change to their tables';

-- Row rules.
CREATE TRIGGER incident_rules BEFORE INSERT OR UPDATE ON ims.incident
    FOR EACH ROW EXECUTE FUNCTION ims.incident_rules();
CREATE TRIGGER problem_rules BEFORE INSERT OR UPDATE ON ims.problem
    FOR EACH ROW EXECUTE FUNCTION ims.problem_rules();
CREATE TRIGGER known_error_rules BEFORE INSERT OR UPDATE ON ims.known_error
    FOR EACH ROW EXECUTE FUNCTION ims.known_error_rules();
CREATE TRIGGER change_rules BEFORE INSERT OR UPDATE ON ims.change
    FOR EACH ROW EXECUTE FUNCTION ims.change_rules();
CREATE TRIGGER release_rules BEFORE INSERT OR UPDATE ON ims.release
    FOR EACH ROW EXECUTE FUNCTION ims.lifecycle_rules('release');
CREATE TRIGGER service_request_rules BEFORE INSERT OR UPDATE ON ims.service_request
    FOR EACH ROW EXECUTE FUNCTION ims.lifecycle_rules('service_request');

-- Plain registers: touch and tenant_immutable.
CREATE TRIGGER organization_touch BEFORE UPDATE ON ims.organization
    FOR EACH ROW EXECUTE FUNCTION ims.register_touch();
CREATE TRIGGER management_system_touch BEFORE UPDATE ON ims.management_system
    FOR EACH ROW EXECUTE FUNCTION ims.register_touch();
CREATE TRIGGER service_touch BEFORE UPDATE ON ims.service
    FOR EACH ROW EXECUTE FUNCTION ims.register_touch();
CREATE TRIGGER ci_touch BEFORE UPDATE ON ims.ci
    FOR EACH ROW EXECUTE FUNCTION ims.register_touch();
CREATE TRIGGER change_model_touch BEFORE UPDATE ON ims.change_model
    FOR EACH ROW EXECUTE FUNCTION ims.register_touch();
CREATE TRIGGER change_freeze_touch BEFORE UPDATE ON ims.change_freeze
    FOR EACH ROW EXECUTE FUNCTION ims.register_touch();

-- Link tables and other org-keyed tables: tenant_immutable only when org_id is set.
CREATE TRIGGER service_scope_tenant BEFORE UPDATE OF org_id ON ims.service_scope
    FOR EACH ROW EXECUTE FUNCTION ims.tenant_immutable();
CREATE TRIGGER ci_relation_tenant BEFORE UPDATE OF org_id ON ims.ci_relation
    FOR EACH ROW EXECUTE FUNCTION ims.tenant_immutable();
CREATE TRIGGER service_ci_tenant BEFORE UPDATE OF org_id ON ims.service_ci
    FOR EACH ROW EXECUTE FUNCTION ims.tenant_immutable();
CREATE TRIGGER incident_ci_tenant BEFORE UPDATE OF org_id ON ims.incident_ci
    FOR EACH ROW EXECUTE FUNCTION ims.tenant_immutable();
CREATE TRIGGER problem_incident_tenant BEFORE UPDATE OF org_id ON ims.problem_incident
    FOR EACH ROW EXECUTE FUNCTION ims.tenant_immutable();
CREATE TRIGGER change_ci_tenant BEFORE UPDATE OF org_id ON ims.change_ci
    FOR EACH ROW EXECUTE FUNCTION ims.tenant_immutable();
CREATE TRIGGER change_problem_tenant BEFORE UPDATE OF org_id ON ims.change_problem
    FOR EACH ROW EXECUTE FUNCTION ims.tenant_immutable();
CREATE TRIGGER change_incident_tenant BEFORE UPDATE OF org_id ON ims.change_incident
    FOR EACH ROW EXECUTE FUNCTION ims.tenant_immutable();
CREATE TRIGGER release_change_tenant BEFORE UPDATE OF org_id ON ims.release_change
    FOR EACH ROW EXECUTE FUNCTION ims.tenant_immutable();
CREATE TRIGGER priority_matrix_tenant BEFORE UPDATE OF org_id ON ims.priority_matrix
    FOR EACH ROW EXECUTE FUNCTION ims.tenant_immutable();
CREATE TRIGGER status_history_tenant BEFORE UPDATE OF org_id ON ims.status_history
    FOR EACH ROW EXECUTE FUNCTION ims.tenant_immutable();
CREATE TRIGGER lifecycle_transition_tenant BEFORE UPDATE OF org_id ON ims.lifecycle_transition
    FOR EACH ROW EXECUTE FUNCTION ims.tenant_immutable();

-- Rules across rows, at commit.
CREATE CONSTRAINT TRIGGER problem_links AFTER INSERT OR UPDATE ON ims.problem
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ims.link_rules('problem');
CREATE CONSTRAINT TRIGGER problem_incident_links AFTER UPDATE OR DELETE ON ims.problem_incident
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ims.link_rules('problem_incident');
CREATE CONSTRAINT TRIGGER incident_links AFTER UPDATE ON ims.incident
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (NEW.is_major AND NEW.status = 'closed')
    EXECUTE FUNCTION ims.link_rules('incident');
CREATE CONSTRAINT TRIGGER change_links AFTER INSERT OR UPDATE ON ims.change
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (NEW.status NOT IN ('draft', 'submitted'))
    EXECUTE FUNCTION ims.link_rules('change');
CREATE CONSTRAINT TRIGGER change_ci_links AFTER INSERT OR UPDATE OR DELETE ON ims.change_ci
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ims.link_rules('change_ci');
CREATE CONSTRAINT TRIGGER change_incident_links AFTER UPDATE OR DELETE ON ims.change_incident
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ims.link_rules('change_incident');
CREATE CONSTRAINT TRIGGER change_problem_links AFTER UPDATE OR DELETE ON ims.change_problem
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ims.link_rules('change_problem');
CREATE CONSTRAINT TRIGGER release_links AFTER INSERT OR UPDATE ON ims.release
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (NEW.status IN ('deployed', 'closed'))
    EXECUTE FUNCTION ims.link_rules('release');
CREATE CONSTRAINT TRIGGER release_change_links AFTER INSERT OR UPDATE OR DELETE ON ims.release_change
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ims.link_rules('release_change');

-- Cache invalidation for the data the row rules read on every row.
CREATE TRIGGER lifecycle_transition_cache AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ims.lifecycle_transition
    FOR EACH STATEMENT EXECUTE FUNCTION ims.cache_invalidate();
CREATE TRIGGER priority_matrix_cache AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ims.priority_matrix
    FOR EACH STATEMENT EXECUTE FUNCTION ims.cache_invalidate();
CREATE TRIGGER organization_cache AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ims.organization
    FOR EACH STATEMENT EXECUTE FUNCTION ims.cache_invalidate();

-- A new organization starts with the default priority matrix.
CREATE FUNCTION ims.organization_defaults() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO ims.priority_matrix (org_id, impact, urgency, priority)
    SELECT NEW.org_id, d.impact, d.urgency, d.priority FROM ims.default_priority_matrix d;
    RETURN NULL;
END $$;
COMMENT ON FUNCTION ims.organization_defaults() IS 'trigger: gives a new organization the default priority matrix';
CREATE TRIGGER organization_defaults AFTER INSERT ON ims.organization
    FOR EACH ROW EXECUTE FUNCTION ims.organization_defaults();

-- An organization's own lifecycle can only tighten the built-in one.
CREATE FUNCTION ims.lifecycle_transition_check() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NEW.org_id IS NOT NULL AND NOT EXISTS (
        SELECT FROM ims.lifecycle_transition b
        WHERE b.org_id IS NULL AND b.record_kind = NEW.record_kind AND b.variant = NEW.variant
          AND b.from_status = NEW.from_status AND b.to_status = NEW.to_status
          AND (NEW.is_reopen OR NOT b.is_reopen)) THEN
        RAISE EXCEPTION USING
            ERRCODE = '23514',
            CONSTRAINT = 'lifecycle_tightening',
            TABLE = 'lifecycle_transition',
            SCHEMA = 'ims',
            MESSAGE = format('organization %s cannot add the transition %L -> %L to the %s lifecycle',
                             NEW.org_id, NEW.from_status, NEW.to_status, NEW.record_kind),
            DETAIL = 'The built-in lifecycle has no such transition; an organization can only keep a subset of it.',
            HINT = 'Copy the built-in transitions you keep (org_id NULL) and leave out the ones you forbid.';
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION ims.lifecycle_transition_check() IS
    'trigger: an organization''s lifecycle rows must be built-in transitions (it can tighten, not loosen)';
CREATE TRIGGER lifecycle_transition_check BEFORE INSERT OR UPDATE ON ims.lifecycle_transition
    FOR EACH ROW EXECUTE FUNCTION ims.lifecycle_transition_check();
