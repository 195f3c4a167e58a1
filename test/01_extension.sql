-- The extension as a whole: version, comments on every member, clean removal.
BEGIN;
SELECT plan(9);

SELECT has_extension('ims27013', 'extension ims27013 is installed');
SELECT is((SELECT extversion FROM pg_catalog.pg_extension WHERE extname = 'ims27013'),
          (SELECT default_version FROM pg_catalog.pg_available_extensions WHERE name = 'ims27013'),
          'installed version is the default version of ims27013.control');
SELECT has_schema('ims', 'schema ims exists');
SELECT is_empty($$
    SELECT pg_catalog.pg_describe_object(d.classid, d.objid, 0)
    FROM pg_catalog.pg_depend d
    WHERE d.refclassid = 'pg_catalog.pg_extension'::regclass
      AND d.refobjid = (SELECT oid FROM pg_catalog.pg_extension WHERE extname = 'ims27013')
      AND d.deptype = 'e'
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_description c
                      WHERE c.classoid = d.classid AND c.objoid = d.objid AND c.objsubid = 0)
      -- identity sequences are part of their column, not objects of their own
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend i
                      WHERE i.classid = 'pg_catalog.pg_class'::regclass AND i.objid = d.objid
                        AND i.refclassid = 'pg_catalog.pg_class'::regclass AND i.deptype = 'i')
$$, 'every object of the extension has a COMMENT (identity sequences aside)');
SELECT is_empty($$
    SELECT p.oid::regprocedure::text
    FROM pg_catalog.pg_proc p
    WHERE p.pronamespace = 'ims'::regnamespace AND p.prosecdef
      AND NOT coalesce(p.proconfig @> ARRAY['search_path=pg_catalog, pg_temp'], false)
$$, 'every SECURITY DEFINER function sets search_path = pg_catalog, pg_temp');
SELECT is_empty($$
    SELECT n.nspname || '.' || c.relname
    FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
        AND d.refclassid = 'pg_catalog.pg_extension'::regclass
        AND d.refobjid = (SELECT oid FROM pg_catalog.pg_extension WHERE extname = 'ims27013')
    WHERE c.relkind IN ('r', 'v', 'm', 'S', 'f', 'p') AND n.nspname <> 'ims'
$$, 'every relation of the extension is in schema ims');

-- DROP EXTENSION removes everything it created, schema included (rolled back below).
SELECT lives_ok('DROP EXTENSION ims27013', 'DROP EXTENSION succeeds');
SELECT hasnt_schema('ims', 'schema ims is gone after DROP EXTENSION');
SELECT lives_ok('CREATE EXTENSION ims27013', 'CREATE EXTENSION succeeds again after DROP');

SELECT * FROM finish();
ROLLBACK;
