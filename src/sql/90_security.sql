-- Security (issue 9): roles, organization membership, row-level security on
-- every table that carries an org_id, privileges, security_invoker views,
-- and the guard against dropping the extension with data.  This module runs
-- last, so it covers every table and view the modules before it created.
-- docs/security.md.

-- ---------------------------------------------------------------------------
-- Roles (cluster-wide: created if missing, never dropped by the extension).

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['ims_reader', 'ims_operator', 'ims_manager', 'ims_auditor', 'ims_admin'] LOOP
        IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = r) THEN
            EXECUTE pg_catalog.format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
END $$;
GRANT ims_reader TO ims_operator;
GRANT ims_operator TO ims_manager;
GRANT ims_reader TO ims_auditor;
GRANT ims_manager TO ims_admin;
GRANT ims_auditor TO ims_admin;

-- ---------------------------------------------------------------------------
-- Membership: which roles may see which organizations.

CREATE TABLE ims.org_member (
    org_id     bigint NOT NULL,
    role_name  name NOT NULL,
    added_at   timestamptz NOT NULL DEFAULT pg_catalog.now(),
    added_by   text NOT NULL DEFAULT ims.current_actor(),
    CONSTRAINT org_member_pkey PRIMARY KEY (org_id, role_name),
    CONSTRAINT org_member_org_fk FOREIGN KEY (org_id) REFERENCES ims.organization (org_id) ON DELETE CASCADE
);
CREATE INDEX org_member_role_idx ON ims.org_member (role_name);
COMMENT ON TABLE ims.org_member IS
    'which roles may see and write which organizations: a role sees the organizations it, or any role it is a member of, is listed for';
CREATE TRIGGER org_member_tenant BEFORE UPDATE OF org_id ON ims.org_member
    FOR EACH ROW EXECUTE FUNCTION ims.tenant_immutable();
SELECT pg_catalog.pg_extension_config_dump('ims.org_member', '');

CREATE FUNCTION ims.visible_orgs() RETURNS bigint[]
    AS 'MODULE_PATHNAME', 'ims_visible_orgs' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION ims.visible_orgs() IS
    'the organizations the current role may see (ims.org_member, through any role it is a member of), narrowed to the setting ims.org_id when it is set; cached per session until membership changes';
CREATE TRIGGER org_member_cache AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ims.org_member
    FOR EACH STATEMENT EXECUTE FUNCTION ims.cache_invalidate();

CREATE FUNCTION ims.create_organization(p_code text, p_name text, p_member_role name)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    org bigint;
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = p_member_role) THEN
        RAISE EXCEPTION USING ERRCODE = '42704',
            MESSAGE = format('role "%s" does not exist', p_member_role),
            HINT = 'Name the role that will work with the organization.';
    END IF;
    INSERT INTO ims.organization (code, name) VALUES (p_code, p_name) RETURNING org_id INTO org;
    INSERT INTO ims.org_member (org_id, role_name) VALUES (org, p_member_role);
    RETURN org;
END $$;
COMMENT ON FUNCTION ims.create_organization(text, text, name) IS
    'create an organization and make a role its member (for ims_admin; row-level security lets nobody insert organizations directly)';
REVOKE EXECUTE ON FUNCTION ims.create_organization(text, text, name) FROM PUBLIC;

-- ---------------------------------------------------------------------------
-- Row-level security: every table with an org_id shows and takes only the
-- rows of the organizations the role may see (built-in rows with a NULL
-- org_id are visible to all).

DO $$
DECLARE
    t text;
BEGIN
    FOR t IN
        SELECT c.relname FROM pg_catalog.pg_class c
        JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attname = 'org_id' AND NOT a.attisdropped
        WHERE c.relnamespace = 'ims'::regnamespace AND c.relkind = 'r' AND c.relname <> 'org_member'
        ORDER BY c.relname
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE ims.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE pg_catalog.format(
            'CREATE POLICY org_isolation ON ims.%I USING (org_id IS NULL OR org_id = ANY ((SELECT ims.visible_orgs())::bigint[])) '
            'WITH CHECK (org_id = ANY ((SELECT ims.visible_orgs())::bigint[]))', t);
        EXECUTE pg_catalog.format(
            'COMMENT ON POLICY org_isolation ON ims.%I IS %L', t,
            'rows of the organizations the role may see (ims.visible_orgs)');
    END LOOP;
END $$;

