-- Security properties of the extension as a whole (issue 9): SECURITY
-- DEFINER only where needed, each with a fixed search_path and no EXECUTE
-- for PUBLIC; nothing that writes granted to PUBLIC; no privilege that steps
-- around row-level security; rule work as the owner not steerable by the
-- caller; the guard against DROP EXTENSION with data.  docs/security.md.
BEGIN;
SELECT plan(24);
-- regprocedure and regclass print with their schema
SET LOCAL search_path = public;
SET LOCAL client_min_messages = warning;

-- ---------------------------------------------------------------------------
-- Acting as another role (pgTAP runs as the superuser).
GRANT USAGE ON SCHEMA test_helpers TO PUBLIC;

-- test_helpers.violation(statement), run as role r.
CREATE FUNCTION pg_temp.violation_as(r name, statement text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    result text;
BEGIN
    EXECUTE format('SET LOCAL ROLE %I', r);
    result := test_helpers.violation(statement);
    RESET ROLE;
    RETURN result;
END $$;

-- The same, then the checks deferred to commit (test_helpers.violation_at_commit).
CREATE FUNCTION pg_temp.violation_at_commit_as(r name, statement text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    result text;
BEGIN
    EXECUTE format('SET LOCAL ROLE %I', r);
    result := test_helpers.violation_at_commit(statement);
    RESET ROLE;
    RETURN result;
END $$;

-- The ACL of a function or relation, defaults made explicit.
CREATE FUNCTION pg_temp.proc_acl(p regprocedure) RETURNS TABLE (grantee name, privilege_type text)
LANGUAGE sql AS $$
    SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(a.grantee) END, a.privilege_type
    FROM pg_catalog.pg_proc f, aclexplode(coalesce(f.proacl, acldefault('f'::"char", f.proowner))) a
    WHERE f.oid = p
$$;

-- ---------------------------------------------------------------------------
-- SECURITY DEFINER only where needed (docs/security.md says why for each).

SELECT set_eq($$
    SELECT p.oid::regprocedure::text FROM pg_catalog.pg_proc p
    WHERE p.pronamespace = 'ims'::regnamespace AND p.prosecdef
$$, $$VALUES ('ims.create_organization(text,text,name)')$$,
   'the only SECURITY DEFINER function of schema ims is ims.create_organization (ims.seal_chain checks membership in C and then works as the owner)');
SELECT is_empty($$
    SELECT p.oid::regprocedure::text || ' ' || coalesce(p.proconfig::text, 'no settings')
    FROM pg_catalog.pg_proc p
    WHERE p.pronamespace = 'ims'::regnamespace AND p.prosecdef
      AND p.proconfig IS DISTINCT FROM ARRAY['search_path=pg_catalog, pg_temp']
$$, 'every SECURITY DEFINER function sets exactly search_path = pg_catalog, pg_temp');
SELECT is_empty($$
    SELECT p.oid::regprocedure::text FROM pg_catalog.pg_proc p
    WHERE p.pronamespace = 'ims'::regnamespace AND p.prosecdef
      AND EXISTS (SELECT FROM pg_temp.proc_acl(p.oid) a WHERE a.grantee = 'PUBLIC' AND a.privilege_type = 'EXECUTE')
$$, 'no SECURITY DEFINER function is executable by PUBLIC');
SELECT set_eq($$
    SELECT p.oid::regprocedure::text, a.grantee::text
    FROM pg_catalog.pg_proc p, pg_temp.proc_acl(p.oid) a
    WHERE p.pronamespace = 'ims'::regnamespace AND p.prosecdef AND a.grantee <> pg_catalog.pg_get_userbyid(p.proowner)
$$, $$VALUES ('ims.create_organization(text,text,name)', 'ims_admin')$$,
   'besides its owner, only ims_admin may execute it');
SELECT is_empty($$
    SELECT p.oid::regprocedure::text FROM pg_catalog.pg_proc p
    WHERE p.pronamespace = 'ims'::regnamespace AND p.prosecdef
      AND p.proowner <> (SELECT n.nspowner FROM pg_catalog.pg_namespace n WHERE n.nspname = 'ims')
$$, 'every SECURITY DEFINER function is owned by the owner of schema ims');

-- Functions PUBLIC may execute act with the caller's privileges only: none
-- is SECURITY DEFINER, so row-level security and grants apply to whatever
-- they read or write.  Trigger functions cannot be called directly.
SELECT is_empty($$
    SELECT p.oid::regprocedure::text FROM pg_catalog.pg_proc p
    WHERE p.pronamespace = 'ims'::regnamespace AND p.prosecdef
      AND EXISTS (SELECT FROM pg_temp.proc_acl(p.oid) a WHERE a.grantee = 'PUBLIC')
$$, 'every function PUBLIC may execute is SECURITY INVOKER');
SELECT is(test_helpers.violation('SELECT ims.history_record()'), '39P01  ',
          'a trigger function (ims.history_record) cannot be called directly');
SELECT set_eq($$
    SELECT p.oid::regprocedure::text, a.grantee::text
    FROM pg_catalog.pg_proc p, pg_temp.proc_acl(p.oid) a
    WHERE p.oid IN ('ims.seal_chain(bigint)'::regprocedure, 'ims.create_organization(text,text,name)'::regprocedure,
                    'ims.escalate_due(bigint,timestamptz)'::regprocedure, 'ims.import_correspondence(text,text)'::regprocedure,
                    'ims.drop_imported_correspondence(text)'::regprocedure, 'ims.verify_chain(bigint)'::regprocedure,
                    'ims.chain_head(bigint)'::regprocedure, 'ims.as_of(anyelement,bigint,timestamptz)'::regprocedure,
                    'ims.as_of_rows(regclass,bigint,timestamptz)'::regprocedure)
      AND a.grantee <> pg_catalog.pg_get_userbyid(p.proowner)
$$, $$VALUES ('ims.seal_chain(bigint)', 'ims_admin'), ('ims.create_organization(text,text,name)', 'ims_admin'),
             ('ims.escalate_due(bigint,timestamp with time zone)', 'ims_operator'),
             ('ims.import_correspondence(text,text)', 'ims_admin'), ('ims.drop_imported_correspondence(text)', 'ims_admin'),
             ('ims.verify_chain(bigint)', 'ims_auditor'), ('ims.chain_head(bigint)', 'ims_auditor'),
             ('ims.as_of(anyelement,bigint,timestamp with time zone)', 'ims_auditor'),
             ('ims.as_of_rows(regclass,bigint,timestamp with time zone)', 'ims_auditor')$$,
   'the functions reserved to a role: seal, create_organization, imports for ims_admin; escalate_due for ims_operator; chain and as_of for ims_auditor');

-- ---------------------------------------------------------------------------
-- Grants on tables, views, sequences and the schema.

SELECT is_empty($$
    SELECT c.relname || ' ' || a.privilege_type
    FROM pg_catalog.pg_class c, aclexplode(coalesce(c.relacl, acldefault(CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END::"char", c.relowner))) a
    WHERE c.relnamespace = 'ims'::regnamespace AND c.relkind IN ('r', 'v', 'm', 'S', 'f', 'p')
      AND a.grantee = 0 AND a.privilege_type <> 'SELECT'
    UNION ALL
    SELECT c.relname || '.' || t.attname || ' ' || a.privilege_type
    FROM pg_catalog.pg_class c JOIN pg_catalog.pg_attribute t ON t.attrelid = c.oid, aclexplode(t.attacl) a
    WHERE c.relnamespace = 'ims'::regnamespace AND t.attacl IS NOT NULL AND a.grantee = 0 AND a.privilege_type <> 'SELECT'
$$, 'PUBLIC holds no privilege but SELECT on any table, view or sequence of schema ims (or any of their columns)');
SELECT is_empty($$
    SELECT c.relname || ' ' || pg_catalog.pg_get_userbyid(a.grantee) || ' ' || a.privilege_type
    FROM pg_catalog.pg_class c, aclexplode(coalesce(c.relacl, acldefault('r'::"char", c.relowner))) a
    WHERE c.relnamespace = 'ims'::regnamespace AND c.relkind IN ('r', 'v', 'p')
      AND a.grantee <> c.relowner AND a.privilege_type IN ('TRUNCATE', 'REFERENCES', 'TRIGGER')
$$, 'only the owner holds TRUNCATE (which skips row-level security), REFERENCES (a foreign key would probe other organizations'' keys) or TRIGGER');
SELECT is_empty($$
    SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(a.grantee) END || ' ' || a.privilege_type
    FROM pg_catalog.pg_namespace n, aclexplode(coalesce(n.nspacl, acldefault('n'::"char", n.nspowner))) a
    WHERE n.nspname = 'ims' AND a.grantee <> n.nspowner AND (a.grantee = 0 OR a.privilege_type <> 'USAGE')
$$, 'schema ims: nothing for PUBLIC, and no role but its owner may create objects in it');

-- ---------------------------------------------------------------------------
-- Rule work runs as the owner of schema ims (src/rule_support.c,
-- ims_become_owner).  The caller's search_path must not steer it: a role
-- that can create objects in some schema puts an operator "=" for bigint
-- there, ahead of pg_catalog, and does ordinary register work; the rules'
-- queries must never call it (it would run as the owner).

CREATE ROLE t92_op IN ROLE ims_operator;
SELECT ims.create_organization('t92', 'Test 92', 't92_op') AS org \gset
CREATE TABLE public.t92_calls (who name NOT NULL);
GRANT INSERT ON public.t92_calls TO PUBLIC;
CREATE SCHEMA t92_own AUTHORIZATION t92_op;
SET LOCAL ROLE t92_op;
CREATE FUNCTION t92_own.int8eq(a bigint, b bigint) RETURNS boolean
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO public.t92_calls (who) VALUES (current_user);
    RETURN a OPERATOR(pg_catalog.=) b;
END $$;
CREATE OPERATOR t92_own.= (FUNCTION = t92_own.int8eq, LEFTARG = bigint, RIGHTARG = bigint);
RESET ROLE;
SELECT current_setting('search_path') AS saved_path \gset
SELECT is(pg_temp.violation_at_commit_as('t92_op', format($$
    SET LOCAL search_path = t92_own, pg_catalog, ims;
    SELECT 1::bigint = 1::bigint;
    INSERT INTO ims.ci (org_id, id, name, ci_class) VALUES (%1$s, 920001, 'db', 'database');
    INSERT INTO ims.incident (org_id, id, title) VALUES (%1$s, 920001, 'Disk full');
    INSERT INTO ims.incident_ci (org_id, incident_id, ci_id) VALUES (%1$s, 920001, 920001);
    UPDATE ims.incident SET status = 'in_progress' WHERE org_id OPERATOR(pg_catalog.=) %1$s AND id OPERATOR(pg_catalog.=) 920001;
    INSERT INTO ims.problem (org_id, id, title) VALUES (%1$s, 920001, 'Disks fill up');
    INSERT INTO ims.problem_incident (org_id, problem_id, incident_id) VALUES (%1$s, 920001, 920001);
    INSERT INTO ims.change (org_id, id, title) VALUES (%1$s, 920001, 'Bigger disk');
    INSERT INTO ims.change_ci (org_id, change_id, ci_id) VALUES (%1$s, 920001, 920001);
    UPDATE ims.change SET status = 'submitted' WHERE org_id OPERATOR(pg_catalog.=) %1$s AND id OPERATOR(pg_catalog.=) 920001;
    SET CONSTRAINTS ALL IMMEDIATE;
    SET LOCAL search_path = %2$s$$, :org, :'saved_path')),
          'no error', 'an operator with an operator "=" of its own first in search_path does register work');
SELECT is((SELECT string_agg(DISTINCT who, ',') FROM public.t92_calls), 't92_op',
          'the operator "=" ran, but only as the operator itself (for its own query): the rule triggers, working as the owner, never called it');

-- ---------------------------------------------------------------------------
-- The guard against DROP EXTENSION with data (event trigger ims_drop_guard).

SELECT is((SELECT format('%s %s %s %s %s', e.evtevent, e.evttags::text, e.evtfoid::regproc::text, e.evtenabled,
                         (e.evtowner = n.nspowner)::text)
           FROM pg_catalog.pg_event_trigger e, pg_catalog.pg_namespace n
           WHERE e.evtname = 'ims_drop_guard' AND n.nspname = 'ims'),
          'ddl_command_start {"DROP EXTENSION","DROP OWNED"} ims.drop_guard A true',
          'event trigger ims_drop_guard runs ims.drop_guard before every DROP EXTENSION');
SELECT is((SELECT split_part(e, ' | ', 1) || ' | ' || split_part(e, ' | ', 2)
           FROM test_helpers.error_text('DROP EXTENSION ims27013') AS e),
          '2BP01 | cannot drop extension ims27013 while its registers hold data',
          'DROP EXTENSION ims27013 is refused while an organization exists (2BP01)');
SELECT is(test_helpers.violation('DROP EXTENSION IF EXISTS ims27013 CASCADE'), '2BP01  ',
          'so is DROP EXTENSION IF EXISTS ims27013 CASCADE');
SELECT lives_ok('DROP EXTENSION IF EXISTS t92_no_such_extension', 'other DROP EXTENSION statements are not affected');
SELECT is(pg_temp.violation_as('t92_op', 'SET ims.allow_drop_with_data = on'), '42501  ',
          'a role that is not a superuser cannot set ims.allow_drop_with_data');
SELECT is(pg_temp.violation_as('t92_op', $$SELECT set_config('ims.allow_drop_with_data', 'on', true)$$), '42501  ',
          '... not through set_config either');
SET LOCAL ims.allow_drop_with_data = on;
SELECT lives_ok('DROP EXTENSION ims27013', 'with SET LOCAL ims.allow_drop_with_data = on the superuser drops the extension');
SELECT is((SELECT count(*)::int FROM pg_catalog.pg_namespace WHERE nspname = 'ims')
          + (SELECT count(*)::int FROM pg_catalog.pg_event_trigger WHERE evtname = 'ims_drop_guard'),
          0, 'schema ims and the event trigger are gone');
SELECT is((SELECT count(*)::int FROM pg_catalog.pg_roles
           WHERE rolname IN ('ims_reader', 'ims_operator', 'ims_manager', 'ims_auditor', 'ims_admin')),
          5, 'the roles stay: they are cluster-wide and may be granted in other databases');
RESET ims.allow_drop_with_data;
SELECT lives_ok('CREATE EXTENSION ims27013', 'CREATE EXTENSION succeeds with the roles already there');
SELECT is(has_table_privilege('ims_reader', 'ims.incident', 'SELECT')::text || ' '
          || has_table_privilege('ims_operator', 'ims.incident', 'INSERT')::text || ' '
          || has_function_privilege('ims_admin', 'ims.seal_chain(bigint)', 'EXECUTE')::text,
          'true true true', '... and grants its privileges to the existing roles again');

SELECT * FROM finish();
ROLLBACK;
