-- pg_dump keeps the registers' rows (they are user data in extension tables)
-- and the values of their identity sequences, so identities continue after a
-- restore.  Built-in lifecycle rows are re-created by CREATE EXTENSION; only
-- an organization's own rows are dumped.
SELECT pg_catalog.pg_extension_config_dump('ims.lifecycle_transition', 'WHERE org_id IS NOT NULL');
DO $$
DECLARE
    t text;
    s text;
BEGIN
    FOREACH t IN ARRAY ARRAY[
        'organization', 'management_system', 'service', 'service_scope', 'ci', 'ci_relation',
        'service_ci', 'priority_matrix', 'incident', 'incident_ci', 'problem', 'problem_incident',
        'known_error', 'change_model', 'change', 'change_ci', 'change_problem', 'change_incident',
        'change_freeze', 'release', 'release_change', 'service_request', 'status_history']
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