-- Membership itself: a role sees its own memberships and those of the
-- organizations it sees, and changes only the latter (ims.visible_orgs reads
-- the table as the schema owner, so this policy does not recurse).
ALTER TABLE ims.org_member ENABLE ROW LEVEL SECURITY;
CREATE POLICY org_member_read ON ims.org_member FOR SELECT
    USING (role_name IN (SELECT r.rolname FROM pg_catalog.pg_roles r
                         WHERE pg_catalog.pg_has_role(CURRENT_USER, r.oid, 'MEMBER'))
           OR org_id = ANY ((SELECT ims.visible_orgs())::bigint[]));
CREATE POLICY org_member_add ON ims.org_member FOR INSERT
    WITH CHECK (org_id = ANY ((SELECT ims.visible_orgs())::bigint[]));
CREATE POLICY org_member_change ON ims.org_member FOR UPDATE
    USING (org_id = ANY ((SELECT ims.visible_orgs())::bigint[]))
    WITH CHECK (org_id = ANY ((SELECT ims.visible_orgs())::bigint[]));
CREATE POLICY org_member_remove ON ims.org_member FOR DELETE
    USING (org_id = ANY ((SELECT ims.visible_orgs())::bigint[]));
COMMENT ON POLICY org_member_read ON ims.org_member IS 'a role reads its own memberships and the members of the organizations it sees';
COMMENT ON POLICY org_member_add ON ims.org_member IS 'members are added only to organizations the role sees';
COMMENT ON POLICY org_member_change ON ims.org_member IS 'members are changed only in organizations the role sees';
COMMENT ON POLICY org_member_remove ON ims.org_member IS 'members are removed only from organizations the role sees';

-- Views run with the privileges and row-level security of the caller.
DO $$
DECLARE
    v text;
BEGIN
    FOR v IN SELECT c.relname FROM pg_catalog.pg_class c
             WHERE c.relnamespace = 'ims'::regnamespace AND c.relkind = 'v'
    LOOP
        EXECUTE pg_catalog.format('ALTER VIEW ims.%I SET (security_invoker = true)', v);
    END LOOP;
END $$;

-- ---------------------------------------------------------------------------
-- Privileges.  Nothing that writes is granted to PUBLIC.

GRANT USAGE ON SCHEMA ims TO ims_reader, ims_auditor;

DO $$
DECLARE
    t text;
    audit_tables text[] := ARRAY['history', 'evidence', 'evidence_link', 'custody_event', 'chain_seal', 'chain_head'];
    config_tables text[] := ARRAY['management_system', 'priority_matrix', 'lifecycle_transition', 'calendar',
                                  'calendar_hours', 'calendar_exception', 'sla_target', 'clock_pause_status',
                                  'organization_regime', 'org_member', 'risk_matrix', 'risk_matrix_level'];
    manager_tables text[] := ARRAY['change_model', 'change_freeze'];
    auditor_views text[] := ARRAY['audit_trail', 'evidence_index'];
    written_by_rules text[] := ARRAY['status_history'];
    has_org boolean;
    has_id boolean;
BEGIN
    FOR t, has_org, has_id IN
        SELECT c.relname,
               EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'org_id' AND NOT a.attisdropped),
               EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'id' AND NOT a.attisdropped)
        FROM pg_catalog.pg_class c
        WHERE c.relnamespace = 'ims'::regnamespace AND c.relkind IN ('r', 'v')
    LOOP
        EXECUTE pg_catalog.format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ims.%I FROM PUBLIC', t);
        IF t = ANY (audit_tables) OR t = ANY (auditor_views) THEN
            EXECUTE pg_catalog.format('GRANT SELECT ON ims.%I TO ims_auditor', t);
            IF t IN ('evidence', 'evidence_link', 'custody_event') THEN
                EXECUTE pg_catalog.format('GRANT SELECT, INSERT ON ims.%I TO ims_operator', t);
            END IF;
        ELSE
            EXECUTE pg_catalog.format('GRANT SELECT ON ims.%I TO ims_reader', t);
        END IF;
        CONTINUE WHEN NOT has_org OR t = ANY (audit_tables) OR t = ANY (written_by_rules)
                      OR (SELECT c.relkind FROM pg_catalog.pg_class c
                          WHERE c.relnamespace = 'ims'::regnamespace AND c.relname = t) = 'v';
        IF t = 'organization' THEN
            EXECUTE 'GRANT UPDATE ON ims.organization TO ims_admin';
        ELSIF t = ANY (config_tables) THEN
            EXECUTE pg_catalog.format('GRANT INSERT, UPDATE, DELETE ON ims.%I TO ims_admin', t);
        ELSIF t = ANY (manager_tables) THEN
            EXECUTE pg_catalog.format('GRANT INSERT, UPDATE, DELETE ON ims.%I TO ims_manager', t);
        ELSIF t = 'escalation_log' THEN
            EXECUTE 'GRANT INSERT ON ims.escalation_log TO ims_operator';
        ELSE
            -- registers: operators record and update, managers also delete;
            -- operators may unlink (rows of link tables, which have no id)
            EXECUTE pg_catalog.format('GRANT INSERT, UPDATE ON ims.%I TO ims_operator', t);
            EXECUTE pg_catalog.format('GRANT DELETE ON ims.%I TO %I', t,
                                      CASE WHEN has_id THEN 'ims_manager' ELSE 'ims_operator' END);
        END IF;
    END LOOP;
