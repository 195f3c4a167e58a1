-- pg_dump keeps the rows of the registers of part 2 (issue 5) and the values
-- of their identity sequences (see 39_register_dump.sql).
DO $$
DECLARE
    t text;
    s text;
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
        PERFORM pg_catalog.pg_extension_config_dump(pg_catalog.format('ims.%I', t), '');
        FOR s IN
            SELECT pg_catalog.pg_get_serial_sequence(pg_catalog.format('ims.%I', t), a.attname)
            FROM pg_catalog.pg_attribute a
            WHERE a.attrelid = pg_catalog.format('ims.%I', t)::pg_catalog.regclass
              AND a.attidentity <> '' AND NOT a.attisdropped
        LOOP
            PERFORM pg_catalog.pg_extension_config_dump(s, '');
        END LOOP;
    END LOOP;
END $$;
