-- Registers part 2 (issue 5) in the history (72_chain.sql): every INSERT,
-- UPDATE and DELETE of their rows is appended to ims.history, as for the
-- registers of part 1.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY[
        'risk_matrix', 'risk_matrix_level', 'risk', 'risk_ci', 'risk_service', 'problem_risk',
        'soa_entry', 'soa_evidence', 'risk_control', 'soa_requirement',
        'supplier', 'customer', 'agreement', 'agreement_service', 'risk_supplier', 'risk_customer',
        'objective', 'objective_measurement', 'audit_programme', 'audit', 'audit_clause', 'finding',
        'nonconformity', 'corrective_action', 'management_review', 'management_review_item',
        'continuity_plan', 'continuity_test', 'availability_target', 'service_outage',
        'capacity_threshold', 'capacity_record']
    LOOP
        EXECUTE pg_catalog.format(
            'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON ims.%I FOR EACH ROW EXECUTE FUNCTION ims.history_record()',
            t || '_history', t);
    END LOOP;
END $$;