END $$;

-- Catalogue: user rows (imports, corrections) are the admin's.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['standard', 'clause', 'control', 'mapping', 'correspondence', 'term'] LOOP
        IF to_regclass(pg_catalog.format('ims.%I', t)) IS NOT NULL THEN
            EXECUTE pg_catalog.format('GRANT INSERT, UPDATE, DELETE ON ims.%I TO ims_admin', t);
        END IF;
    END LOOP;
END $$;

-- Functions that change data or reveal the chain are not for PUBLIC.
REVOKE EXECUTE ON FUNCTION ims.seal_chain(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ims.seal_chain(bigint) TO ims_admin;
REVOKE EXECUTE ON FUNCTION ims.verify_chain(bigint), ims.chain_head(bigint),
                            ims.as_of_rows(regclass, bigint, timestamptz), ims.as_of(anyelement, bigint, timestamptz)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ims.verify_chain(bigint), ims.chain_head(bigint),
                           ims.as_of_rows(regclass, bigint, timestamptz), ims.as_of(anyelement, bigint, timestamptz)
    TO ims_auditor;
REVOKE EXECUTE ON FUNCTION ims.escalate_due(bigint, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ims.escalate_due(bigint, timestamptz) TO ims_operator;
GRANT EXECUTE ON FUNCTION ims.create_organization(text, text, name) TO ims_admin;
GRANT EXECUTE ON FUNCTION ims.import_correspondence(text, text), ims.drop_imported_correspondence(text) TO ims_admin;

-- ---------------------------------------------------------------------------
-- No DROP EXTENSION while the registers hold data (SET ims.allow_drop_with_data = on to override).

CREATE FUNCTION ims.drop_guard() RETURNS event_trigger
    AS 'MODULE_PATHNAME', 'ims_drop_guard' LANGUAGE C;
COMMENT ON FUNCTION ims.drop_guard() IS
    'event trigger: refuses DROP EXTENSION ims27013 while organizations exist, unless ims.allow_drop_with_data is on';
CREATE EVENT TRIGGER ims_drop_guard ON ddl_command_start
    WHEN TAG IN ('DROP EXTENSION', 'DROP OWNED')
    EXECUTE FUNCTION ims.drop_guard();
-- also in sessions with session_replication_role = replica (a restore session)
ALTER EVENT TRIGGER ims_drop_guard ENABLE ALWAYS;
COMMENT ON EVENT TRIGGER ims_drop_guard IS
    'refuses DROP EXTENSION ims27013, and DROP OWNED BY its owner, while its registers hold data (ims.allow_drop_with_data overrides); fires in replica sessions too';

-- On a logical-replication subscriber the apply worker fires row triggers
-- enabled for replicas only, never statement triggers: these row triggers
-- keep the sessions' caches fresh there (they do not fire elsewhere).
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['lifecycle_transition', 'priority_matrix', 'organization', 'calendar',
                             'calendar_hours', 'calendar_exception', 'org_member'] LOOP
        EXECUTE pg_catalog.format(
            'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON ims.%I FOR EACH ROW EXECUTE FUNCTION ims.cache_invalidate()',
            t || '_cache_replica', t);
        EXECUTE pg_catalog.format('ALTER TABLE ims.%I ENABLE REPLICA TRIGGER %I', t, t || '_cache_replica');
    END LOOP;
END $$;
